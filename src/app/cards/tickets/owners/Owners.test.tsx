import { Button, Dropdown, Select, Tag, Text, Tile, Toggle } from '@hubspot/ui-extensions';
import type { FunctionResult, TicketSummary, TicketUpdateData } from '../../contract';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { CURRENT_USER, renderCard } from '../testing/renderCard';
import { formOptions, listData, ticket } from '../testing/ticketFixtures';

const ada = { id: '71', name: 'Ada Lovelace' };
const grace = { id: '72', name: 'Grace Hopper' };
const jam = ticket('21', { subject: 'Printer jam', owner: grace, labels: ['Primary'] });
const loose = ticket('22', { subject: 'Login slow', owner: null });

function updated(tickets: TicketSummary[]): FunctionResult<TicketUpdateData> {
  return {
    ok: true,
    data: { results: tickets.map((t) => ({ ticketId: t.id, ok: true as const })), tickets },
  };
}

async function renderRows(client: FakeTicketsClient) {
  client.always('tickets_list', listData([jam, loose]));
  const card = renderCard(client);
  await card.renderer.waitFor(() => expect(card.renderer.findAll(Tile)).toHaveLength(2));
  return card;
}

describe('owners on the rows', () => {
  it("shows each row's owner by name, or Unassigned", async () => {
    const { renderer } = await renderRows(createFakeTicketsClient());
    expect(renderer.findByTestId(Text, 'ticket-21-owner').text).toBe('Owner: Grace Hopper');
    expect(renderer.findByTestId(Text, 'ticket-22-owner').text).toBe('Unassigned');
  });

  it('shows the label of the link to this record, and none on an unlabelled link', async () => {
    const { renderer } = await renderRows(createFakeTicketsClient());
    expect(renderer.findByTestId(Tag, 'ticket-21-label-Primary').text).toBe('Primary');
    expect(
      renderer
        .findByTestId(Tile, 'ticket-22')
        .findAll(Tag)
        .filter((tag) => String(tag.props.testId).includes('-label-')),
    ).toEqual([]);
  });

  it('changes the owner from the row menu with the owner picker, and the row shows it', async () => {
    const client = createFakeTicketsClient()
      .always('ticket_form_options', formOptions())
      .enqueue('ticket_update', updated([{ ...jam, owner: ada }]));
    const { renderer, alerts } = await renderRows(client);
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-21-owner').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'owner-21-select')).not.toBeNull(),
    );
    const select = renderer.findByTestId(Select, 'owner-21-select');
    expect(select.props.value).toBe('72');
    expect(select.props.options.map((o) => o.label)).toEqual([
      'Unassigned',
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    fire(select, 'onChange', '71');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'owner-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'owner-21-confirm').trigger('onClick');

    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'ticket-21-owner').text).toBe('Owner: Ada Lovelace'),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21'], ownerId: '71' },
    ]);
    expect(alerts()).toEqual([
      { type: 'success', message: '"Printer jam" is now owned by Ada Lovelace.' },
    ]);
  });

  it('unassigns from the picker (null, not an empty id)', async () => {
    const client = createFakeTicketsClient()
      .always('ticket_form_options', formOptions())
      .enqueue('ticket_update', updated([{ ...jam, owner: null }]));
    const { renderer } = await renderRows(client);
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-21-owner').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'owner-21-select')).not.toBeNull(),
    );
    fire(renderer.findByTestId(Select, 'owner-21-select'), 'onChange', '');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'owner-21-confirm').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'owner-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'ticket-21-owner').text).toBe('Unassigned'),
    );
    expect(client.callsOf('ticket_update')[0]).toMatchObject({ ownerId: null });
  });

  it('"Assign to me" in the picker picks the user\'s own owner, found from context.user', async () => {
    const client = createFakeTicketsClient().always(
      'ticket_form_options',
      formOptions({ currentOwnerId: '71' }),
    );
    const { renderer } = await renderRows(client);
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-21-owner').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Button, 'owner-21-me')).not.toBeNull(),
    );
    expect(client.callsOf('ticket_form_options')).toEqual([
      { recordType: 'contacts', portalId: 456, currentUser: CURRENT_USER },
    ]);
    renderer.findByTestId(Button, 'owner-21-me').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'owner-21-select').props.value).toBe('71'),
    );
    expect(renderer.findByTestId(Button, 'owner-21-me').props.disabled).toBe(true);
  });

  it('"Assign to me" in the row menu assigns at once, with one update call', async () => {
    const client = createFakeTicketsClient()
      .always('ticket_form_options', formOptions({ currentOwnerId: '71' }))
      .enqueue('ticket_update', updated([{ ...loose, owner: ada }]));
    const { renderer, alerts } = await renderRows(client);
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-22-assign-me').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'ticket-22-owner').text).toBe('Owner: Ada Lovelace'),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['22'], ownerId: '71' },
    ]);
    expect(alerts()).toEqual([
      { type: 'success', message: '"Login slow" is now assigned to you.' },
    ]);
  });

  it('"Assign to me" uses the owner id the list answer named: no form options call', async () => {
    const client = createFakeTicketsClient()
      .always('tickets_list', listData([jam, loose], { currentOwnerId: '71' }))
      .enqueue('ticket_update', updated([{ ...loose, owner: ada }]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-22-assign-me').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'ticket-22-owner').text).toBe('Owner: Ada Lovelace'),
    );
    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['22'], ownerId: '71' },
    ]);
    expect(client.callsOf('ticket_form_options')).toEqual([]);
  });

  it('"Assign to me" is not offered on a ticket the user already owns', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([jam, loose], { currentOwnerId: '72' }),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.maybeFindByTestId(Dropdown.ButtonItem, 'actions-21-assign-me')).toBeNull();
    expect(renderer.maybeFindByTestId(Dropdown.ButtonItem, 'actions-22-assign-me')).not.toBeNull();
  });

  it('says plainly when the list answer knows the user as no owner, with no extra call', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([jam, loose], { currentOwnerId: null }),
    );
    const { renderer, alerts } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-22-assign-me').trigger('onClick');
    await renderer.waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]).toMatchObject({ type: 'warning' });
    expect(client.callsOf('ticket_form_options')).toEqual([]);
    expect(client.callsOf('ticket_update')).toEqual([]);
  });

  it('says plainly when HubSpot knows the user as no owner, and changes nothing', async () => {
    const client = createFakeTicketsClient().always(
      'ticket_form_options',
      formOptions({ currentOwnerId: null }),
    );
    const { renderer, alerts } = await renderRows(client);
    renderer.findByTestId(Dropdown.ButtonItem, 'actions-22-assign-me').trigger('onClick');
    await renderer.waitFor(() => expect(client.callsOf('ticket_form_options')).toHaveLength(1));
    // The alert follows the options' answer without a render to wait for.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0]).toMatchObject({
      type: 'warning',
      message: expect.stringContaining('does not list you as an owner') as unknown as string,
    });
    expect(client.callsOf('ticket_update')).toEqual([]);
  });
});

describe('"Assigned to me" filter', () => {
  it("lists only the user's tickets, sending owner 'me' with who the user is", async () => {
    const client = createFakeTicketsClient().enqueue(
      'tickets_list',
      listData([jam, loose]),
      listData([{ ...jam, owner: ada }]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(client.callsOf('tickets_list')[0]).not.toHaveProperty('owner');

    fire(renderer.findByTestId(Toggle, 'assigned-to-me'), 'onChange', true);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({
      owner: 'me',
      currentUser: CURRENT_USER,
      cursor: null,
    });
    expect(renderer.findByTestId(Toggle, 'assigned-to-me').props.checked).toBe(true);
  });

  it('works on a company too', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([jam]));
    const { renderer } = renderCard(client, 'companies');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    fire(renderer.findByTestId(Toggle, 'assigned-to-me'), 'onChange', true);
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({
      recordType: 'companies',
      owner: 'me',
      currentUser: CURRENT_USER,
    });
  });
});
