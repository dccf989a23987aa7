import type { TicketSummary } from '../contract';
import type { RecordRef } from '../record/readRecordContext';
import { sharedState } from '../run/sharedState';

/**
 * What this container changed on each record in the last two minutes. HubSpot's search
 * index lags writes by seconds, so a search-based tickets_list right after a create, link,
 * update or unlink would be wrong; the list leaves these tickets out of its searches and
 * adds them back from here, as they are now. Writes by other containers or users are not
 * known here: for them the list is as fresh as HubSpot's index.
 */

const TTL_MS = 120_000;
const MAX_PER_RECORD = 90;
const MAX_RECORDS = 500;

export type JournalEntry =
  | { ticketId: string; present: true; summary: TicketSummary; at: number }
  | { ticketId: string; present: false; at: number };

// Shared across function bundles: the writers and tickets_list are different bundles.
const journal = sharedState('recentWrites', () => new Map<string, Map<string, JournalEntry>>());

function keyOf(portalKey: string, record: RecordRef): string {
  return `${portalKey}:${record.type}:${record.id}`;
}

function prune(entries: Map<string, JournalEntry>, now: number): void {
  for (const [ticketId, entry] of entries) {
    if (now - entry.at > TTL_MS) entries.delete(ticketId);
  }
  // Oldest first (insertion order): the cap keeps search filters within HubSpot's limits.
  while (entries.size > MAX_PER_RECORD) entries.delete(entries.keys().next().value as string);
}

/** The ticket is linked to the record, and looks like `summary` now. */
export function recordPresent(portalKey: string, record: RecordRef, summary: TicketSummary): void {
  write(portalKey, record, { ticketId: summary.id, present: true, summary, at: Date.now() });
}

/** The ticket is no longer linked to the record (unlinked or deleted). */
export function recordAbsent(portalKey: string, record: RecordRef, ticketId: string): void {
  write(portalKey, record, { ticketId, present: false, at: Date.now() });
}

function write(portalKey: string, record: RecordRef, entry: JournalEntry): void {
  const key = keyOf(portalKey, record);
  let entries = journal.get(key);
  if (!entries) {
    if (journal.size >= MAX_RECORDS) journal.delete(journal.keys().next().value as string);
    entries = new Map();
    journal.set(key, entries);
  }
  entries.delete(entry.ticketId);
  entries.set(entry.ticketId, entry);
  prune(entries, entry.at);
}

export function recentWrites(portalKey: string, record: RecordRef): JournalEntry[] {
  const entries = journal.get(keyOf(portalKey, record));
  if (!entries) return [];
  prune(entries, Date.now());
  return [...entries.values()];
}
