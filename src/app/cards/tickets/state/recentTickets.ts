/**
 * The tickets this card changed in the last two minutes, newest first, sent with every
 * `tickets_list` call as `recentTicketIds`. HubSpot's search lags writes by seconds and
 * the list function may run in another container than the write did, so only the card
 * knows what it just changed; the function re-checks each id, so this is a hint, never
 * an instruction. Bounded to the contract's 20 ids, oldest dropped first.
 */

export const RECENT_TICKETS_MAX = 20;
export const RECENT_TICKETS_TTL_MS = 120_000;

export interface RecentTicket {
  id: string;
  at: number;
}

// The function refuses the whole call for a malformed id: never send one.
const TICKET_ID = /^[1-9]\d{0,17}$/;

function live(list: RecentTicket[], now: number): RecentTicket[] {
  return list.filter((entry) => now - entry.at <= RECENT_TICKETS_TTL_MS);
}

/** `list` with `ids` moved to the front as just changed. */
export function rememberTickets(list: RecentTicket[], ids: string[], now: number): RecentTicket[] {
  const fresh = [...new Set(ids.filter((id) => TICKET_ID.test(id)))];
  const taken = new Set(fresh);
  const kept = live(list, now).filter((entry) => !taken.has(entry.id));
  return [...fresh.map((id) => ({ id, at: now })), ...kept].slice(0, RECENT_TICKETS_MAX);
}

/** The ids to send now, newest first. */
export function recentTicketIds(list: RecentTicket[], now: number): string[] {
  return live(list, now).map((entry) => entry.id);
}
