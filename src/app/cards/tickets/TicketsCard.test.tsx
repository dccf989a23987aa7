import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  Link,
  LoadingSpinner,
  StatusTag,
  Tag,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import { createTicketsClient } from './client/ticketsClient';
import { stageVariant } from './format/tags';
import { createFakeTicketsClient, deferred } from './testing/fakeTicketsClient';
import { closedTicket, failure, listData, ticket } from './testing/ticketFixtures';
import { CURRENT_USER, renderCard } from './testing/renderCard';

describe('TicketsCard list', () => {
  it('shows a loading state, then the tickets with subject links, stage and priority tags', async () => {
    const answer = deferred<ReturnType<typeof listData>>();
    const client = createFakeTicketsClient().enqueue('tickets_list', answer);
    const { renderer } = renderCard(client);
    expect(renderer.findByTestId(LoadingSpinner, 'loading').props.label).toBe('Loading tickets…');

    answer.resolve(
      listData([
        ticket('11', {
          subject: 'Printer on fire',
          priority: { value: 'URGENT', label: 'Urgent' },
        }),
        ticket('12', {
          subject: 'Login slow',
          url: null,
          priority: { value: 'LOW', label: 'Low' },
        }),
      ]),
    );
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));

    const subject = renderer.findByTestId(Link, 'ticket-11-subject');
    expect(subject.text).toBe('Printer on fire');
    expect(subject.props.href).toEqual({
      url: 'https://app.hubspot.com/contacts/456/record/0-5/11',
      external: true,
    });
    expect(renderer.findByTestId(Link, 'ticket-12-subject').props.href).toEqual({
      url: 'https://app.hubspot.com/contacts/456/record/0-5/12',
      external: true,
    });
    expect(renderer.findByTestId(StatusTag, 'ticket-11-stage')).toMatchObject({
      text: 'New',
      props: { variant: 'info' },
    });
    expect(renderer.findByTestId(Tag, 'ticket-11-priority')).toMatchObject({
      text: 'Urgent',
      props: { variant: 'error' },
    });
    expect(renderer.findByTestId(Tag, 'ticket-12-priority').props.variant).toBe('default');
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 2 · Closed 0');
    expect(renderer.findByTestId(Text, 'ticket-11-created').text).toBe('Created 3 days ago');
    expect(renderer.maybeFindByTestId(Text, 'ticket-11-updated')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'ticket-11-pipeline')).toBeNull();
  });

  it('asks for the first page of open tickets, newest first, in ONE call carrying portal, record type and who the user is', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.calls).toEqual([
      {
        uid: 'tickets_list',
        params: {
          recordType: 'contacts',
          portalId: 456,
          filter: 'open',
          sort: 'newest',
          pageSize: 5,
          cursor: null,
          currentUser: CURRENT_USER,
        },
      },
    ]);
  });

  it('shows an empty state with buttons to create or link', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.find(EmptyState).props.title).toBe('No tickets here yet'),
    );
    const empty = renderer.find(EmptyState);
    expect(empty.find(Text).text).toBe(
      'There are no open tickets. Create one or link an existing ticket.',
    );
    expect(empty.find(Button, { testId: 'new-ticket' }).text).toBe('New ticket');
    expect(empty.find(Button, { testId: 'link-existing' }).text).toBe('Link existing');
  });

  it('shows a plain error with a retry that loads again', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', failure('FORBIDDEN', 'HubSpot did not answer in time.'))
      .enqueue('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.find(ErrorState).props.title).toBe('Tickets could not be loaded'),
    );
    expect(renderer.find(ErrorState).find(Text).text).toBe('HubSpot did not answer in time.');

    renderer.findByTestId(Button, 'retry').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.maybeFind(ErrorState)).toBeNull();
  });

  it('turns a crashed or timed-out function into the same error state', async () => {
    const client = createTicketsClient(() => Promise.reject(new Error('TIMEOUT')));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.find(ErrorState).find(Text).text).toBe(
        'HubSpot took too long to answer. Try again.',
      ),
    );
  });

  it('says HubSpot is busy and retries by itself when rate limited', async () => {
    const gate = deferred<ReturnType<typeof listData>>();
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', failure('RATE_LIMITED', 'HubSpot is busy.', { retryAfterMs: 10 }))
      .enqueue('tickets_list', gate);
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'busy').props.title).toBe('HubSpot is busy, retrying…'),
    );
    expect(renderer.findByTestId(Text, 'retry-progress').text).toBe(
      'Attempt 1 did not get through. Trying again…',
    );

    gate.resolve(listData([ticket('1')]));
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.callsOf('tickets_list')).toHaveLength(2);
    expect(renderer.maybeFindByTestId(Alert, 'busy')).toBeNull();
  });

  it('gives up after a few busy answers and offers to try again', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      failure('RATE_LIMITED', 'HubSpot is busy right now.'),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.find(ErrorState).find(Text).text).toBe('HubSpot is busy right now.'),
    );
    expect(client.callsOf('tickets_list')).toHaveLength(4);
    expect(renderer.findByTestId(Button, 'retry').text).toBe('Try again');
  });

  it('shows the pipeline only when the portal has more than one', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([ticket('1', { pipeline: { id: '77', label: 'Billing' } })], {
        pipelines: [
          { id: '0', label: 'Support Pipeline', displayOrder: 0, stages: [] },
          { id: '77', label: 'Billing', displayOrder: 1, stages: [] },
        ],
      }),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'ticket-1-pipeline').text).toBe('Billing'),
    );
  });

  it('colours closed stages differently from open ones', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([closedTicket('9')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(StatusTag, 'ticket-9-stage')).toMatchObject({
        text: 'Closed',
        props: { variant: 'default' },
      }),
    );
    // HubSpot's info and success dots are two teals (#00a4bd, #00bda5): never that pair.
    expect(stageVariant('OPEN')).toBe('info');
    expect(stageVariant('CLOSED')).not.toBe('success');
  });
});
