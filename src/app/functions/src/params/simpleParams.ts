import { z } from 'zod';
import {
  currentUserSchema,
  distinctIdsSchema,
  objectIdSchema,
  recordScopeShape,
} from './commonSchemas';

/** Functions whose parameters are the record scope plus a ticket id or a short query. */

export const formOptionsSchema = z
  .object({ ...recordScopeShape, currentUser: currentUserSchema.optional() })
  .strict();

export const singleTicketSchema = z
  .object({ ...recordScopeShape, ticketId: objectIdSchema })
  .strict();

/** Bulk unlink: a ticket already unlinked is done, not an error. */
export const ticketUnlinkSchema = z
  .object({ ...recordScopeShape, ticketIds: distinctIdsSchema(50) })
  .strict();

export const ticketsSearchSchema = z
  .object({
    ...recordScopeShape,
    /** Empty (after trimming) = the portal's recent tickets. */
    query: z
      .string({ required_error: 'Type a few words or a ticket id, or send "" for recent tickets.' })
      .max(200, 'At most 200 characters.')
      .transform((text) => text.trim()),
    limit: z.number().int().min(1).max(25).default(10),
  })
  .strict();
