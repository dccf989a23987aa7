import { z } from 'zod';
import { objectIdSchema, recordScopeShape } from './commonSchemas';

/** Functions whose parameters are the record scope plus at most one ticket id. */

export const formOptionsSchema = z.object({ ...recordScopeShape }).strict();

export const singleTicketSchema = z
  .object({ ...recordScopeShape, ticketId: objectIdSchema })
  .strict();

export const ticketsSearchSchema = z
  .object({
    ...recordScopeShape,
    query: z
      .string()
      .max(200, 'At most 200 characters.')
      .transform((text) => text.trim())
      .refine((text) => text.length > 0, 'Type a few words or a ticket id.'),
    limit: z.number().int().min(1).max(25).default(10),
  })
  .strict();
