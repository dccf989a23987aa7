/** Injected failures: random rates per route and one-shot "fail the next N calls" rules. */
import type { FaultKind, SandboxConfig } from '../config';
import type { FailNextRequest, FailNextStatus, RateLimitPolicy } from '../control';
import { validationError } from './hubspotError';

export type Fault = (
  { status: Exclude<FailNextStatus, 429> } | { status: 429; policy: RateLimitPolicy }
) & { echoAuthorization?: boolean };

const FAIL_NEXT_STATUSES: readonly FailNextStatus[] = [
  400,
  401,
  403,
  404,
  409,
  429,
  500,
  502,
  503,
  'reset',
  'malformed',
];

const ORDER: readonly FaultKind[] = [
  '500',
  '502',
  '503',
  '429-ten-secondly',
  '429-secondly',
  '429-daily',
];

function faultOf(kind: FaultKind): Fault {
  switch (kind) {
    case '500':
      return { status: 500 };
    case '502':
      return { status: 502 };
    case '503':
      return { status: 503 };
    case '429-ten-secondly':
      return { status: 429, policy: 'TEN_SECONDLY_ROLLING' };
    case '429-secondly':
      return { status: 429, policy: 'SECONDLY' };
    case '429-daily':
      return { status: 429, policy: 'DAILY' };
  }
}

interface FailNextRule {
  remaining: number;
  fault: Fault;
  match?: string;
}

export function parseFailNext(body: unknown): FailNextRequest {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const count = input.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw validationError('count must be an integer >= 1');
  }
  const status = input.status as FailNextStatus;
  if (!FAIL_NEXT_STATUSES.includes(status)) {
    throw validationError(`status must be one of ${FAIL_NEXT_STATUSES.join(', ')}`);
  }
  const policy = input.policy;
  if (
    policy !== undefined &&
    policy !== 'TEN_SECONDLY_ROLLING' &&
    policy !== 'SECONDLY' &&
    policy !== 'DAILY'
  ) {
    throw validationError('policy must be TEN_SECONDLY_ROLLING, SECONDLY or DAILY');
  }
  if (input.match !== undefined && typeof input.match !== 'string') {
    throw validationError('match must be a string');
  }
  if (input.echoAuthorization !== undefined && typeof input.echoAuthorization !== 'boolean') {
    throw validationError('echoAuthorization must be a boolean');
  }
  return {
    count,
    status,
    ...(policy ? { policy } : {}),
    ...(input.echoAuthorization ? { echoAuthorization: true } : {}),
    ...(input.match !== undefined ? { match: input.match } : {}),
  };
}

export class FaultInjector {
  private rules: FailNextRule[] = [];

  failNext(request: FailNextRequest): number {
    const fault: Fault = {
      ...(request.status === 429
        ? { status: 429, policy: request.policy ?? 'TEN_SECONDLY_ROLLING' }
        : { status: request.status }),
      ...(request.echoAuthorization ? { echoAuthorization: true } : {}),
    };
    this.rules.push({
      remaining: request.count,
      fault,
      ...(request.match !== undefined ? { match: request.match } : {}),
    });
    return this.pending();
  }

  pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault to inject into this call, if any (consumes a fail-next slot). */
  pick(
    method: string,
    path: string,
    routeKey: string,
    faults: SandboxConfig['faults'],
    random: () => number = Math.random,
  ): Fault | undefined {
    const rule = this.rules.find((candidate) => matches(candidate.match, method, path, routeKey));
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
      return rule.fault;
    }
    const rates = { ...faults.rates, ...(faults.routes[routeKey] ?? {}) };
    for (const kind of ORDER) {
      const rate = rates[kind];
      if (rate && random() < rate) return faultOf(kind);
    }
    return undefined;
  }
}

/** HubSpot's category and message for an injected error status. */
export const FAULT_ERRORS: Record<
  Exclude<FailNextStatus, 429 | 'reset' | 'malformed'>,
  [string, string]
> = {
  400: ['VALIDATION_ERROR', 'Property values were not valid'],
  401: [
    'INVALID_AUTHENTICATION',
    'Authentication credentials not found or invalid. The private app access token was not recognized.',
  ],
  403: ['MISSING_SCOPES', 'This app has not been granted all required scopes to make this call.'],
  404: ['OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.'],
  409: ['CONFLICT', 'Conflict: the object was changed by another request'],
  500: ['INTERNAL_ERROR', 'internal error'],
  502: ['BAD_GATEWAY', 'Bad Gateway: the upstream service did not answer'],
  503: ['SERVICE_UNAVAILABLE', 'Service Unavailable: try again later'],
};

function matches(
  match: string | undefined,
  method: string,
  path: string,
  routeKey: string,
): boolean {
  if (match === undefined) return true;
  return match === routeKey || `${method} ${path}`.startsWith(match) || path.startsWith(match);
}
