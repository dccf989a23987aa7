import { Button, Select, Text, Tile, Toggle } from '@hubspot/ui-extensions';
import { fire } from '../testing/fire';
import { createFakeTicketsClient, deferred } from '../testing/fakeTicketsClient';
import { closedTicket, listData, ticket } from '../testing/ticketFixtures';
import { renderCard } from '../testing/renderCard';

describe('list header', () => {
  it('filters to closed and to all tickets, back on the first page', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')], { counts: { open: 1, closed: 2 } }))
      .enqueue(
        'tickets_list',
        listData([closedTicket('2'), closedTicket('3')], { counts: { open: 1, closed: 2 } }),
      )
      .enqueue('tickets_list', listData([ticket('1'), closedTicket('2'), closedTicket('3')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 2'),
    );
    expect(renderer.findByTestId(Select, 'filter').props.value).toBe('open');

    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'closed');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.findByTestId(Select, 'filter').props.value).toBe('closed');

    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'all');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(3));
    expect(client.callsOf('tickets_list').map((p) => p.filter)).toEqual(['open', 'closed', 'all']);
  });

  it('sorts oldest first, by recently updated and by priority', async () => {
    const client = createFakeTicketsClient().always('tickets_list', (params) =>
      listData([
        ticket(params.sort === 'priority' ? 'p' : 'u', {
          subject: `sorted by ${params.sort ?? ''}`,
        }),
      ]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.findByTestId(Select, 'sort').props.options.map((o) => o.label)).toEqual([
      'Newest',
      'Oldest',
      'Recently updated',
      'Priority',
    ]);

    fire(renderer.findByTestId(Select, 'sort'), 'onChange', 'oldest');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'sort').props.value).toBe('oldest'),
    );
    fire(renderer.findByTestId(Select, 'sort'), 'onChange', 'updated');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Select, 'sort').props.value).toBe('updated'),
    );
    fire(renderer.findByTestId(Select, 'sort'), 'onChange', 'priority');
    await renderer.waitFor(() =>
      expect(renderer.maybeFind(Tile, { testId: 'ticket-p' })).not.toBeNull(),
    );
    expect(client.callsOf('tickets_list').map((p) => p.sort)).toEqual([
      'newest',
      'oldest',
      'updated',
      'priority',
    ]);
  });

  it('refreshes the current view', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')]))
      .enqueue('tickets_list', listData([ticket('1'), ticket('2')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    renderer.findByTestId(Button, 'refresh').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
  });

  it('ignores a slow answer to a filter the user already left', async () => {
    const slowClosed = deferred<ReturnType<typeof listData>>();
    const fastAll = deferred<ReturnType<typeof listData>>();
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')]))
      .enqueue('tickets_list', slowClosed, fastAll);
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));

    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'closed');
    fire(renderer.findByTestId(Select, 'filter'), 'onChange', 'all');
    fastAll.resolve(listData([ticket('1'), closedTicket('2')], { counts: { open: 1, closed: 1 } }));
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));

    slowClosed.resolve(
      listData([closedTicket('7'), closedTicket('8'), closedTicket('9')], {
        counts: { open: 0, closed: 3 },
      }),
    );
    await slowClosed.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-1', 'ticket-2']);
    expect(renderer.findByTestId(Text, 'counts').text).toBe('Open 1 · Closed 1');
    expect(renderer.findByTestId(Select, 'filter').props.value).toBe('all');
  });
});

describe('company roll-up toggle', () => {
  it('is not offered on a contact', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client, 'contacts');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.maybeFindByTestId(Toggle, 'rollup')).toBeNull();
  });

  it("adds the contacts' tickets, each saying which contact it comes from", async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')]))
      .enqueue(
        'tickets_list',
        listData([ticket('1'), ticket('5', { viaContact: { id: '901', name: 'Maria Johnson' } })]),
      );
    const { renderer } = renderCard(client, 'companies');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    const toggle = renderer.findByTestId(Toggle, 'rollup');
    expect(toggle.props).toMatchObject({ label: "Include contacts' tickets", checked: false });

    fire(toggle, 'onChange', true);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.findByTestId(Text, 'ticket-5-via').text).toBe('Via Maria Johnson');
    expect(renderer.maybeFindByTestId(Text, 'ticket-1-via')).toBeNull();
    expect(renderer.findByTestId(Toggle, 'rollup').props.checked).toBe(true);
    expect(
      client.callsOf('tickets_list').map((p) => [p.recordType, p.includeContactTickets]),
    ).toEqual([
      ['companies', false],
      ['companies', true],
    ]);
  });
});
