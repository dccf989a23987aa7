import { Alert, Button, Modal, Select, StatusTag, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type {
  FunctionResult,
  TicketSummary,
  TicketUpdateData,
} from '../../contract';
import {
  createFakeTicketsClient,
  deferred,
  type FakeTicketsClient,
} from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import { closedTicket, failure, listData, ticket } from '../testing/ticketFixtures';
import { Dropdown } from '@hubspot/ui-extensions';

const DropdownButtonItem = Dropdown.ButtonItem;

const jam = ticket('21', { subject: 'Printer jam', priority: { value: 'LOW', label: 'Low' } });
const other = ticket('22', { subject: 'Login slow' });

function updated(tickets: TicketSummary[]): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: { results: tickets.map((t) => ({ ticketId: t.id, ok: true as const })), tickets },
  };
}

async function renderWithTickets(client: FakeTicketsClient) {
  client.always('tickets_list', listData([jam, other]));
  const card = renderCard(client);
  await card.renderer.waitFor(() => expect(card.renderer.findAll(Tile)).toHaveLength(2));
  return card;
}

describe('per-ticket actions', () => {
  it('offers change stage, change priority, close, unlink and delete', async () => {
    const { renderer } = await renderWithTickets(createFakeTicketsClient());
    expect(
      renderer
        .findByTestId(Tile, 'ticket-21')
        .findAll(DropdownButtonItem)
        .map((i) => i.text),
    ).toEqual(['Change stage', 'Change priority', 'Close ticket', 'Unlink', 'Delete']);
  });

  it('moves a ticket to another stage of its pipeline', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updated([{ ...jam, stage: { id: '2', label: 'Waiting on contact', state: 'OPEN' } }]),
    );
    const { renderer, alerts } = await renderWithTickets(client);
    const select = renderer.findByTestId(Select, 'stage-21-select');
    expect(select.props.options.map((o) => o.label)).toEqual([
      'New',
      'Waiting on contact',
      'Closed',
    ]);
    expect(renderer.findByTestId(Button, 'stage-21-confirm').props.disabled).toBe(true);
    fire(select, 'onChange', '2');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'stage-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'stage-21-confirm').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.findByTestId(StatusTag, 'ticket-21-stage').text).toBe('Waiting on contact'),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], stageId: '2' },
    ]);
    expect(alerts()).toEqual([
      { type: 'success', message: '"Printer jam" moved to Waiting on contact.' },
    ]);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['stage-21']]);
  });

  it('keeps the stage dialog open with the reason when HubSpot refuses', async () => {
    const client = createFakeTicketsClient().enqueue('ticket_update', {
      ok: true,
      data: {
        results: [
          {
            ticketId: '21',
            ok: false,
            error: { code: 'CONFLICT', message: 'A workflow locked it.', retryable: false },
          },
        ],
        tickets: [],
      },
    });
    const { renderer, alerts } = await renderWithTickets(client);
    fire(renderer.findByTestId(Select, 'stage-21-select'), 'onChange', '2');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'stage-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'stage-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'stage-21-error').text).toBe('A workflow locked it.'),
    );
    expect(renderer.findByTestId(Alert, 'stage-21-error').props.title).toBe(
      'HubSpot refused the change',
    );
    expect(renderer.findByTestId(StatusTag, 'ticket-21-stage').text).toBe('New');
    expect(alerts()).toEqual([]);
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([]);
  });

  it('changes and clears the priority', async () => {
    const client = createFakeTicketsClient()
      .enqueue(
        'ticket_update',
        updated([{ ...jam, priority: { value: 'URGENT', label: 'Urgent' } }]),
      )
      .enqueue('ticket_update', updated([{ ...jam, priority: null }]));
    const { renderer, alerts } = await renderWithTickets(client);
    fire(renderer.findByTestId(Select, 'priority-21-select'), 'onChange', 'URGENT');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'priority-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'priority-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Tag, 'ticket-21-priority')).toMatchObject({
        text: 'Urgent',
        props: { variant: 'error' },
      }),
    );
    expect(alerts()).toEqual([{ type: 'success', message: 'Priority of "Printer jam" updated.' }]);

    fire(renderer.findByTestId(Select, 'priority-21-select'), 'onChange', '');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'priority-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'priority-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Tag, 'ticket-21-priority')).toBeNull(),
    );
    expect(client.callsOf('ticket_update').map((p) => p.priority)).toEqual(['URGENT', null]);
  });

  it('closes a ticket: it leaves the open list and the counts follow', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updated([closedTicket('21', { subject: 'Printer jam' })]),
    );
    const { renderer, alerts } = await renderWithTickets(client);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 2 · Closed 0');
    renderer.findByTestId(DropdownButtonItem, 'actions-21-close').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-22']),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], close: true },
    ]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 1');
    expect(alerts()).toEqual([{ type: 'success', message: '"Printer jam" is closed.' }]);
  });

  it('says in an alert why a close failed', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      failure('UNAVAILABLE', 'HubSpot did not answer.'),
    );
    const { renderer, alerts } = await renderWithTickets(client);
    renderer.findByTestId(DropdownButtonItem, 'actions-21-close').trigger('onClick');
    await renderer.waitFor(() =>
      expect(alerts()).toEqual([
        { type: 'danger', title: 'That did not work', message: 'HubSpot did not answer.' },
      ]),
    );
    expect(renderer.findAll(Tile)).toHaveLength(2);
  });

  it('unlinks only after confirmation', async () => {
    const client = createFakeTicketsClient().enqueue('ticket_unlink', {
      ok: true,
      data: { ticketId: '21' },
    });
    const { renderer, alerts } = await renderWithTickets(client);
    const dialog = renderer.findByTestId(Modal, 'unlink-21');
    expect(dialog.props.title).toBe('Unlink ticket?');
    expect(dialog.find(Text).text).toBe(
      '"Printer jam" will no longer be linked to this contact. The ticket itself is kept.',
    );

    renderer.findByTestId(Button, 'unlink-21-cancel').trigger('onClick');
    expect(renderer.mocks.actions.closeOverlay.calls).toEqual([['unlink-21']]);
    expect(client.callsOf('ticket_unlink')).toHaveLength(0);
    expect(renderer.findAll(Tile)).toHaveLength(2);

    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-22']),
    );
    expect(client.callsOf('ticket_unlink')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketId: '21' },
    ]);
    expect(alerts()).toEqual([{ type: 'success', message: '"Printer jam" is no longer linked.' }]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 0');
  });

  it('names an unlinked, then a closed ticket in later list calls, latest first', async () => {
    const client = createFakeTicketsClient()
      .enqueue('ticket_unlink', { ok: true, data: { ticketId: '21' } })
      .enqueue('ticket_update', updated([closedTicket('22', { subject: 'Login slow' })]));
    const { renderer } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(DropdownButtonItem, 'actions-22-close').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(0));

    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ recentTicketIds: ['22', '21'] });
  });

  it('sends one unlink on a double click', async () => {
    const answer = deferred<FunctionResult<{ ticketId: string }>>();
    const client = createFakeTicketsClient().enqueue('ticket_unlink', answer);
    const { renderer } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'unlink-21-confirm').props.disabled).toBe(true),
    );
    answer.resolve({ ok: true, data: { ticketId: '21' } });
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.callsOf('ticket_unlink')).toHaveLength(1);
  });

  it('explains the recycle bin before deleting, then removes the ticket', async () => {
    const client = createFakeTicketsClient().enqueue('ticket_delete', {
      ok: true,
      data: { ticketId: '21' },
    });
    const { renderer, alerts } = await renderWithTickets(client);
    const dialog = renderer.findByTestId(Modal, 'delete-21');
    expect(dialog.props).toMatchObject({ title: 'Delete ticket?', variant: 'danger' });
    expect(dialog.find(Text).text).toBe(
      '"Printer jam" will be moved to HubSpot\'s recycle bin. An admin can restore it from there for 90 days; after that it is gone for good.',
    );
    renderer.findByTestId(Button, 'delete-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-22']),
    );
    expect(client.callsOf('ticket_delete')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketId: '21' },
    ]);
    expect(alerts()).toEqual([
      { type: 'success', message: '"Printer jam" was moved to the recycle bin.' },
    ]);
  });

  it('keeps the ticket and shows why when a delete fails', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_delete',
      failure('NOT_LINKED', 'This ticket is not linked to this contact.'),
    );
    const { renderer } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'delete-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'delete-21-error').text).toBe(
        'This ticket is not linked to this contact.',
      ),
    );
    expect(renderer.findAll(Tile)).toHaveLength(2);
  });

  it('offers no unlink for a ticket that comes from one of the company contacts', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([ticket('5', { viaContact: { id: '901', name: 'Maria Johnson' } })]),
    );
    const { renderer } = renderCard(client, 'companies');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.findAll(DropdownButtonItem).map((i) => i.text)).not.toContain('Unlink');
  });
});
