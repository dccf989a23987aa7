/**
 * The sandbox's live configuration: index lag, rate limits, injected latency and faults.
 * Settable at start (`startSandbox({config})`) and at run time (`PATCH /__sandbox/config`).
 */

export interface LatencySpec {
  fixedMs: number;
  jitterMs: number;
}

export type FaultKind = '500' | '502' | '503' | '429-ten-secondly' | '429-secondly' | '429-daily';

/** Probability (0..1) of each injected failure. */
export type FaultRates = Partial<Record<FaultKind, number>>;

/**
 * The body of a 400 that a portal rule causes. HubSpot's exact body is unpublished, so
 * both plausible shapes exist: `errors[].context.propertyName`, or the names only inside
 * the `Property values were not valid: [...]` message text.
 */
export type ValidationErrorShape = 'context' | 'message';

export const VALIDATION_ERROR_SHAPES: readonly ValidationErrorShape[] = ['context', 'message'];

export interface SandboxConfig {
  /** A write becomes visible to search this many ms after it happened. */
  indexLagMs: number;
  /** Per token; null switches a limit off. `daily` is an addition to the documented pair. */
  rateLimits: { tenSecondly: number | null; secondly: number | null; daily: number | null };
  /** Keys of `routes` are route keys such as `GET /crm/objects/2026-09/{objectType}/{objectId}`. */
  latency: { default: LatencySpec; routes: Record<string, LatencySpec> };
  faults: { rates: FaultRates; routes: Record<string, FaultRates> };
  validationErrorShape: ValidationErrorShape;
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object | null ? DeepPartial<T[K]> | Extract<T[K], null> : T[K];
};

export type SandboxConfigPatch = DeepPartial<SandboxConfig>;

export function defaultConfig(): SandboxConfig {
  return {
    indexLagMs: 0,
    rateLimits: { tenSecondly: 190, secondly: 5, daily: 1_000_000 },
    latency: { default: { fixedMs: 0, jitterMs: 0 }, routes: {} },
    faults: { rates: {}, routes: {} },
    validationErrorShape: 'context',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge where plain objects merge key by key and anything else (null too) replaces. */
export function mergeConfig<T>(base: T, patch: unknown): T {
  if (!isRecord(base) || !isRecord(patch)) return (patch === undefined ? base : patch) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    // A JSON patch may carry these as own keys; copying them would swap the prototype.
    if (value === undefined || key === '__proto__' || key === 'constructor') continue;
    merged[key] =
      isRecord(merged[key]) && isRecord(value) ? mergeConfig(merged[key], value) : value;
  }
  return merged as T;
}

const FAULT_KINDS: readonly FaultKind[] = [
  '500',
  '502',
  '503',
  '429-ten-secondly',
  '429-secondly',
  '429-daily',
];

/** Returns a list of problems; empty when the config is usable. */
export function configProblems(config: SandboxConfig): string[] {
  const problems: string[] = [];
  const nonNegative = (value: unknown, where: string): void => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push(`${where} must be a number >= 0`);
    }
  };
  nonNegative(config.indexLagMs, 'indexLagMs');
  if (!isRecord(config.rateLimits)) problems.push('rateLimits must be an object');
  else {
    for (const key of ['tenSecondly', 'secondly', 'daily'] as const) {
      const value = config.rateLimits[key];
      if (value !== null) nonNegative(value, `rateLimits.${key}`);
    }
  }
  const checkLatency = (spec: unknown, where: string): void => {
    if (!isRecord(spec)) {
      problems.push(`${where} must be {fixedMs, jitterMs}`);
      return;
    }
    nonNegative(spec.fixedMs, `${where}.fixedMs`);
    nonNegative(spec.jitterMs, `${where}.jitterMs`);
  };
  if (!isRecord(config.latency)) problems.push('latency must be an object');
  else {
    checkLatency(config.latency.default, 'latency.default');
    if (!isRecord(config.latency.routes)) problems.push('latency.routes must be an object');
    else {
      for (const [route, spec] of Object.entries(config.latency.routes)) {
        checkLatency(spec, `latency.routes[${route}]`);
      }
    }
  }
  const checkRates = (rates: unknown, where: string): void => {
    if (!isRecord(rates)) {
      problems.push(`${where} must be an object`);
      return;
    }
    for (const [kind, rate] of Object.entries(rates)) {
      if (!FAULT_KINDS.includes(kind as FaultKind)) {
        problems.push(`${where}: unknown fault "${kind}" (one of ${FAULT_KINDS.join(', ')})`);
      } else if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
        problems.push(`${where}.${kind} must be a number between 0 and 1`);
      }
    }
  };
  if (!isRecord(config.faults)) problems.push('faults must be an object');
  else {
    checkRates(config.faults.rates, 'faults.rates');
    if (!isRecord(config.faults.routes)) problems.push('faults.routes must be an object');
    else {
      for (const [route, rates] of Object.entries(config.faults.routes)) {
        checkRates(rates, `faults.routes[${route}]`);
      }
    }
  }
  if (!VALIDATION_ERROR_SHAPES.includes(config.validationErrorShape)) {
    problems.push(`validationErrorShape must be one of ${VALIDATION_ERROR_SHAPES.join(', ')}`);
  }
  return problems;
}
