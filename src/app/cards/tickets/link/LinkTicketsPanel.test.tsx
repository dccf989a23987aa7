import {
  Alert,
  Button,
  Checkbox,
  Panel,
  SearchInput,
  Select,
  StatusTag,
  Tag,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { FunctionResult, TicketSummary, TicketsSearchData } from '../../contract';
import {
  createFakeTicketsClient,
  deferred,
  type FakeTicketsClient,
} from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import {
  closedTicket,
  daysAgo,
  failure,
  formOptions,
  listData,
  ticket,
} from '../testing/ticketFixtures';

type Found = TicketsSearchData['results'][number];

function found(
  results: (TicketSummary & { linked: boolean; linkedTo?: Found['linkedTo'] })[],
  more = false,
): FunctionResult<TicketsSearchData> {
  return {
    ok: true,
    data: {
      results: results.map((r) => ({ linkedTo: { contacts: [], companies: [] }, ...r })),
      more,
    },
  };
}

// Newer than the linked one, so the newest-first list puts it on top.
const printer = ticket('21', { subject: 'Printer jam', createdAt: daysAgo(1) });
const printerClosed = closedTicket('22', { subject: 'Printer toner', createdAt: daysAgo(1) });
const printerLinked = ticket('1', { subject: 'Printer cable' });

function baseClient() {
  return createFakeTicketsClient()
    .always('tickets_list', listData([printerLinked]))
    .always('ticket_form_options', formOptions())
    .always(
      'tickets_search',
      found([
        { ...printer, linked: false },
        { ...printerClosed, linked: false },
        { ...printerLinked, linked: true },
      ]),
    );
}

async function openLinkPanel(client: FakeTicketsClient) {
  const card = renderCard(client);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile).length).toBeGreaterThan(0));
  renderer.findByTestId(Button, 'link-existing').trigger('onClick');
  renderer.findByTestId(Panel, 'link-tickets-panel').trigger('onOpen');
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(SearchInput, 'link-search')).not.toBeNull(),
  );
  // Opening lists the portal's recent tickets before anything is typed.
  await renderer.waitFor(() => expect(client.callsOf('tickets_search')).toHaveLength(1));
  return card;
}

type Renderer = Awaited<ReturnType<typeof openLinkPanel>>['renderer'];

async function search(renderer: Renderer, query: string) {
  fire(renderer.findByTestId(SearchInput, 'link-search'), 'onInput', query);
  // The recent list makes way for the answer to the query.
  await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Text, 'link-recent')).toBeNull());
  await renderer.waitFor(() =>
    expect(renderer.maybeFindByTestId(Tile, 'result-21')).not.toBeNull(),
  );
}

const pick = (renderer: Renderer, id: string) =>
  fire(renderer.findByTestId(Checkbox, `result-${id}-pick`), 'onChange', true);
/** The card's list, not the panel's search results (both are tiles). */
const listed = (renderer: Renderer) =>
  renderer
    .findAll(Tile)
    .map((t) => String(t.props.testId))
    .filter((id) => id.startsWith('ticket-'));

describe('Link existing panel', () => {
  it('searches once typing pauses, showing stages and which tickets are already linked', async () => {
    const client = baseClient();
    const { renderer } = await openLinkPanel(client);
    fire(renderer.findByTestId(SearchInput, 'link-search'), 'onInput', 'p');
    fire(renderer.findByTestId(SearchInput, 'link-search'), 'onInput', 'pr');
    await search(renderer, ' printer ');
    expect(client.callsOf('tickets_search')).toEqual([
      { recordType: 'contacts', portalId: 456, query: '', limit: 10 },
      { recordType: 'contacts', portalId: 456, query: 'printer', limit: 10 },
    ]);
    expect(renderer.findByTestId(Checkbox, 'result-21-pick').find(Text).text).toBe('Printer jam');
    expect(renderer.findByTestId(StatusTag, 'result-22-stage')).toMatchObject({
      text: 'Closed',
      props: { variant: 'default' },
    });
    expect(renderer.findByTestId(Tag, 'result-1-linked').text).toBe('Already linked');
    expect(renderer.findByTestId(Checkbox, 'result-1-pick').props.readOnly).toBe(true);
    expect(renderer.maybeFindByTestId(Tag, 'result-21-linked')).toBeNull();
  });

  it('only shows the answer to the latest query', async () => {
    const slow = deferred<FunctionResult<TicketsSearchData>>();
    const client = baseClient().enqueue(
      'tickets_search',
      found([]),
      slow,
      found([{ ...printer, linked: false }]),
    );
    const { renderer } = await openLinkPanel(client);
    fire(renderer.findByTestId(SearchInput, 'link-search'), 'onInput', 'pri');
    await renderer.waitFor(() => expect(client.callsOf('tickets_search')).toHaveLength(2));
    await search(renderer, 'printer jam');
    slow.resolve(found([{ ...printerClosed, linked: false }]));
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(renderer.maybeFindByTestId(Tile, 'result-22')).toBeNull();
    expect(renderer.maybeFindByTestId(Tile, 'result-21')).not.toBeNull();
  });

  it('says when nothing matches', async () => {
    const client = baseClient().enqueue('tickets_search', found([]), found([]));
    const { renderer } = await openLinkPanel(client);
    fire(renderer.findByTestId(SearchInput, 'link-search'), 'onInput', 'zebra');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'link-no-results').text).toBe('No tickets match "zebra".'),
    );
  });

  it('links one ticket and shows it in the list at once', async () => {
    const client = baseClient().enqueue('tickets_link', {
      ok: true,
      data: { results: [{ ticketId: '21', ok: true }], tickets: [printer] },
    });
    const { renderer, alerts } = await openLinkPanel(client);
    await search(renderer, 'printer');
    expect(renderer.findByTestId(Button, 'link-submit').props.disabled).toBe(true);
    pick(renderer, '21');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'link-submit').text).toBe('Link 1 ticket'),
    );
    renderer.findByTestId(Button, 'link-submit').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Tile, 'ticket-21')).not.toBeNull(),
    );
    expect(client.callsOf('tickets_link')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'] },
    ]);
    expect(alerts()).toEqual([
      { type: 'success', title: 'Tickets linked', message: '1 ticket linked.' },
    ]);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['link-tickets-panel']]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 2 · Closed 0');
    expect(listed(renderer)).toEqual(['ticket-21', 'ticket-1']);
  });

  it('links several tickets with an association label', async () => {
    const client = baseClient()
      .always(
        'ticket_form_options',
        formOptions({
          associationLabels: [
            { typeId: 16, category: 'HUBSPOT_DEFINED', label: 'Primary' },
            { typeId: 301, category: 'USER_DEFINED', label: 'Billing contact' },
          ],
        }),
      )
      .enqueue('tickets_link', {
        ok: true,
        data: {
          results: [
            { ticketId: '21', ok: true },
            { ticketId: '22', ok: true },
          ],
          tickets: [printer, printerClosed],
        },
      });
    const { renderer, alerts } = await openLinkPanel(client);
    await search(renderer, 'printer');
    pick(renderer, '21');
    pick(renderer, '22');
    expect(renderer.findByTestId(Select, 'link-label').props.options.map((o) => o.label)).toEqual([
      'No label',
      'Primary',
      'Billing contact',
    ]);
    fire(renderer.findByTestId(Select, 'link-label'), 'onChange', 'USER_DEFINED:301');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'link-submit').text).toBe('Link 2 tickets'),
    );
    renderer.findByTestId(Button, 'link-submit').trigger('onClick');

    await renderer.waitFor(() => expect(alerts()).toHaveLength(1));
    expect(client.callsOf('tickets_link')).toEqual([
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['21', '22'],
        label: { typeId: 301, category: 'USER_DEFINED' },
      },
    ]);
    expect(alerts()[0]?.message).toBe('2 tickets linked.');
    // The closed one counts, but the list shows open tickets.
    expect(listed(renderer)).toEqual(['ticket-21', 'ticket-1']);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 2 · Closed 1');
  });

  it('names the tickets that could not be linked and why, and keeps only those ticked', async () => {
    const client = baseClient().enqueue('tickets_link', {
      ok: true,
      data: {
        results: [
          { ticketId: '21', ok: true },
          {
            ticketId: '22',
            ok: false,
            error: { code: 'NOT_FOUND', message: 'It was deleted.', retryable: false },
          },
        ],
        tickets: [printer],
      },
    });
    const { renderer, alerts } = await openLinkPanel(client);
    await search(renderer, 'printer');
    pick(renderer, '21');
    pick(renderer, '22');
    renderer.findByTestId(Button, 'link-submit').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'link-partial')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Alert, 'link-partial').props.title).toBe(
      '1 of 2 could not be linked',
    );
    expect(renderer.findByTestId(Text, 'link-failed-22').text).toBe(
      'Printer toner: It was deleted.',
    );
    expect(renderer.findByTestId(Tag, 'result-21-linked').text).toBe('Already linked');
    expect(renderer.findByTestId(Button, 'link-submit').text).toBe('Link 1 ticket');
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([]);
    expect(alerts()).toEqual([
      { type: 'success', title: 'Tickets linked', message: '1 ticket linked.' },
    ]);
    expect(listed(renderer)).toEqual(['ticket-21', 'ticket-1']);
  });

  it('says why when the whole link fails', async () => {
    const client = baseClient().enqueue(
      'tickets_link',
      failure('FORBIDDEN', 'This app may not change tickets.'),
    );
    const { renderer } = await openLinkPanel(client);
    await search(renderer, 'printer');
    pick(renderer, '21');
    renderer.findByTestId(Button, 'link-submit').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'link-failure').text).toBe(
        'This app may not change tickets.',
      ),
    );
    expect(renderer.findByTestId(Checkbox, 'result-21-pick').props.checked).toBe(true);
  });

  it('lists recent tickets before anything is typed', async () => {
    const client = baseClient();
    const { renderer } = await openLinkPanel(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'link-recent').text).toBe('Recent tickets'),
    );
    expect(client.callsOf('tickets_search')).toEqual([
      { recordType: 'contacts', portalId: 456, query: '', limit: 10 },
    ]);
    expect(renderer.maybeFindByTestId(Tile, 'result-21')).not.toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'link-no-results')).toBeNull();
  });

  it('tells alike subjects apart: id, created date, stage and pipeline, linked names', async () => {
    const client = baseClient().always(
      'tickets_search',
      found([
        {
          ...printer,
          subject: 'Refund',
          linked: false,
          linkedTo: { contacts: ['Maria Johnson', 'Ada Lovelace'], companies: ['Acme'] },
        },
        { ...printerClosed, subject: 'Refund', linked: false },
      ]),
    );
    const { renderer } = await openLinkPanel(client);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Tile, 'result-21')).not.toBeNull(),
    );
    const text = (id: string) => renderer.findByTestId(Text, id).text;
    expect(text('result-21-id')).toBe('#21');
    expect(text('result-21-created')).toBe('Created yesterday');
    expect(renderer.findByTestId(StatusTag, 'result-21-stage').text).toBe('New');
    expect(text('result-21-pipeline')).toBe('Support Pipeline');
    expect(text('result-21-linked-to')).toBe('Linked to Maria Johnson, Ada Lovelace, and Acme');
    expect(text('result-22-id')).toBe('#22');
    expect(text('result-22-linked-to')).toBe('Not linked to any contact or company');
  });

  it('keeps ticked tickets in sight across searches, each removable', async () => {
    const client = baseClient();
    const { renderer } = await openLinkPanel(client);
    await search(renderer, 'printer');
    pick(renderer, '21');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'link-selected-21').text).toBe('Printer jam'),
    );
    client.always('tickets_search', found([]));
    fire(renderer.findByTestId(SearchInput, 'link-search'), 'onInput', 'zebra');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Text, 'link-no-results')).not.toBeNull(),
    );
    expect(renderer.maybeFindByTestId(Tile, 'result-21')).toBeNull();
    expect(renderer.findByTestId(Text, 'link-selected-21').text).toBe('Printer jam');
    expect(renderer.findByTestId(Button, 'link-submit').text).toBe('Link 1 ticket');

    renderer.findByTestId(Button, 'link-selected-21-remove').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Text, 'link-selected-21')).toBeNull(),
    );
    expect(renderer.findByTestId(Button, 'link-submit').props.disabled).toBe(true);
  });

  it('does not search while the panel is closed', async () => {
    const client = baseClient();
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile).length).toBeGreaterThan(0));
    // The form options are loaded (e.g. for "New ticket"), which renders the closed panel's form.
    renderer.findByTestId(Button, 'new-ticket').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(SearchInput, 'link-search')).not.toBeNull(),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.callsOf('tickets_search')).toEqual([]);
  });
});
