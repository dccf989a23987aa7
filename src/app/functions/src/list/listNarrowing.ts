import { createHash } from 'node:crypto';
import type { TicketSummary } from '../../../cards/contract';
import { matchesExactNarrowing } from '../../../cards/listInMemory';

/**
 * The list's narrowing filters - text, priorities, "assigned to me" - on top of the
 * open/closed view. Counts and total cover the narrowed list, so "page X of Y" and the tab
 * counts agree with what is shown. The text is matched by HubSpot's search (its own
 * tokenizing rules), so a list with text is always search-based; priorities and owner are
 * exact filters, applied in memory for small records and as search filters otherwise.
 */

export interface Narrowing {
  query?: string;
  priorities?: string[];
  /** Only tickets of this owner. */
  ownerId?: string;
}

export function isNarrowed(narrowing: Narrowing): boolean {
  return (
    narrowing.query !== undefined ||
    narrowing.priorities !== undefined ||
    narrowing.ownerId !== undefined
  );
}

/** What a cursor is bound to, short and opaque (the query text never travels in it). */
export function narrowingKey(narrowing: Narrowing): string {
  if (!isNarrowed(narrowing)) return '';
  const text = JSON.stringify([
    narrowing.query ?? null,
    [...(narrowing.priorities ?? [])].sort(),
    narrowing.ownerId ?? null,
  ]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

/**
 * The exact part in memory. The text part here is only for tickets the search did not
 * return (this container's recent writes, roll-up tickets): a case-insensitive match of
 * the subject or id, close to but not exactly HubSpot's.
 */
export function matchesNarrowing(ticket: TicketSummary, narrowing: Narrowing): boolean {
  if (!matchesExactNarrowing(ticket, narrowing)) return false;
  if (narrowing.query !== undefined) {
    const words = narrowing.query.toLowerCase().split(/\s+/).filter(Boolean);
    const text = `${ticket.subject} ${ticket.id}`.toLowerCase();
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}
