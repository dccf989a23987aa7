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
