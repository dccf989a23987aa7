import { Link, MultiSelect, SearchInput, Text, Tile, Toggle } from '@hubspot/ui-extensions';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderCard } from '../testing/renderCard';
import { listData, ticket } from '../testing/ticketFixtures';

describe('list filters and links', () => {
  it('filters by text once typing pauses, back on page 1, sending the text to the function', async () => {
    const client = createFakeTicketsClient().always('tickets_list', (params) =>
      listData(
        params.query ? [ticket('7', { subject: 'Printer jam' })] : [ticket('1'), ticket('2')],
      ),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    fire(renderer.findByTestId(SearchInput, 'text-filter'), 'onInput', 'pri');
    fire(renderer.findByTestId(SearchInput, 'text-filter'), 'onInput', ' printer ');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(client.callsOf('tickets_list').map((p) => p.query)).toEqual([undefined, 'printer']);
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ cursor: null });
  });

  it('says "no tickets match" rather than "no tickets yet" when a filter finds nothing', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')]))
      .enqueue('tickets_list', listData([]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    fire(renderer.findByTestId(SearchInput, 'text-filter'), 'onChange', 'zebra');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(0));
    expect(renderer.findByTestId(Text, 'no-matches').text).toBe('No tickets match these filters.');
    expect(renderer.maybeFindByTestId(Text, 'empty')).toBeNull();
    expect(renderer.findByTestId(Text, 'total').text).toBe('0 tickets');
  });

  it('filters by priority', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    const filter = renderer.findByTestId(MultiSelect, 'priority-filter');
    expect(filter.props.options.map((o) => o.label)).toEqual(['Low', 'Medium', 'High', 'Urgent']);
    fire(filter, 'onChange', ['HIGH', 'URGENT']);
    await renderer.waitFor(() => expect(client.callsOf('tickets_list')).toHaveLength(2));
    expect(client.callsOf('tickets_list')[1]).toMatchObject({
      priorities: ['HIGH', 'URGENT'],
      cursor: null,
    });
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(MultiSelect, 'priority-filter').props.value).toEqual([
        'HIGH',
        'URGENT',
      ]),
    );
  });

  it("links to the portal's own tickets view, on the portal's HubSpot host", async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([ticket('1', { url: 'https://app-eu1.hubspot.com/contacts/456/record/0-5/1' })]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.findByTestId(Link, 'view-all')).toMatchObject({
      text: 'View all in HubSpot',
      props: {
        href: {
          url: 'https://app-eu1.hubspot.com/contacts/456/objects/0-5/views/all/list',
          external: true,
        },
      },
    });
  });

  it("says so when including the contacts' tickets adds nothing", async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')]))
      .enqueue(
        'tickets_list',
        listData([ticket('1')], { rollUp: { contacts: 3, addedTickets: 0, contactsLeftOut: 0 } }),
      );
    const { renderer } = renderCard(client, 'companies');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.maybeFindByTestId(Text, 'rollup-nothing')).toBeNull();
    fire(renderer.findByTestId(Toggle, 'rollup'), 'onChange', true);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'rollup-nothing').text).toBe(
        "Every contact's ticket is already linked to this company.",
      ),
    );
  });
});
