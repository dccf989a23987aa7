/**
 * A typed client of the sandbox's control API (`/__sandbox/...`), for tests, the bench
 * and the preview. It talks HTTP, so it works against an in-process or a separate sandbox.
 */
import type { FaultKind, SandboxConfig, SandboxConfigPatch } from './config';
import type { SandboxSnapshot, ValidationRule } from './store/types';

export type { FaultKind, SandboxConfig, SandboxConfigPatch, SandboxSnapshot, ValidationRule };

export interface ValidationRules {
  rules: ValidationRule[];
}

export interface SandboxHealth {
  ok: true;
  seed: string;
  counts: { tickets: number; contacts: number; companies: number };
}

export type RateLimitPolicy = 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY';

/**
 * An HTTP status HubSpot answers with; `reset`: the connection is dropped unanswered;
 * `malformed`: a 200 whose JSON body is `{}` (no `results`, no `id`), for the caller's
 * handling of an answer it cannot use.
 */
export type FailNextStatus =
  400 | 401 | 403 | 404 | 409 | 429 | 500 | 502 | 503 | 'reset' | 'malformed';

export interface FailNextRequest {
  count: number;
  status: FailNextStatus;
  /** For 429 only; default TEN_SECONDLY_ROLLING. */
  policy?: RateLimitPolicy;
  /**
   * Quote the request's Authorization header in the error body's message, as a careless
   * upstream or proxy might: for tests that the token never reaches the card or the logs.
   */
  echoAuthorization?: boolean;
  /**
   * Which HubSpot calls to fail: a route key (`POST /crm/objects/2026-09/{objectType}/search`),
   * a `METHOD /path` prefix (`GET /crm/objects/2026-09/tickets`) or a bare path prefix.
   * Omitted: any call.
   */
  match?: string;
}

export interface FailNextResponse {
  /** Failures still queued across all fail-next rules. */
  pending: number;
}

export interface SandboxRequestEntry {
  method: string;
  path: string;
  /** The route key, e.g. `POST /crm/objects/2026-09/{objectType}/search`. */
  route: string;
  status: number;
  durationMs: number;
  /** When the request arrived, ISO-8601. */
  at: string;
}

export interface SandboxRequestLog {
  total: number;
  byRoute: Record<string, number>;
  log: SandboxRequestEntry[];
}

export interface SandboxControl {
  health(): Promise<SandboxHealth>;
  getConfig(): Promise<SandboxConfig>;
  setConfig(patch: SandboxConfigPatch): Promise<SandboxConfig>;
  resetConfig(): Promise<SandboxConfig>;
  failNext(request: FailNextRequest): Promise<FailNextResponse>;
  /** Reloads a seed (default: the current one) and clears the request log. */
  reset(seed?: string): Promise<SandboxHealth>;
  snapshot(): Promise<SandboxSnapshot>;
  restore(snapshot: SandboxSnapshot): Promise<SandboxHealth>;
  requests(): Promise<SandboxRequestLog>;
  clearRequests(): Promise<void>;
  /** The portal's validation rules 2026-09 enforces on ticket writes. */
  validationRules(): Promise<ValidationRules>;
  /** Replaces every rule (persisted with the store; a reset restores the seed's). */
  setValidationRules(rules: ValidationRule[]): Promise<ValidationRules>;
  clearValidationRules(): Promise<void>;
}

export class SandboxControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} answered ${status}: ${body}`);
    this.name = 'SandboxControlError';
  }
}

export function createSandboxControl(baseUrl: string): SandboxControl {
  const root = `${baseUrl.replace(/\/+$/, '')}/__sandbox`;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    // State-changing control calls must be JSON (the sandbox refuses anything else).
    const response = await fetch(`${root}/${path}`, {
      method,
      ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' } }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new SandboxControlError(response.status, text, `${method} ${path}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    health: () => call('GET', 'health'),
    getConfig: () => call('GET', 'config'),
    setConfig: (patch) => call('PATCH', 'config', patch),
    resetConfig: () => call('POST', 'config/reset'),
    failNext: (request) => call('POST', 'fail-next', request),
    reset: (seed) => call('POST', 'reset', seed === undefined ? {} : { seed }),
    snapshot: () => call('GET', 'snapshot'),
    restore: (snapshot) => call('POST', 'snapshot', snapshot),
    requests: () => call('GET', 'requests'),
    clearRequests: () => call('DELETE', 'requests'),
    validationRules: () => call('GET', 'validation-rules'),
    setValidationRules: (rules) => call('PUT', 'validation-rules', { rules }),
    clearValidationRules: () => call('DELETE', 'validation-rules'),
  };
}
