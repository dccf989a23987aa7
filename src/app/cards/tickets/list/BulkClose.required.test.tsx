import { Alert, Button, Select, Text, Tile } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../contract';
import { createFakeTicketsClient, type FakeTicketsClient } from '../testing/fakeTicketsClient';
import { fire } from '../testing/fire';
import { renderWithPageSelected } from '../testing/selectPage';
import {
  failure,
  propertiesRequired,
  resolutionProperty,
  ticket,
  updateOutcomes,
} from '../testing/ticketFixtures';

/**
 * "Close selected" where the portal's rules want a resolution for the billing tickets: the
 * card asks once, applies the answer to every ticket that needs it, retries only those, and
 * names any ticket that still fails and why.
 */

const billing = { id: '77', label: 'Billing' };
const open772 = { id: '772', label: 'Invoice check', state: 'OPEN' as const };
const jam = ticket('21', { subject: 'Printer jam' });
const invoice = ticket('22', { subject: 'Invoice wrong', pipeline: billing, stage: open772 });
const refund = ticket('23', { subject: 'Refund please', pipeline: billing, stage: open772 });
const closedIn = (t: TicketSummary, id: string, label: string): TicketSummary => ({
  ...t,
  stage: { id, label, state: 'CLOSED' },
  closedAt: new Date().toISOString(),
});

async function closeAll(client: FakeTicketsClient) {
  const card = await renderWithPageSelected(client, [jam, invoice, refund]);
  card.renderer.findByTestId(Button, 'bulk-close').trigger('onClick');
  return card;
}

const needsResolution = (id: string) =>
  propertiesRequired([resolutionProperty], `ticket ${id}`).error;

describe('bulk close refused for a required property', () => {
  it('asks once for the tickets that need it, then closes just those with the answer', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updateOutcomes(
        [closedIn(jam, '4', 'Closed')],
        [
          { ticketId: '22', error: needsResolution('22') },
          { ticketId: '23', error: needsResolution('23') },
        ],
      ),
      updateOutcomes(
        [closedIn(invoice, '771', 'Resolved early'), closedIn(refund, '771', 'Resolved early')],
        [],
      ),
    );
    const { renderer } = await closeAll(client);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'bulk-required-resolution')).not.toBeNull(),
    );
    // One question for both tickets, not one per ticket; they are not reported as failed.
    expect(renderer.findAll(Select).filter((s) => s.props.name === 'resolution')).toHaveLength(1);
    expect(renderer.findByTestId(Text, 'bulk-required-body').text).toBe(
      "This account's rules need these details to close 2 tickets. Your answers apply to all of them.",
    );
    expect(renderer.maybeFindByTestId(Alert, 'bulk-partial')).toBeNull();
    expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Close 2 tickets');
    expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(true);
    // The one closed at once has left the Open view; the two asked about stay selected.
    expect(renderer.findAll(Tile).map((t) => t.props.testId)).toEqual(['ticket-22', 'ticket-23']);
    expect(renderer.findByTestId(Text, 'bulk-count').text).toBe('2 selected');

    fire(renderer.findByTestId(Select, 'bulk-required-resolution'), 'onChange', 'ISSUE_FIXED');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'bulk-required-submit').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findAll(Tile)).toHaveLength(0));

    expect(client.callsOf('ticket_update')).toEqual([
      { recordType: 'contacts', portalId: 456, ticketIds: ['21', '22', '23'], close: true },
      {
        recordType: 'contacts',
        portalId: 456,
        ticketIds: ['22', '23'],
        close: true,
        extraProperties: { resolution: 'ISSUE_FIXED' },
      },
    ]);
    expect(renderer.maybeFindByTestId(Select, 'bulk-required-resolution')).toBeNull();
  });

  it('asks for every selected ticket when HubSpot refused the whole batch', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      propertiesRequired([resolutionProperty], 'ticket 21, 22, 23'),
    );
    const { renderer } = await closeAll(client);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Button, 'bulk-required-submit')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Button, 'bulk-required-submit').text).toBe('Close 3 tickets');
    expect(renderer.maybeFindByTestId(Alert, 'bulk-failure')).toBeNull();
  });

  it('names each ticket that still fails after the answer, and why', async () => {
    const client = createFakeTicketsClient().enqueue(
      'ticket_update',
      updateOutcomes(
        [],
        [
          { ticketId: '22', error: needsResolution('22') },
          { ticketId: '23', error: needsResolution('23') },
        ],
      ),
      updateOutcomes(
        [closedIn(invoice, '771', 'Resolved early')],
        [
          {
            ticketId: '23',
            error: failure('NOT_LINKED', 'Ticket 23 is not linked to this record.').error,
          },
        ],
      ),
    );
    const { renderer } = await closeAll(client);
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Select, 'bulk-required-resolution')).not.toBeNull(),
    );
    fire(renderer.findByTestId(Select, 'bulk-required-resolution'), 'onChange', 'DUPLICATE');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Button, 'bulk-required-submit').props.disabled).toBe(false),
    );
    renderer.findByTestId(Button, 'bulk-required-submit').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFindByTestId(Alert, 'bulk-partial')).not.toBeNull(),
    );
    expect(renderer.findByTestId(Text, 'bulk-failed-23').text).toContain('Refund please');
    expect(renderer.findByTestId(Text, 'bulk-failed-23').text).toContain(
      'Ticket 23 is not linked to this record.',
    );
    expect(renderer.maybeFindByTestId(Text, 'bulk-failed-22')).toBeNull();
    expect(client.callsOf('ticket_update')[1]).toMatchObject({ ticketIds: ['22', '23'] });
  });
});
