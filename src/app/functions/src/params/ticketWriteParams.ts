import { z } from 'zod';
import {
  associationLabelSchema,
  distinctIdsSchema,
  distinctOptionsSchema,
  extraPropertiesSchema,
  optionValueSchema,
  ownerIdSchema,
  pipelineIdSchema,
  recordScopeShape,
} from './commonSchemas';

/** Shapes of the writing functions; portal checks (stages, options) come after, in `portalChecks`. */

export const SUBJECT_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 10_000;
const MAX_CATEGORIES = 20;

const subjectSchema = z
  .string()
  .max(SUBJECT_MAX_LENGTH, `At most ${SUBJECT_MAX_LENGTH} characters.`)
  .transform((text) => text.trim())
  .refine((text) => text.length > 0, 'Give the ticket a subject.');

const descriptionSchema = z
  .string()
  .max(DESCRIPTION_MAX_LENGTH, `At most ${DESCRIPTION_MAX_LENGTH} characters.`);

const categoriesSchema = distinctOptionsSchema(MAX_CATEGORIES, 'category');

export const ticketCreateSchema = z
  .object({
    ...recordScopeShape,
    clientRequestId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, "-" or "_".'),
    subject: subjectSchema,
    description: descriptionSchema.optional(),
    pipelineId: pipelineIdSchema,
    stageId: pipelineIdSchema,
    priority: optionValueSchema.nullable().optional(),
    categories: categoriesSchema.optional(),
    ownerId: ownerIdSchema.nullable().optional(),
    linkPrimaryCompany: z.boolean().optional(),
    extraProperties: extraPropertiesSchema.optional(),
  })
  .strict()
  .superRefine((params, ctx) => {
    if (params.linkPrimaryCompany === true && params.recordType !== 'contacts') {
      ctx.addIssue({
        code: 'custom',
        path: ['linkPrimaryCompany'],
        message: "Only a contact's card can link the contact's primary company.",
      });
    }
  });

export type ParsedTicketCreateParams = z.infer<typeof ticketCreateSchema>;

export const ticketsLinkSchema = z
  .object({
    ...recordScopeShape,
    ticketIds: distinctIdsSchema(20),
    label: associationLabelSchema.nullable().optional(),
  })
  .strict();

/** Edits that only the details panel makes, on one ticket at a time. */
const SINGLE_TICKET_FIELDS = ['subject', 'description', 'categories', 'label'] as const;

export const ticketUpdateSchema = z
  .object({
    ...recordScopeShape,
    ticketIds: distinctIdsSchema(50),
    stageId: pipelineIdSchema.optional(),
    close: z.boolean().optional(),
    priority: optionValueSchema.nullable().optional(),
    ownerId: ownerIdSchema.nullable().optional(),
    subject: subjectSchema.optional(),
    description: descriptionSchema.optional(),
    categories: categoriesSchema.optional(),
    label: associationLabelSchema.nullable().optional(),
    extraProperties: extraPropertiesSchema.optional(),
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
    if (params.ticketIds.length > 1) {
      for (const field of SINGLE_TICKET_FIELDS) {
        if (params[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'This can be changed on one ticket at a time.',
          });
        }
      }
    }
    const changes = [
      params.stageId,
      params.close ? true : undefined,
      params.priority,
      params.ownerId,
      ...SINGLE_TICKET_FIELDS.map((field) => params[field]),
      params.extraProperties && Object.keys(params.extraProperties).length > 0 ? true : undefined,
    ];
    if (changes.every((change) => change === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters'],
        message: 'Nothing to change: choose a stage, "close", a priority, an owner or a field.',
      });
    }
  });

export type ParsedTicketUpdateParams = z.infer<typeof ticketUpdateSchema>;
