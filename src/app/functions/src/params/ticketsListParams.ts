import { z } from 'zod';
import { distinctIdsSchema, recordScopeShape } from './commonSchemas';

/** The card's recent-write hints: a bounded list, so a bad card cannot inflate the reads. */
export const RECENT_TICKET_IDS_MAX = 20;

export const ticketsListSchema = z
  .object({
    ...recordScopeShape,
    filter: z.enum(['open', 'closed', 'all']).default('open'),
    sort: z.enum(['newest', 'oldest', 'updated', 'priority']).default('newest'),
    pageSize: z.number().int().min(1).max(50).default(10),
    cursor: z.string().max(2_000, 'Not a cursor from this list.').nullable().optional(),
    includeContactTickets: z.boolean().optional(),
    recentTicketIds: distinctIdsSchema(RECENT_TICKET_IDS_MAX, 0).optional(),
  })
  .strict()
  .superRefine((params, ctx) => {
    if (params.includeContactTickets && params.recordType !== 'companies') {
      ctx.addIssue({
        code: 'custom',
        path: ['includeContactTickets'],
        message: "Only a company's card can include its contacts' tickets.",
      });
    }
  });

export type ParsedTicketsListParams = z.infer<typeof ticketsListSchema>;
