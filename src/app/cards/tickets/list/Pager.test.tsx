import { Button, Text, Tile } from '@hubspot/ui-extensions';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { closedTicket, listData, ticket } from '../testing/ticketFixtures';
import { renderCard } from '../testing/renderCard';

describe('paging', () => {
  it('is hidden when everything fits on one page', async () => {
    const client = createFakeTicketsClient().always('tickets_list', listData([ticket('1')]));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.maybeFindByTestId(Button, 'next-page')).toBeNull();
  });

  it('walks forward with the cursors HubSpot gives and back with the ones it gave before', async () => {
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData([ticket('1')], { nextCursor: 'c2', total: 11 }))
      .enqueue('tickets_list', listData([ticket('2')], { nextCursor: 'c3', total: 11 }))
      .enqueue('tickets_list', listData([ticket('3')], { nextCursor: null, total: 11 }))
      .enqueue('tickets_list', listData([ticket('2')], { nextCursor: 'c3', total: 11 }));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 1 of 3'),
    );
    expect(renderer.findByTestId(Button, 'prev-page').props.disabled).toBe(true);

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 2 of 3'),
    );
    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 3 of 3'),
    );
    expect(renderer.findByTestId(Button, 'next-page').props.disabled).toBe(true);
    expect(renderer.find(Tile).props.testId).toBe('ticket-3');

    renderer.findByTestId(Button, 'prev-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 2 of 3'),
    );
    expect(renderer.find(Tile).props.testId).toBe('ticket-2');
    expect(client.callsOf('tickets_list').map((p) => p.cursor)).toEqual([null, 'c2', 'c3', 'c2']);
  });

  it('shows the total of the view, whatever page is shown', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([ticket('1'), ticket('2')], { nextCursor: 'c2', total: 12 }),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'total').text).toBe('12 tickets'),
    );
    expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 1 of 3');
  });

  it('refills the page from HubSpot when closing leaves it short, rather than showing 4 of 5', async () => {
    const five = ['1', '2', '3', '4', '5'].map((id) => ticket(id));
    const client = createFakeTicketsClient()
      .enqueue('tickets_list', listData(five, { nextCursor: 'c2', total: 7 }))
      .enqueue(
        'tickets_list',
        listData([...five.slice(1), ticket('6')], { nextCursor: 'c2', total: 6 }),
      )
      .enqueue('ticket_update', {
        ok: true,
        data: { results: [{ ticketId: '1', ok: true }], tickets: [closedTicket('1')] },
      });
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(5));
    renderer.findByTestId(Button, 'close-1-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual([
        'ticket-2',
        'ticket-3',
        'ticket-4',
        'ticket-5',
        'ticket-6',
      ]),
    );
    expect(client.callsOf('tickets_list').map((p) => p.cursor)).toEqual([null, null]);
    expect(client.callsOf('tickets_list')[1]).toMatchObject({ recentTicketIds: ['1'] });
    expect(renderer.findByTestId(Text, 'total').text).toBe('6 tickets');
  });
});
