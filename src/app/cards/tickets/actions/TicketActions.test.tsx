import { Alert, Button, Modal, Select, StatusTag, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type {
  FunctionResult,
  TicketSummary,
  TicketUnlinkData,
  TicketUpdateData,
} from '../../contract';
import {
  createFakeTicketsClient,
  deferred,
  type FakeTicketsClient,
} from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import {
  billingPipeline,
  closedTicket,
  failure,
  formOptions,
  listData,
  supportPipeline,
  ticket,
} from '../testing/ticketFixtures';
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

function unlinked(ticketId: string): FunctionResult<TicketUnlinkData> {
  return { ok: true, data: { results: [{ ticketId, ok: true }] } };
}

const waiting = { id: '2', label: 'Waiting on contact', state: 'OPEN' as const };
const invoiceCheck = { id: '772', label: 'Invoice check', state: 'OPEN' as const };

function billingClosed(id: string, stageId: string, label: string): TicketSummary {
  return closedTicket(id, {
    subject: 'Printer jam',
    pipeline: { id: '77', label: 'Billing' },
    stage: { id: stageId, label, state: 'CLOSED' },
  });
}

async function renderWithTickets(client: FakeTicketsClient) {
  client.always('tickets_list', listData([jam, other]));
  const card = renderCard(client);
  await card.renderer.waitFor(() => expect(card.renderer.findAll(Tile)).toHaveLength(2));
  return card;
}

describe('per-ticket actions', () => {
  it('offers details, owner changes, change stage, change priority, close, unlink and delete', async () => {
    const { renderer } = await renderWithTickets(createFakeTicketsClient());
    expect(
      renderer
        .findByTestId(Tile, 'ticket-21')
        .findAll(DropdownButtonItem)
        .map((i) => i.text),
    ).toEqual([
      'Details',
      'Change owner',
      'Assign to me',
      'Change stage',
      'Change priority',
      'Close ticket',
      'Unlink',
      'Delete',
    ]);
  });

  it('makes every action a menu item (keyboard reachable), none click-only', async () => {
    const { renderer } = await renderWithTickets(createFakeTicketsClient());
    const items = renderer.findByTestId(Tile, 'ticket-21').findAll(DropdownButtonItem);
    // Each opens its dialog as an overlay or acts at once ("Assign to me"): Enter on the
    // focused item does what a click does.
    expect(items.every((i) => i.props.overlay !== undefined || i.props.onClick !== undefined)).toBe(
      true,
    );
    expect(items.filter((i) => i.props.overlay === undefined).map((i) => i.text)).toEqual([
      'Assign to me',
    ]);
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

  it('closes a ticket into the closed stage the rep picks, the first one by default', async () => {
    const billingJam = { ...jam, pipeline: { id: '77', label: 'Billing' }, stage: invoiceCheck };
    const pipelines = [supportPipeline, billingPipeline];
    const client = createFakeTicketsClient()
      .always('tickets_list', listData([billingJam, other], { pipelines }))
      .enqueue('ticket_update', updated([billingClosed('21', '773', 'Refunded')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    const select = renderer.findByTestId(Select, 'close-21-select');
    expect(select.props.options.map((o) => o.label)).toEqual(['Resolved early', 'Refunded']);
    expect(select.props.value).toBe('771');
    fire(select, 'onChange', '773');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'close-21-select').props.value).toBe('773'),
    );
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-22']),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], stageId: '773' },
    ]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 1');
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe(
      '"Printer jam" is closed (Refunded).',
    );
  });

  it('undoes a close: back to the stage it was in', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([{ ...jam, stage: waiting }, other]))
      .always('tickets_list', listData([{ ...jam, stage: waiting }, other]))
      .enqueue('ticket_update', updated([closedTicket('21', { subject: 'Printer jam' })]))
      .enqueue('ticket_update', updated([{ ...jam, stage: waiting }]));
    const { renderer, alerts } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.findByTestId(Select, 'close-21-select').props.value).toBe('4');
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'undo').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], stageId: '4' },
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], stageId: '2' },
    ]);
    expect(renderer.maybeFindByTestId(Button, 'undo')).toBeNull();
    expect(alerts()).toEqual([{ type: 'success', message: 'Undone.' }]);
  });

  it('says plainly when an undo fails, and leaves the ticket where it is', async () => {
    const client = createFakeTicketsClient()
      .enqueue('ticket_update', updated([closedTicket('21', { subject: 'Printer jam' })]))
      .enqueue('ticket_update', failure('UNAVAILABLE', 'HubSpot did not answer in time.'));
    const { renderer, alerts } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'undo').trigger('onClick');
    await renderer.waitFor(() =>
      expect(alerts()).toEqual([
        {
          type: 'danger',
          title: 'That could not be undone',
          message: 'HubSpot did not answer in time.',
        },
      ]),
    );
    expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-22']);
  });

  it('offers Undo only for a few seconds', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updated([closedTicket('21', { subject: 'Printer jam' })]),
    );
    client.always('tickets_list', listData([jam, other]));
    const { renderer } = renderCard(client, 'contacts', { undoMs: 50 });
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Button, 'undo')).not.toBeNull());
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Button, 'undo')).toBeNull());
  });

  it('reopens a closed ticket into the open stage the rep picks, the first one by default', async () => {
    const closedJam = closedTicket('21', { subject: 'Printer jam' });
    const client = createFakeTicketsClient()
      .always('tickets_list', listData([closedJam]))
      .enqueue('ticket_update', updated([{ ...closedJam, stage: waiting }]));
    const { renderer, alerts } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    const items = renderer.findByTestId(Tile, 'ticket-21').findAll(DropdownButtonItem);
    expect(items.map((i) => i.text)).toEqual([
      'Details',
      'Change owner',
      'Assign to me',
      'Change stage',
      'Change priority',
      'Reopen',
      'Unlink',
      'Delete',
    ]);
    const select = renderer.findByTestId(Select, 'reopen-21-select');
    expect(select.props.options.map((o) => o.label)).toEqual(['New', 'Waiting on contact']);
    expect(select.props.value).toBe('1');
    fire(select, 'onChange', '2');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'reopen-21-select').props.value).toBe('2'),
    );
    renderer.findByTestId(Button, 'reopen-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(alerts()).toHaveLength(1));
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], stageId: '2' },
    ]);
    expect(alerts()).toEqual([
      { type: 'success', message: '"Printer jam" is open again (Waiting on contact).' },
    ]);
  });

  it('keeps the close dialog open with the reason when the close fails', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      failure('UNAVAILABLE', 'HubSpot did not answer.'),
    );
    const { renderer, alerts } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'close-21-error').text).toBe('HubSpot did not answer.'),
    );
    expect(renderer.findAll(Tile)).toHaveLength(2);
    expect(alerts()).toEqual([]);
  });

  it('unlinks only after confirmation', async () => {
    const client = createFakeTicketsClient().enqueue('ticket_unlink', unlinked('21'));
    const { renderer } = await renderWithTickets(client);
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
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'] },
    ]);
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe(
      '"Printer jam" is no longer linked.',
    );
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 0');
  });

  it('undoes an unlink: links the ticket again with the label it had', async () => {
    const labelled = { ...jam, labels: ['Requester'] };
    const client = createFakeTicketsClient()
      .always('tickets_list', listData([labelled, other]))
      .always(
        'ticket_form_options',
        formOptions({
          associationLabels: [
            { typeId: 16, category: 'HUBSPOT_DEFINED', label: 'Primary' },
            { typeId: 301, category: 'USER_DEFINED', label: 'Requester' },
          ],
        }),
      )
      .enqueue('ticket_unlink', unlinked('21'))
      .enqueue('tickets_link', {
        ok: true,
        data: { results: [{ ticketId: '21', ok: true }], tickets: [labelled] },
      });
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'undo').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(client.callsOf('tickets_link')).toEqual([
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['21'],
        label: { typeId: 301, category: 'USER_DEFINED' },
      },
    ]);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 2 · Closed 0');
  });

  it('names an unlinked, then a closed ticket in later list calls, latest first', async () => {
    const client = createFakeTicketsClient()
      .enqueue('ticket_unlink', unlinked('21'))
      .enqueue('ticket_update', updated([closedTicket('22', { subject: 'Login slow' })]));
    const { renderer } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'close-22-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(0));

    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ recentTicketIds: ['22', '21'] });
  });

  it('sends one unlink on a double click', async () => {
    const answer = deferred<FunctionResult<TicketUnlinkData>>();
    const client = createFakeTicketsClient().enqueue('ticket_unlink', answer);
    const { renderer } = await renderWithTickets(client);
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    renderer.findByTestId(Button, 'unlink-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'unlink-21-confirm').props.disabled).toBe(true),
    );
    answer.resolve(unlinked('21'));
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.callsOf('ticket_unlink')).toHaveLength(1);
  });

  it('explains the recycle bin before deleting, then removes the ticket', async () => {
    const client = createFakeTicketsClient().enqueue('ticket_delete', {
      ok: true,
      data: { ticketId: '21', alreadyDeleted: false },
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
