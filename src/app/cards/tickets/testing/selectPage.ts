/** The card on a contact with these tickets (both pipelines), in "Select" mode, the page ticked. */
import { Button, Checkbox, Text, Tile } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../contract';
import type { FakeTicketsClient } from './fakeTicketsClient';
import { renderCard } from './renderCard';
import { billingPipeline, listData, supportPipeline } from './ticketFixtures';

export async function renderWithPageSelected(client: FakeTicketsClient, tickets: TicketSummary[]) {
  client.always(
    'tickets_list',
    listData(tickets, { pipelines: [supportPipeline, billingPipeline] }),
  );
  const card = renderCard(client);
  const { renderer } = card;
  await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(tickets.length));
  renderer.findByTestId(Button, 'select-mode').trigger('onClick');
  await renderer.waitFor(() => expect(renderer.findAll(Checkbox)).toHaveLength(tickets.length));
  renderer.findByTestId(Button, 'bulk-select-page').trigger('onClick');
  await renderer.waitFor(() =>
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe(`${tickets.length} selected`),
  );
  return card;
}
