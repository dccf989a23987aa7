import { Link, StatusTag, Text, Tile, Tooltip } from '@hubspot/ui-extensions';
import { createFakeTicketsClient } from '../testing/fakeTicketsClient';
import { closedTicket, daysAgo, listData, ticket } from '../testing/ticketFixtures';
import { renderCard } from '../testing/renderCard';

describe('ticket row', () => {
  it('gives each date a line of its own, each one unit, with full dates on hover', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([
        ticket('1', { createdAt: daysAgo(35), updatedAt: daysAgo(2) }),
        ticket('2', { createdAt: daysAgo(3), updatedAt: daysAgo(3) }),
      ]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    expect(renderer.findByTestId(Text, 'ticket-1-created').text).toBe('Created 1 month ago');
    expect(renderer.findByTestId(Text, 'ticket-1-updated').text).toBe('Updated 2 days ago');
    expect(renderer.findByTestId(Text, 'ticket-2-created').text).toBe('Created 3 days ago');
    expect(renderer.maybeFindByTestId(Text, 'ticket-2-updated')).toBeNull();
    expect(renderer.findByTestId(Tooltip, 'ticket-1-dates').text).toMatch(
      /^Created .+, \d+:\d\d [AP]M\. Last updated /,
    );
  });

  it('says when a closed ticket was closed, and an update only if it came after', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([
        closedTicket('3', { createdAt: daysAgo(10), closedAt: daysAgo(1), updatedAt: daysAgo(1) }),
      ]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    expect(renderer.findByTestId(Text, 'ticket-3-closed').text).toBe('Closed yesterday');
    expect(renderer.maybeFindByTestId(Text, 'ticket-3-updated')).toBeNull();
  });

  it('keeps a pasted URL or unbroken subject on one truncated line, full text on hover', async () => {
    const url = `https://support.example.com/tickets/${'x'.repeat(300)}`;
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([ticket('1', { subject: url })]),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(1));
    const line = renderer.findByTestId(Text, 'ticket-1-subject-line');
    expect(line.props.truncate).toEqual({ tooltipText: url });
    // The link (to the ticket) sits inside the truncated line, so it cannot widen the row.
    expect(line.find(Link).props.testId).toBe('ticket-1-subject');
    expect(line.find(Link).text).toBe(url);
  });

  it('gives open and closed stages clearly different status styles', async () => {
    const client = createFakeTicketsClient().always(
      'tickets_list',
      listData([ticket('1'), closedTicket('2')], { counts: { open: 1, closed: 1 } }),
    );
    const { renderer } = renderCard(client);
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(2));
    const open = renderer.findByTestId(StatusTag, 'ticket-1-stage').props.variant;
    const closed = renderer.findByTestId(StatusTag, 'ticket-2-stage').props.variant;
    expect([open, closed]).toEqual(['info', 'default']);
  });
});
