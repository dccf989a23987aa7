import { Alert, Button, ErrorState, Text, Tile } from '@hubspot/ui-extensions';
import { createFakeTicketsClient, type FakeTicketsClient } from './testing/fakeTicketsClient';
import { renderCard } from './testing/renderCard';
import { failure, listData, ticket } from './testing/ticketFixtures';

/**
 * Failures that cannot succeed by asking again: the card says what happened in the
 * function's words, once, and never shows "busy, retrying" or calls again by itself.
 * (The function's exact words for each are pinned in functions/src/errorClasses.test.ts.)
 */

const DAILY = failure(
  'RATE_LIMITED',
  "The portal has used today's HubSpot API allowance. Try again tomorrow.",
  { retryable: false },
);
const VALIDATION = failure(
  'VALIDATION',
  'HubSpot did not accept these details. Check them and try again.',
  { fieldErrors: [{ field: 'parameters', message: 'HubSpot did not accept this value.' }] },
);
const NOT_LINKED = failure('NOT_LINKED', 'This ticket is not linked to this record.');

/** Lets every pending retry timer (0 ms in tests) and answer run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the list load', () => {
  it.each([
    ['the daily limit', DAILY],
    ['a validation refusal', VALIDATION],
  ])('%s: shows the message once, with a manual retry only', async (_name, answer) => {
    const client = createFakeTicketsClient().always('tickets_list', answer);
    const { renderer } = renderCard(client);
    await renderer.waitFor(() =>
      expect(renderer.find(ErrorState).find(Text).text).toBe(answer.error.message),
    );
    await settle();
    expect(client.callsOf('tickets_list')).toHaveLength(1);
    expect(renderer.maybeFindByTestId(Alert, 'busy')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'retry-progress')).toBeNull();
    expect(renderer.findByTestId(Button, 'retry').text).toBe('Try again');
  });
});

describe('an action on a ticket that is no longer linked', () => {
  async function renderWithTicket(client: FakeTicketsClient) {
    client.always('tickets_list', listData([ticket('21', { subject: 'Printer jam' })]));
    const card = renderCard(client);
    await card.renderer.waitFor(() => expect(card.renderer.findAll(Tile)).toHaveLength(1));
    return card;
  }

  it('delete: says the ticket is not linked, keeps it, and does not call again', async () => {
    const client = createFakeTicketsClient().always('ticket_delete', NOT_LINKED);
    const { renderer } = await renderWithTicket(client);
    renderer.findByTestId(Button, 'delete-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'delete-21-error').text).toBe(NOT_LINKED.error.message),
    );
    await settle();
    expect(client.callsOf('ticket_delete')).toHaveLength(1);
    expect(renderer.findAll(Tile)).toHaveLength(1);
  });

  it('close: says the ticket is not linked and does not call again', async () => {
    const client = createFakeTicketsClient().always('ticket_update', NOT_LINKED);
    const { renderer } = await renderWithTicket(client);
    renderer.findByTestId(Button, 'close-21-confirm').trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Alert, 'close-21-error').text).toBe(NOT_LINKED.error.message),
    );
    await settle();
    expect(client.callsOf('ticket_update')).toHaveLength(1);
  });
});
