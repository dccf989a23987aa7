import { z } from 'zod';

/** Building blocks shared by the per-function parameter schemas. */

/** HubSpot object ids are digit strings; 18 digits stays inside a signed 64-bit id. */
export const objectIdSchema = z
  .string({ invalid_type_error: 'Must be a ticket id (text of digits).' })
  .regex(/^[1-9]\d{0,17}$/, 'Must be a ticket id (digits only).');

/** Pipeline and stage ids: digits in most portals, but "default"-style ids exist too. */
export const pipelineIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Not a pipeline or stage id.');

export const recordScopeShape = {
  recordType: z.enum(['contacts', 'companies'], {
    errorMap: () => ({ message: 'Must be contacts or companies.' }),
  }),
  portalId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
};

/** min..max distinct ids; duplicates are reported at the repeated index. */
export function distinctIdsSchema(max: number, min = 1) {
  return z
    .array(objectIdSchema, { invalid_type_error: 'Must be a list of ticket ids.' })
    .min(min, 'Choose at least one ticket.')
    .max(max, `At most ${max} tickets at a time.`)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: [index], message: 'This ticket is listed twice.' });
        }
        seen.add(id);
      });
    });
}

export const optionValueSchema = z.string().min(1).max(100);

/** HubSpot owner ids are digit strings too (not the user id). */
export const ownerIdSchema = z
  .string({ invalid_type_error: 'Must be an owner id (text of digits).' })
  .regex(/^[1-9]\d{0,17}$/, 'Must be an owner id (digits only).');

/**
 * The card's `context.user`, reduced to what finds its owner. Untrusted: used only to
 * pick "me" among the portal's owners, never for access decisions.
 */
export const currentUserSchema = z
  .object({
    userId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    email: z.string().max(254, 'At most 254 characters.').email('Not an email address.').optional(),
  })
  .strict();

/** A label of the ticket's link to the record, as HubSpot's labels endpoint lists them. */
export const associationLabelSchema = z
  .object({
    typeId: z.number().int().positive().max(2_147_483_647),
    category: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED']),
  })
  .strict();

export const EXTRA_PROPERTIES_MAX = 20;
const EXTRA_VALUE_MAX_LENGTH = 10_000;

/**
 * Answers to a PROPERTIES_REQUIRED question: property name -> value. Only the shape is
 * checked here; whether the portal lets the app write each property is checked against
 * its definitions (`checkExtraProperties`).
 */
export const extraPropertiesSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, 'Not a HubSpot property name.'),
    z.string().max(EXTRA_VALUE_MAX_LENGTH, `At most ${EXTRA_VALUE_MAX_LENGTH} characters.`),
    { invalid_type_error: 'Must be an object of property names and text values.' },
  )
  .superRefine((values, ctx) => {
    if (Object.keys(values).length > EXTRA_PROPERTIES_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `At most ${EXTRA_PROPERTIES_MAX} properties at a time.`,
      });
    }
  });

/** Option values listed at most once (categories, priorities). */
export function distinctOptionsSchema(max: number, what: string, min = 0) {
  return z
    .array(optionValueSchema)
    .min(min, `Choose at least one ${what}.`)
    .max(max, `At most ${max} ${what} values.`)
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: 'Listed twice.' });
        }
      });
    });
}
