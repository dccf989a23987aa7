/** Renders the card as HubSpot's sidebar would, with a fake client and no waiting. */
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { RecordType } from '../../contract';
import { TicketsCard, type CardTiming } from '../TicketsCard';
import type { TicketsClient } from '../client/ticketsClient';
import { createFakeTicketsClient } from './fakeTicketsClient';

export const PORTAL_ID = 456;

/** The card's user, as `context.user` has it; the owner "Ada Lovelace" of the fixtures. */
export const CURRENT_USER = { userId: 9_000_001, email: 'ada@example.com' };

/**
 * Waits shortened for tests: retries at once; "slow" and the undo offer outlast any test
 * step, yet end soon after the test (a renderer cannot be unmounted, so its timers run on).
 */
export const testTiming: CardTiming = {
  searchDebounceMs: 0,
  retryPolicy: { retries: 3, delayMs: () => 0, slowAfterMs: 5_000 },
  undoMs: 5_000,
};

export function renderCard(
  client: TicketsClient = createFakeTicketsClient(),
  recordType: RecordType = 'contacts',
  timing: Partial<CardTiming> = {},
) {
  const renderer = createRenderer('crm.record.sidebar');
  const context = {
    ...renderer.mocks.context,
    portal: { id: PORTAL_ID, timezone: 'America/New_York' },
    user: { ...renderer.mocks.context.user, id: CURRENT_USER.userId, email: CURRENT_USER.email },
  };
  renderer.render(
    <TicketsCard
      context={context}
      actions={renderer.mocks.actions}
      recordType={recordType}
      client={client}
      timing={{ ...testTiming, ...timing }}
    />,
  );
  return {
    renderer,
    client,
    alerts: () => renderer.mocks.actions.addAlert.calls.map(([alert]) => alert),
  };
}
