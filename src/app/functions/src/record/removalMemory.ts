import type { RecordRef } from './readRecordContext';

/**
 * The unlinks this container has sent, by portal, record and ticket, for 10 minutes. HubSpot
 * keeps no history of removed links, so once a link is gone nothing in HubSpot says it was
 * this record's. When an unlink's answer is lost (HubSpot's or ours), the retry finds no
 * link; if this container sent that very unlink, the retry is answered as done
 * (ALREADY_GONE). The intent is kept before the write is sent, since its outcome may never
 * be known. A retry served by another container cannot tell, and answers NOT_LINKED.
 */

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 5_000;

const sent = new Map<string, number>();

function keyOf(portalKey: string, record: RecordRef, ticketId: string): string {
  return `${portalKey}:${record.type}:${record.id}:${ticketId}`;
}

export function rememberUnlink(portalKey: string, record: RecordRef, ticketId: string): void {
  const key = keyOf(portalKey, record, ticketId);
  sent.delete(key);
  if (sent.size >= MAX_ENTRIES) sent.delete(sent.keys().next().value as string);
  sent.set(key, Date.now());
}

export function unlinkedHere(portalKey: string, record: RecordRef, ticketId: string): boolean {
  const key = keyOf(portalKey, record, ticketId);
  const at = sent.get(key);
  if (at === undefined) return false;
  if (Date.now() - at > TTL_MS) {
    sent.delete(key);
    return false;
  }
  return true;
}
