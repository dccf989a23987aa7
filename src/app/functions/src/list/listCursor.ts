import { z } from 'zod';
import type { TicketFilter, TicketSort } from '../../../cards/contract';
import { validationFailure } from '../run/functionFailure';

/**
 * The opaque paging cursor of tickets_list: versioned base64url JSON, bound to the filter,
 * sort and roll-up it was made for, so a cursor from another view is refused rather than
 * silently showing the wrong tickets.
 */

const cursorSchema = z
  .object({
    v: z.literal(1),
    f: z.enum(['open', 'closed', 'all']),
    s: z.enum(['newest', 'oldest', 'updated', 'priority']),
    r: z.boolean(),
    /** Priority segment (search mode). */
    g: z.number().int().min(0).max(10),
    /** Offset in HubSpot's search results of the segment. */
    so: z.number().int().min(0).max(10_000),
    /** Offset in the in-memory list (small records, this container's recent writes, roll-up). */
    mo: z.number().int().min(0).max(100_000),
    /** The narrowing (text, priorities, owner) it was made for, as listNarrowing's key. */
    n: z.string().max(16).optional(),
    /** Large roll-up: the offset of each of its searches (rollUpTickets.ts). */
    b: z.array(z.number().int().min(0).max(10_000)).max(32).optional(),
  })
  .strict();

export type ListCursor = z.infer<typeof cursorSchema>;

export interface ListView {
  filter: TicketFilter;
  sort: TicketSort;
  rollUp: boolean;
  /** listNarrowing's key; '' = not narrowed. */
  narrowing?: string;
}

export function startCursor(view: ListView): ListCursor {
  return {
    v: 1,
    f: view.filter,
    s: view.sort,
    r: view.rollUp,
    g: 0,
    so: 0,
    mo: 0,
    ...(view.narrowing ? { n: view.narrowing } : {}),
  };
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string | null | undefined, view: ListView): ListCursor {
  if (text === null || text === undefined || text === '') return startCursor(view);
  const invalid = (message: string) => validationFailure([{ field: 'cursor', message }]);
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw invalid('Not a cursor from this list.');
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid('Not a cursor from this list.');
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success) throw invalid('Not a cursor from this list.');
  const cursor = parsed.data;
  if (
    cursor.f !== view.filter ||
    cursor.s !== view.sort ||
    cursor.r !== view.rollUp ||
    (cursor.n ?? '') !== (view.narrowing ?? '')
  ) {
    throw invalid('This cursor belongs to another filter or sort: start from the first page.');
  }
  return cursor;
}
