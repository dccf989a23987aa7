/**
 * A typed client of the sandbox's control API (`/__sandbox/...`), for tests, the bench
 * and the preview. It talks HTTP, so it works against an in-process or a separate sandbox.
 */
import type { FaultKind, SandboxConfig, SandboxConfigPatch } from './config';
import type { SandboxSnapshot } from './store/types';

export type { FaultKind, SandboxConfig, SandboxConfigPatch, SandboxSnapshot };

export interface SandboxHealth {
  ok: true;
  seed: string;
  counts: { tickets: number; contacts: number; companies: number };
}

export type RateLimitPolicy = 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY';

export interface FailNextRequest {
  count: number;
  status: 429 | 500 | 502 | 503;
  /** For 429 only; default TEN_SECONDLY_ROLLING. */
  policy?: RateLimitPolicy;
  /**
   * Which HubSpot calls to fail: a route key (`POST /crm/v3/objects/{objectType}/search`),
   * a `METHOD /path` prefix (`GET /crm/v3/objects/tickets`) or a bare path prefix.
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
  /** The route key, e.g. `POST /crm/v3/objects/{objectType}/search`. */
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
    const response = await fetch(`${root}/${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
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
  };
}
