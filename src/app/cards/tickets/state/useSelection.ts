/**
 * The list's "Select" mode: which of the shown tickets are ticked for a bulk action.
 * Ids of tickets no longer shown (another page or filter) stay here but are never acted
 * on: `pick` keeps only the tickets passed in, in their list order.
 */
import { useState } from 'react';

export function useSelection() {
  const [active, setActive] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  return {
    active,
    isSelected: (id: string) => ids.includes(id),
    toggleMode: () => {
      setActive((current) => !current);
      setIds([]);
    },
    set: (id: string, checked: boolean) =>
      setIds((current) =>
        checked
          ? current.includes(id)
            ? current
            : [...current, id]
          : current.filter((other) => other !== id),
      ),
    /** After a bulk action: keep ticked only what failed, so it can be tried again. */
    keepOnly: (keep: string[]) => setIds((current) => current.filter((id) => keep.includes(id))),
    pick: <T extends { id: string }>(tickets: T[]): T[] =>
      tickets.filter((ticket) => ids.includes(ticket.id)),
  };
}

export type Selection = ReturnType<typeof useSelection>;
