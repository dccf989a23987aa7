import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Link,
  Modal,
  Select,
  StatusTag,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { FunctionResult, TicketSummary, TicketUpdateData } from '../../contract';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import {
  billingPipeline,
  closedTicket,
  formOptions,
  listData,
  supportPipeline,
  ticket,
} from '../testing/ticketFixtures';

const jam = ticket('21', { subject: 'Printer jam' });
const login = ticket('22', { subject: 'Login slow' });
const refund = ticket('23', { subject: 'Refund please' });
const waiting = { id: '2', label: 'Waiting on contact', state: 'OPEN' as const };

function answered(tickets: TicketSummary[]): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: { results: tickets.map((t) => ({ ticketId: t.id, ok: true as const })), tickets },
  };
}

async function renderSelecting(
  client: FakeTicketsClient,
  tickets = [jam, login, refund],
  recordType: 'contacts' | 'companies' = 'contacts',
) {
  client.always(
    'tickets_list',
    listData(tickets, { pipelines: [supportPipeline, billingPipeline] }),
  );
  const card = renderCard(client, recordType);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(tickets.length));
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

describe('Select mode: selection', () => {
  it('puts the checkbox on the subject line, with no "Select" line of its own', async () => {
    const { renderer } = await renderSelecting(createFakeTicketsClient());
    const box = renderer.findByTestId(Checkbox, 'select-21');
    expect(box.text).toBeNull();
    expect(box.props['aria-label']).toBe('Select "Printer jam"');
    const lines = renderer
      .findByTestId(Tile, 'ticket-21')
      .findAll(Flex)
      .filter((flex) => flex.maybeFind(Checkbox) && flex.maybeFind(Link));
    // The innermost line holding both is a row, not a column of separate lines.
    expect(lines[lines.length - 1]?.props.direction ?? 'row').toBe('row');
  });

  it("shows a contact's rolled-up ticket with a disabled checkbox and says why", async () => {
    const viaContact = ticket('31', { viaContact: { id: '5', name: 'Ada Lovelace' } });
    const { renderer } = await renderSelecting(
      createFakeTicketsClient(),
      [jam, viaContact],
      'companies',
    );
    expect(renderer.findByTestId(Checkbox, 'select-31').props).toMatchObject({
      readOnly: true,
      checked: false,
    });
    expect(renderer.findByTestId(Text, 'ticket-31-rolled-up-note').text).toBe(
      'Change it from the contact: it is not linked to this company.',
    );
    renderer.findByTestId(Button, 'bulk-select-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('1 selected'),
    );
    expect(renderer.findByTestId(Checkbox, 'select-31').props.checked).toBe(false);
  });

  it('selects all tickets of the page at once', async () => {
    const { renderer } = await renderSelecting(createFakeTicketsClient());
    renderer.findByTestId(Button, 'bulk-select-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('3 selected'),
    );
    expect(renderer.findAll(Checkbox).map((c) => c.props.checked)).toEqual([true, true, true]);
    expect(renderer.findByTestId(Button, 'bulk-select-page').props.disabled).toBe(true);
  });

  it('keeps the selection right across pages, counts the other pages, and clears', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([jam, login], { nextCursor: 'c2', total: 3 }))
      .enqueue('tickets_list', listData([refund], { total: 3 }))
      .always('tickets_list', listData([refund], { total: 3 }))
      .always('ticket_update', (params) =>
        answered([jam, login, refund].filter((t) => params.ticketIds.includes(t.id))),
      );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    renderer.findByTestId(Button, 'select-mode').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Checkbox)).toHaveLength(2));
    await tick(renderer, '21', '22');
    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() => expect(shownIds(renderer)).toEqual(['ticket-23']));
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('2 selected');
    expect(renderer.findByTestId(Text, 'bulk-elsewhere').text).toBe('2 of them on other pages');
    await tick(renderer, '23');
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('3 selected');

    // A bulk action covers the ticked tickets of every page.
    fire(renderer.findByTestId(Select, 'bulk-priority-modal-select'), 'onChange', 'HIGH');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'bulk-priority-modal-select').props.value).toBe('HIGH'),
    );
    renderer.findByTestId(Button, 'bulk-priority-modal-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('ticket_update')).toHaveLength(1));
    expect(client.callsOf('ticket_update')[0]).toMatchObject({ ticketIds: ['21', '22', '23'] });
    // Two of them are not on this page: the counts come from HubSpot again.
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(3));
    expect(client.callsOf('tickets_list')[2]).toMatchObject({ cursor: 'c2' });

    await tick(renderer, '23');
    renderer.findByTestId(Button, 'bulk-clear').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('0 selected'),
    );
    expect(renderer.maybeFindByTestId(Text, 'bulk-elsewhere')).toBeNull();
  });
});

describe('Select mode: bulk actions', () => {
  it('leaves already-closed tickets alone in a bulk close, and says so', async () => {
    const refunded = ticket('24', {
      subject: 'Refund done',
      pipeline: { id: '77', label: 'Billing' },
      stage: { id: '773', label: 'Refunded', state: 'CLOSED' },
    });
    const client = createFakeTicketsClient().enqueue('ticket_update', {
      ok: true,
      data: {
        results: [
          { ticketId: '21', ok: true },
          { ticketId: '24', ok: true, skipped: 'ALREADY_CLOSED' },
        ],
        tickets: [closedTicket('21', { subject: 'Printer jam' })],
      },
    });
    const { renderer } = await renderSelecting(client, [jam, refunded]);
    // The All view, so the closed one is shown.
    await tick(renderer, '21', '24');
    renderer.findByTestId(Button, 'bulk-close').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'bulk-already-closed').text).toBe(
        '1 ticket was already closed and was left as it is.',
      ),
    );
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('1 ticket closed.');
    expect(renderer.findByTestId(StatusTag, 'ticket-24-stage').text).toBe('Refunded');
    expect(renderer.maybeFindByTestId(Alert, 'bulk-partial')).toBeNull();
  });

  it('changes the stage of tickets of one pipeline; across pipelines it says why not', async () => {
    const billing = ticket('25', {
      subject: 'Invoice',
      pipeline: { id: '77', label: 'Billing' },
      stage: { id: '772', label: 'Invoice check', state: 'OPEN' },
    });
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      answered([
        { ...jam, stage: waiting },
        { ...login, stage: waiting },
      ]),
    );
    const { renderer } = await renderSelecting(client, [jam, login, billing]);
    await tick(renderer, '21', '25');
    expect(renderer.findByTestId(Button, 'bulk-stage').props.disabled).toBe(true);
    expect(renderer.findByTestId(Text, 'bulk-stage-reason').text).toBe(
      'Select tickets of one pipeline to change their stage.',
    );
    fire(renderer.findByTestId(Checkbox, 'select-25'), 'onChange', false);
    await tick(renderer, '22');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'bulk-stage').props.disabled).toBe(false),
    );
    expect(renderer.maybeFindByTestId(Text, 'bulk-stage-reason')).toBeNull();
    const select = renderer.findByTestId(Select, 'bulk-stage-modal-select');
    expect(select.props.options.map((o) => o.label)).toEqual([
      'New',
      'Waiting on contact',
      'Closed',
    ]);
    fire(select, 'onChange', '2');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'bulk-stage-modal-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'bulk-stage-modal-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(StatusTag, 'ticket-22-stage').text).toBe('Waiting on contact'),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '22'], stageId: '2' },
    ]);
  });

  it('changes the owner of every selected ticket with the owner picker', async () => {
    const ada = { id: '71', name: 'Ada Lovelace' };
    const client = createFakeTicketsClient()
      .always('ticket_form_options', formOptions())
      .enqueue(
        'ticket_update',
        answered([
          { ...jam, owner: ada },
          { ...login, owner: ada },
        ]),
      );
    const { renderer, alerts } = await renderSelecting(client);
    await tick(renderer, '21', '22');
    renderer.findByTestId(Button, 'bulk-owner').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'bulk-owner-modal-select')).not.toBeNull(),
    );
    const picker = renderer.findByTestId(Select, 'bulk-owner-modal-select');
    expect(picker.props.options.map((o) => o.label)).toEqual([
      'Unassigned',
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    fire(picker, 'onChange', '71');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'bulk-owner-modal-select').props.value).toBe('71'),
    );
    renderer.findByTestId(Button, 'bulk-owner-modal-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(alerts()).toHaveLength(1));
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '22'], ownerId: '71' },
    ]);
    expect(alerts()).toEqual([{ type: 'success', message: 'Owner of 2 tickets changed.' }]);
  });

  it('unlinks the selected tickets in ONE call, and can undo it', async () => {
    const client = createFakeTicketsClient()
      .enqueue('ticket_unlink', {
        ok: true,
        data: {
          results: [
            { ticketId: '21', ok: true },
            { ticketId: '23', ok: true, skipped: 'ALREADY_GONE' },
          ],
        },
      })
      .enqueue('tickets_link', {
        ok: true,
        data: { results: [{ ticketId: '21', ok: true }], tickets: [jam] },
      });
    const { renderer } = await renderSelecting(client);
    await tick(renderer, '21', '23');
    expect(renderer.findByTestId(Modal, 'bulk-unlink-modal').find(Text).text).toBe(
      '2 tickets will no longer be linked to this contact. The tickets themselves are kept.',
    );
    renderer.findByTestId(Button, 'bulk-unlink-modal-confirm').trigger('onClick');
    await renderer.waitFor(() => expect(shownIds(renderer)).toEqual(['ticket-22']));
    expect(client.callsOf('ticket_unlink')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '23'] },
    ]);
    expect(renderer.findByTestId(Text, 'undo-message').text).toBe('2 tickets unlinked.');
    renderer.findByTestId(Button, 'undo').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('tickets_link')).toHaveLength(1));
    // The one someone else had unlinked already is not ours to link back.
    expect(client.callsOf('tickets_link')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'] },
    ]);
  });
});
