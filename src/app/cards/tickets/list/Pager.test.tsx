import { Button, Text, Tile } from '@hubspot/ui-extensions';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { listData, ticket } from '../testing/ticketFixtures';
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
      .enqueue('tickets_list', listData([ticket('1')], { nextCursor: 'c2' }))
      .enqueue('tickets_list', listData([ticket('2')], { nextCursor: 'c3' }))
      .enqueue('tickets_list', listData([ticket('3')], { nextCursor: null }))
      .enqueue('tickets_list', listData([ticket('2')], { nextCursor: 'c3' }));
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 1'),
    );
    expect(renderer.findByTestId(Button, 'prev-page').props.disabled).toBe(true);

    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 2'),
    );
    renderer.findByTestId(Button, 'next-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 3'),
    );
    expect(renderer.findByTestId(Button, 'next-page').props.disabled).toBe(true);
    expect(renderer.find(Tile).props.testId).toBe('ticket-3');

    renderer.findByTestId(Button, 'prev-page').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'page-number').text).toBe('Page 2'),
    );
    expect(renderer.find(Tile).props.testId).toBe('ticket-2');
    expect(client.callsOf('tickets_list').map((p) => p.cursor)).toEqual([null, 'c2', 'c3', 'c2']);
  });
});
