/**
 * The list's "Select" mode: the tickets ticked for a bulk action, kept across pages and
 * filters (a rep may tick two on page 1 and one on page 2), in the order they were ticked.
 * The summaries are kept too, so a bulk action can name and change tickets that are not
 * on the page shown.
 */
import { useState } from 'react';
import type { TicketSummary } from '../../contract';

export function useSelection() {
  const [active, setActive] = useState(false);
  const [selected, setSelected] = useState<TicketSummary[]>([]);
  const has = (id: string) => selected.some((t) => t.id === id);
  const setMany = (tickets: TicketSummary[], checked: boolean) =>
    setSelected((current) => {
      const ids = new Set(tickets.map((t) => t.id));
      const rest = current.filter((t) => !ids.has(t.id));
      return checked ? [...rest, ...tickets.filter((t) => !t.viaContact)] : rest;
    });
  return {
    active,
    /** Every ticked ticket, on any page. */
    selected,
    isSelected: has,
    toggleMode: () => {
      setActive((current) => !current);
      setSelected([]);
    },
    set: (ticket: TicketSummary, checked: boolean) => setMany([ticket], checked),
    /** "Select all on this page" (rolled-up tickets are never selectable). */
    setMany,
    clear: () => setSelected([]),
    /** Fresh summaries after a change, for the tickets still ticked. */
    refresh: (tickets: TicketSummary[]) =>
      setSelected((current) => current.map((t) => tickets.find((u) => u.id === t.id) ?? t)),
    /** Tickets gone from the record (unlinked, deleted) cannot stay ticked. */
    drop: (ids: string[]) => setSelected((current) => current.filter((t) => !ids.includes(t.id))),
    /** After a bulk action: keep ticked only what failed, so it can be tried again. */
    keepOnly: (keep: string[]) =>
      setSelected((current) => current.filter((t) => keep.includes(t.id))),
  };
}

export type Selection = ReturnType<typeof useSelection>;
