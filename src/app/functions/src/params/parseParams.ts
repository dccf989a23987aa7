import type { z } from 'zod';
import type { FieldError } from '../../../cards/contract';
import { validationFailure } from '../run/functionFailure';

/**
 * Parses untrusted card parameters against a strict schema, reporting every problem as a
 * field error the card can show next to the input. Keys that could reach an object's
 * prototype are refused before the schema sees them, wherever they are nested.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 6;

function forbiddenKeyErrors(value: unknown, path: string[], depth = 0): FieldError[] {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return [];
  const errors: FieldError[] = [];
  for (const key of Object.keys(value)) {
    const keyPath = [...path, key];
    if (FORBIDDEN_KEYS.has(key)) {
      errors.push({ field: keyPath.join('.'), message: 'This key is not allowed.' });
      continue;
    }
    errors.push(...forbiddenKeyErrors((value as Record<string, unknown>)[key], keyPath, depth + 1));
  }
  return errors;
}

export function issuesToFieldErrors(issues: z.ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ field: [...base, key].join('.'), message: 'Unknown parameter.' });
      }
      continue;
    }
    errors.push({ field: base.length > 0 ? base.join('.') : 'parameters', message: issue.message });
  }
  return errors;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseWith<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  raw: unknown,
): ParseOutcome<T> {
  const forbidden = forbiddenKeyErrors(raw, []);
  if (forbidden.length > 0) return { ok: false, errors: forbidden };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) };
}

export function throwIfInvalid(errors: FieldError[]): void {
  if (errors.length > 0) throw validationFailure(errors);
}
