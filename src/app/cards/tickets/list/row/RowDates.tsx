/**
 * When the ticket was created and, if later, updated or closed: one whole phrase per line,
 * each in its own single unit ("Created 3 weeks ago" / "Updated 2 days ago"), never two
 * units run together in one sentence.
 */
import { Text } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../../contract';
import { closedPhrase, createdPhrase, updatedPhrase } from '../../format/dates';

/** Updates within a minute of creation are HubSpot filling in fields, not news. */
const SAME_MOMENT_MS = 60_000;

interface Props {
  ticket: TicketSummary;
  locale: string;
  timeZone: string;
  testId: string;
}

function later(a: string, b: string): boolean {
  return Date.parse(a) - Date.parse(b) > SAME_MOMENT_MS;
}

export function RowDates({ ticket, locale, timeZone, testId }: Props) {
  const { createdAt, updatedAt, closedAt } = ticket;
  const closed = ticket.stage.state === 'CLOSED' && closedAt ? closedAt : null;
  // A close is an update: say "Closed", and "Updated" only for a change after it.
  const updated = later(updatedAt, closed ?? createdAt) ? updatedAt : null;
  return (
    <>
      <Text variant="microcopy" testId={`${testId}-created`}>
        {createdPhrase(createdAt, locale, timeZone)}
      </Text>
      {closed && (
        <Text variant="microcopy" testId={`${testId}-closed`}>
          {closedPhrase(closed, locale, timeZone)}
        </Text>
      )}
      {updated && (
        <Text variant="microcopy" testId={`${testId}-updated`}>
          {updatedPhrase(updated, locale, timeZone)}
        </Text>
      )}
    </>
  );
}
