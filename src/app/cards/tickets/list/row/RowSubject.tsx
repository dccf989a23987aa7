/**
 * The subject as a link to the ticket in HubSpot. Truncated to one line (the full subject
 * shows on hover): an unbroken subject such as a pasted URL would otherwise widen the
 * row, push "Actions" off the card and give the sidebar a horizontal scrollbar.
 */
import { Link, Text, Tooltip } from '@hubspot/ui-extensions';
import type { TicketSummary } from '../../../contract';
import { fullDate } from '../../format/dates';
import { ticketUrl } from '../../format/ticketUrl';
import { strings } from '../../strings';

interface Props {
  ticket: TicketSummary;
  portalId: number;
  locale: string;
  timeZone: string;
  testId: string;
}

export function RowSubject({ ticket, portalId, locale, timeZone, testId }: Props) {
  const fullDates = strings.fullDates(
    fullDate(ticket.createdAt, locale, timeZone),
    fullDate(ticket.updatedAt, locale, timeZone),
  );
  return (
    <Text truncate={{ tooltipText: ticket.subject }} testId={`${testId}-subject-line`}>
      <Link
        href={{ url: ticketUrl(ticket, portalId), external: true }}
        overlay={<Tooltip testId={`${testId}-dates`}>{fullDates}</Tooltip>}
        testId={`${testId}-subject`}
      >
        {ticket.subject}
      </Link>
    </Text>
  );
}
