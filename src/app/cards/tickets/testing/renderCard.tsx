/** Renders the card as HubSpot's sidebar would, with a fake client and no waiting. */
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { RecordType } from '../../contract';
import { TicketsCard } from '../TicketsCard';
import type { TicketsClient } from '../client/ticketsClient';
import { createFakeTicketsClient } from './fakeTicketsClient';

export const PORTAL_ID = 456;

export function renderCard(
  client: TicketsClient = createFakeTicketsClient(),
  recordType: RecordType = 'contacts',
) {
  const renderer = createRenderer('crm.record.sidebar');
  const context = {
    ...renderer.mocks.context,
    portal: { id: PORTAL_ID, timezone: 'America/New_York' },
  };
  renderer.render(
    <TicketsCard
      context={context}
      actions={renderer.mocks.actions}
      recordType={recordType}
      client={client}
      timing={{ searchDebounceMs: 0, retryPolicy: { retries: 3, delayMs: () => 0 } }}
    />,
  );
  return {
    renderer,
    client,
    alerts: () => renderer.mocks.actions.addAlert.calls.map(([alert]) => alert),
  };
}
