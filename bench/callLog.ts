/**
 * Reading the sandbox's request log: how many HubSpot calls a case made, how many of
 * them had to wait for one another, and how much of the rate-limit window is spent.
 */

import type { SandboxRequestEntry } from '../sandbox/src/control';

/** One HubSpot call as the sandbox logged it (times in ms since the epoch). */
export interface LoggedCall {
  route: string;
  status: number;
  startMs: number;
  endMs: number;
}

/** The log gives the arrival time and the duration (injected latency included). */
export function toLoggedCalls(entries: readonly SandboxRequestEntry[]): LoggedCall[] {
  return entries.map((entry) => {
    const startMs = Date.parse(entry.at);
    return { route: entry.route, status: entry.status, startMs, endMs: startMs + entry.durationMs };
  });
}

export interface CallStats {
  calls: number;
  /** Longest chain of calls each starting after the previous one ended. */
  sequentialRoundTrips: number;
  rateLimited: number;
  byRoute: Record<string, number>;
}

/**
 * The log's arrival times are whole milliseconds taken a little after the server's own
 * clock for the duration starts, so a call sent the instant the previous one answered
 * can appear to overlap it by a millisecond or so. Parallel calls overlap by far more
 * (the injected latency).
 */
const CLOCK_SLACK_MS = 2;

/**
 * The critical path length in round trips. Any set of pairwise non-overlapping calls
 * can be ordered into a chain, so the longest chain is the largest such set - found
 * greedily by earliest end time.
 */
export function sequentialRoundTrips(calls: readonly LoggedCall[]): number {
  const byEnd = [...calls].sort((a, b) => a.endMs - b.endMs);
  let chain = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const call of byEnd) {
    if (call.startMs >= lastEnd - CLOCK_SLACK_MS) {
      chain += 1;
      lastEnd = call.endMs;
    }
  }
  return chain;
}

export function callStats(calls: readonly LoggedCall[]): CallStats {
  const byRoute: Record<string, number> = {};
  for (const call of calls) byRoute[call.route] = (byRoute[call.route] ?? 0) + 1;
  return {
    calls: calls.length,
    sequentialRoundTrips: sequentialRoundTrips(calls),
    rateLimited: calls.filter((call) => call.status === 429).length,
    byRoute,
  };
}

const TEN_SECONDS_MS = 10_000;
const SEARCH_WINDOW_MS = 1_000;

/**
 * Keeps every call the bench has seen so a measured run never starts with the
 * rate-limit window already spent by the run before it: a 429 would then measure the
 * previous run, not this one. (The storm and the sustained load measure 429s on purpose
 * and do not use this.)
 */
export class RateWindow {
  private readonly seen: LoggedCall[] = [];

  constructor(
    private readonly tenSecondLimit: number,
    private readonly isSearch: (route: string) => boolean,
  ) {}

  record(calls: readonly LoggedCall[]): void {
    this.seen.push(...calls);
    const horizon = Date.now() - 2 * TEN_SECONDS_MS;
    while (this.seen.length > 0 && (this.seen[0] as LoggedCall).startMs < horizon) {
      this.seen.shift();
    }
  }

  /** Waits until `expectedCalls` more fit in the 10 s window and the search second is free. */
  async waitForRoom(expectedCalls: number): Promise<void> {
    const budget = Math.max(0, this.tenSecondLimit - Math.min(expectedCalls, this.tenSecondLimit));
    for (;;) {
      const now = Date.now();
      const inWindow = this.seen.filter((call) => call.startMs > now - TEN_SECONDS_MS);
      const lastSearch = Math.max(
        0,
        ...this.seen.filter((call) => this.isSearch(call.route)).map((call) => call.endMs),
      );
      const searchWait = lastSearch + SEARCH_WINDOW_MS - now;
      if (inWindow.length <= budget && searchWait <= 0) return;
      // The oldest call in the window is the next to leave it.
      const overflow = inWindow.length - budget;
      const oldestToLeave = inWindow.map((call) => call.startMs).sort((a, b) => a - b)[
        Math.max(0, overflow - 1)
      ];
      const windowWait =
        overflow > 0 && oldestToLeave !== undefined ? oldestToLeave + TEN_SECONDS_MS - now : 0;
      await new Promise((resolve) => setTimeout(resolve, Math.max(50, windowWait, searchWait)));
    }
  }
}
