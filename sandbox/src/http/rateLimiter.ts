/**
 * HubSpot's limits per token: a 10-second rolling window over all calls, a per-second
 * window over search calls, and a daily count. Only accepted calls count.
 */
import type { SandboxConfig } from '../config';
import type { RateLimitPolicyName } from './hubspotError';

const TEN_SECONDS = 10_000;
const ONE_SECOND = 1_000;

export interface RateLimitDecision {
  rejectedBy?: RateLimitPolicyName;
  headers: Record<string, string>;
}

class Window {
  private readonly times: number[] = [];

  constructor(private readonly lengthMs: number) {}

  count(now: number): number {
    const times = this.times;
    let expired = 0;
    while (expired < times.length && (times[expired] ?? 0) <= now - this.lengthMs) expired += 1;
    if (expired > 0) times.splice(0, expired);
    return times.length;
  }

  add(now: number): void {
    this.times.push(now);
  }
}

interface TokenState {
  tenSecondly: Window;
  secondly: Window;
  day: string;
  daily: number;
}

export class RateLimiter {
  private readonly tokens = new Map<string, TokenState>();

  check(
    token: string,
    isSearch: boolean,
    now: number,
    limits: SandboxConfig['rateLimits'],
  ): RateLimitDecision {
    let state = this.tokens.get(token);
    if (!state) {
      state = {
        tenSecondly: new Window(TEN_SECONDS),
        secondly: new Window(ONE_SECOND),
        day: '',
        daily: 0,
      };
      this.tokens.set(token, state);
    }
    const day = new Date(now).toISOString().slice(0, 10);
    if (state.day !== day) {
      state.day = day;
      state.daily = 0;
    }
    const used = state.tenSecondly.count(now);
    const searchUsed = state.secondly.count(now);
    const headers: Record<string, string> = {};
    if (limits.tenSecondly !== null) {
      headers['X-HubSpot-RateLimit-Interval-Milliseconds'] = String(TEN_SECONDS);
      headers['X-HubSpot-RateLimit-Max'] = String(limits.tenSecondly);
    }
    if (limits.daily !== null) headers['X-HubSpot-RateLimit-Daily'] = String(limits.daily);

    let rejectedBy: RateLimitPolicyName | undefined;
    if (limits.daily !== null && state.daily >= limits.daily) rejectedBy = 'DAILY';
    else if (limits.tenSecondly !== null && used >= limits.tenSecondly)
      rejectedBy = 'TEN_SECONDLY_ROLLING';
    else if (isSearch && limits.secondly !== null && searchUsed >= limits.secondly)
      rejectedBy = 'SECONDLY';

    if (!rejectedBy) {
      state.tenSecondly.add(now);
      if (isSearch) state.secondly.add(now);
      state.daily += 1;
    }
    const accepted = rejectedBy ? 0 : 1;
    if (limits.tenSecondly !== null) {
      headers['X-HubSpot-RateLimit-Remaining'] = String(
        Math.max(0, limits.tenSecondly - used - accepted),
      );
    }
    if (limits.daily !== null) {
      headers['X-HubSpot-RateLimit-Daily-Remaining'] = String(
        Math.max(0, limits.daily - state.daily),
      );
    }
    return rejectedBy ? { rejectedBy, headers } : { headers };
  }

  clear(): void {
    this.tokens.clear();
  }
}
