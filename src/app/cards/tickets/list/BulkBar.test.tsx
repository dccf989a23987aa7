import {
  Alert,
  Button,
  Checkbox,
  Modal,
  Select,
  StatusTag,
  Tag,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { FunctionResult, ItemOutcome, TicketSummary, TicketUpdateData } from '../../contract';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import { closedTicket, failure, listData, ticket } from '../testing/ticketFixtures';

const jam = ticket('21', { subject: 'Printer jam' });
const login = ticket('22', { subject: 'Login slow' });
const refund = ticket('23', { subject: 'Refund please' });

function answered(
  tickets: TicketSummary[],
  failures: ItemOutcome[] = [],
): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: {
      results: [...tickets.map((t) => ({ ticketId: t.id, ok: true as const })), ...failures],
      tickets,
    },
  };
}

const notLinked = (ticketId: string): ItemOutcome => ({
  ticketId,
  ok: false,
  error: {
    code: 'NOT_LINKED',
    message: `Ticket ${ticketId} is not linked to this record.`,
    retryable: false,
  },
});

async function renderSelecting(client: FakeTicketsClient, tickets = [jam, login, refund]) {
  client.always('tickets_list', listData(tickets));
  const card = renderCard(client);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(tickets.length));
  expect(renderer.maybeFind(Checkbox)).toBeNull();
  renderer.findByTestId(Button, 'select-mode').trigger('onClick');
  await renderer.waitFor(() => expect(renderer.findAll(Checkbox)).toHaveLength(tickets.length));
  return card;
}

type Renderer = Awaited<ReturnType<typeof renderSelecting>>['renderer'];

async function tick(renderer: Renderer, ...ids: string[]) {
  for (const id of ids) {
    fire(renderer.findByTestId(Checkbox, `select-${id}`), 'onChange', true);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Checkbox, `select-${id}`).props.checked).toBe(true),
    );
  }
}

const shownIds = (renderer: Renderer) => renderer.findAll(Tile).map((t) => t.props.testId);

describe('Select mode: bulk actions on the shown tickets', () => {
  it('starts with nothing selected and both actions disabled', async () => {
    const { renderer } = await renderSelecting(createFakeTicketsClient());
    expect(renderer.findByTestId(Button, 'select-mode').text).toBe('Done');
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('0 selected');
    expect(renderer.findByTestId(Button, 'bulk-close')).toMatchObject({
      text: 'Close selected',
      props: { disabled: true },
    });
    expect(renderer.findByTestId(Button, 'bulk-priority')).toMatchObject({
      text: 'Change priority',
      props: { disabled: true },
    });
  });

  it('closes two tickets in ONE call; both leave the Open list and the counts follow', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      answered([closedTicket('21', { subject: 'Printer jam' }), closedTicket('23')]),
    );
    const { renderer, alerts } = await renderSelecting(client);
    await tick(renderer, '21', '23');
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('2 selected');
    renderer.findByTestId(Button, 'bulk-close').trigger('onClick');

    await renderer.waitFor(() => expect(shownIds(renderer)).toEqual(['ticket-22']));
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '23'], close: true },
    ]);
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('2 tickets closed.');
    expect(alerts()).toEqual([]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 2');
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('0 selected');
    expect(renderer.maybeFind(Alert)).toBeNull();
    // Both are named in the next list call, so a lagging search cannot bring them back.
    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ recentTicketIds: ['21', '23'] });
  });

  it('names exactly the ticket that failed and why, and keeps it selected to try again', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      answered([closedTicket('21', { subject: 'Printer jam' })], [notLinked('22')]),
    );
    const { renderer, alerts } = await renderSelecting(client);
    await tick(renderer, '21', '22');
    renderer.findByTestId(Button, 'bulk-close').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'bulk-partial').props.title).toBe(
        '1 of 2 could not be updated',
      ),
    );
    const partial = renderer.findByTestId(Alert, 'bulk-partial');
    expect(partial.findAll(Text).map((t) => t.text)).toEqual([
      'Login slow: Ticket 22 is not linked to this record.',
    ]);
    expect(shownIds(renderer)).toEqual(['ticket-22', 'ticket-23']);
    expect(renderer.findByTestId(StatusTag, 'ticket-22-stage').text).toBe('New');
    expect(renderer.findByTestId(Checkbox, 'select-22').props.checked).toBe(true);
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('1 selected');
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('1 ticket closed.');
    expect(alerts()).toEqual([]);
  });

  it('says plainly when HubSpot refuses the whole call, and changes nothing', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      failure('UNAVAILABLE', 'HubSpot did not answer in time.'),
    );
    const { renderer, alerts } = await renderSelecting(client);
    await tick(renderer, '21', '22');
    renderer.findByTestId(Button, 'bulk-close').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'bulk-failure')).toMatchObject({
        text: 'HubSpot did not answer in time.',
        props: { title: 'The tickets were not updated' },
      }),
    );
    expect(shownIds(renderer)).toHaveLength(3);
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('2 selected');
    expect(alerts()).toEqual([]);
  });

  it('sets one priority on every selected ticket in ONE call', async () => {
    const high = { value: 'HIGH', label: 'High' };
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      answered([
        { ...jam, priority: high },
        { ...login, priority: high },
      ]),
    );
    const { renderer, alerts } = await renderSelecting(client);
    await tick(renderer, '21', '22');
    expect(renderer.findByTestId(Modal, 'bulk-priority-modal').props.title).toBe(
      'Change priority of the selected tickets',
    );
    fire(renderer.findByTestId(Select, 'bulk-priority-modal-select'), 'onChange', 'HIGH');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'bulk-priority-modal-select').props.value).toBe('HIGH'),
    );
    renderer.findByTestId(Button, 'bulk-priority-modal-confirm').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Tag, 'ticket-22-priority').text).toBe('High'),
    );
    expect(renderer.findByTestId(Tag, 'ticket-21-priority').text).toBe('High');
    expect(renderer.maybeFindByTestId(Tag, 'ticket-23-priority')).toBeNull();
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '22'], priority: 'HIGH' },
    ]);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['bulk-priority-modal']]);
    expect(alerts()).toEqual([{ type: 'success', message: 'Priority of 2 tickets updated.' }]);
  });

  it('leaves Select mode with Done, forgetting the selection', async () => {
    const { renderer } = await renderSelecting(createFakeTicketsClient());
    await tick(renderer, '21');
    renderer.findByTestId(Button, 'select-mode').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFind(Checkbox)).toBeNull());
    expect(renderer.maybeFindByTestId(Text, 'bulk-count')).toBeNull();
    renderer.findByTestId(Button, 'select-mode').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('0 selected'),
    );
  });
});
