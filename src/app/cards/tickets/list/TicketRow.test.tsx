import { Text, Tile, Tooltip } from '@hubspot/ui-extensions';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { daysAgo, listData, ticket } from '../testing/ticketFixtures';
import { renderCard } from '../testing/renderCard';

describe('ticket row times', () => {
  it('says when a ticket was created and, if later, updated, with full dates in the portal time zone on hover', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([
        ticket('1', { createdAt: '2026-01-05T15:00:00Z', updatedAt: daysAgo(2) }),
        ticket('2', { createdAt: daysAgo(3), updatedAt: daysAgo(3) }),
      ]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.findByTestId(Text, 'ticket-1-times').text).toMatch(
      /^Created .+ ago · updated 2 days ago$/,
    );
    expect(renderer.findByTestId(Text, 'ticket-2-times').text).toBe('Created 3 days ago');
    expect(renderer.findByTestId(Tooltip, 'ticket-1-dates').text).toMatch(
      /^Created Jan 5, 2026, 10:00 AM\. Last updated /,
    );
  });
});
