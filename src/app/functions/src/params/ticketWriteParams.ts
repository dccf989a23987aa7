import { z } from 'zod';
import {
  distinctIdsSchema,
  optionValueSchema,
  pipelineIdSchema,
  recordScopeShape,
} from './commonSchemas';

/** Shapes of the writing functions; portal checks (stages, options) come after, in `portalChecks`. */

export const SUBJECT_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 10_000;
const MAX_CATEGORIES = 20;

export const ticketCreateSchema = z
  .object({
    ...recordScopeShape,
    clientRequestId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, "-" or "_".'),
    subject: z
      .string()
      .max(SUBJECT_MAX_LENGTH, `At most ${SUBJECT_MAX_LENGTH} characters.`)
      .transform((text) => text.trim())
      .refine((text) => text.length > 0, 'Give the ticket a subject.'),
    description: z
      .string()
      .max(DESCRIPTION_MAX_LENGTH, `At most ${DESCRIPTION_MAX_LENGTH} characters.`)
      .optional(),
    pipelineId: pipelineIdSchema,
    stageId: pipelineIdSchema,
    priority: optionValueSchema.nullable().optional(),
    categories: z
      .array(optionValueSchema)
      .max(MAX_CATEGORIES, `At most ${MAX_CATEGORIES} categories.`)
      .superRefine((values, ctx) => {
        values.forEach((value, index) => {
          if (values.indexOf(value) !== index) {
            ctx.addIssue({ code: 'custom', path: [index], message: 'Listed twice.' });
          }
        });
      })
      .optional(),
  })
  .strict();

export const ticketsLinkSchema = z
  .object({
    ...recordScopeShape,
    ticketIds: distinctIdsSchema(20),
    label: z
      .object({
        typeId: z.number().int().positive().max(2_147_483_647),
        category: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED']),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export const ticketUpdateSchema = z
  .object({
    ...recordScopeShape,
    ticketIds: distinctIdsSchema(50),
    stageId: pipelineIdSchema.optional(),
    close: z.boolean().optional(),
    priority: optionValueSchema.nullable().optional(),
  })
  .strict()
  .superRefine((params, ctx) => {
    if (params.stageId !== undefined && params.close) {
      ctx.addIssue({
        code: 'custom',
        path: ['stageId'],
        message: 'Choose a stage or "close", not both.',
      });
    }
    if (params.stageId === undefined && !params.close && params.priority === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters'],
        message: 'Nothing to change: choose a stage, "close" or a priority.',
      });
    }
  });
