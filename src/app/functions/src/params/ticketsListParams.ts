import { z } from 'zod';
import {
  currentUserSchema,
  distinctIdsSchema,
  distinctOptionsSchema,
  recordScopeShape,
} from './commonSchemas';

/** The card's recent-write hints: a bounded list, so a bad card cannot inflate the reads. */
export const RECENT_TICKET_IDS_MAX = 20;
export const LIST_QUERY_MAX_LENGTH = 200;

export const ticketsListSchema = z
  .object({
    ...recordScopeShape,
    filter: z.enum(['open', 'closed', 'all']).default('open'),
    sort: z.enum(['newest', 'oldest', 'updated', 'priority']).default('newest'),
    pageSize: z.number().int().min(1).max(50).default(10),
    cursor: z.string().max(2_000, 'Not a cursor from this list.').nullable().optional(),
    includeContactTickets: z.boolean().optional(),
    recentTicketIds: distinctIdsSchema(RECENT_TICKET_IDS_MAX, 0).optional(),
    query: z
      .string()
      .max(LIST_QUERY_MAX_LENGTH, `At most ${LIST_QUERY_MAX_LENGTH} characters.`)
      .transform((text) => text.trim())
      .refine((text) => text.length > 0, 'Type a few words, or leave the filter out.')
      .optional(),
    priorities: distinctOptionsSchema(10, 'priority', 1).optional(),
    owner: z.literal('me', { errorMap: () => ({ message: 'Only "me" is supported.' }) }).optional(),
    currentUser: currentUserSchema.optional(),
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
    if (
      params.owner === 'me' &&
      params.currentUser?.userId === undefined &&
      params.currentUser?.email === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['currentUser'],
        message: '"Assigned to me" needs the card user (userId or email).',
      });
    }
  });

export type ParsedTicketsListParams = z.infer<typeof ticketsListSchema>;
