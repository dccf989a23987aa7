/** Reading query strings the way HubSpot does: arrays repeated or comma-separated. */
import { validationError } from './hubspotError';

export type Query = Record<string, string | string[] | undefined>;

export function queryList(query: Query, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) return [];
  const values = Array.isArray(raw) ? raw : [raw];
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function queryString(query: Query, name: string): string | undefined {
  const raw = query[name];
  return Array.isArray(raw) ? raw[raw.length - 1] : raw;
}

export function queryBoolean(query: Query, name: string): boolean {
  const raw = queryString(query, name);
  if (raw === undefined || raw === '') return false;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw validationError(
    `Invalid value for query parameter ${name}: ${JSON.stringify(raw)} (true or false)`,
  );
}

export function queryInteger(
  query: Query,
  name: string,
  fallback: number,
  bounds: { min: number; max: number },
): number {
  const raw = queryString(query, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) {
    throw validationError(`Invalid value for query parameter ${name}: ${JSON.stringify(raw)}`);
  }
  const value = Number(raw);
  if (value < bounds.min || value > bounds.max) {
    throw validationError(`${name} must be between ${bounds.min} and ${bounds.max}, got ${value}`);
  }
  return value;
}
