/**
 * Case 4: a support team at work - card opens arrive at a steady rate (open loop: a
 * slow answer does not slow the arrivals) over many typical records, with HubSpot's
 * real limits on. What matters is whether a 429 ever reaches a user.
 */
import type { TicketsListData } from '../../src/app/cards/contract';
import type { CardOutcome } from '../context';
import { callFunction, failureLabel } from '../context';
import type { BenchContext } from '../context';
import { callStats, toLoggedCalls } from '../callLog';
import type { CaseRow, SustainedFigures } from '../results';
import { percentile, summarize } from '../stats';
import { cardFirstPaint } from './firstPaint';

interface Open {
  wallMs: number;
  outcome: CardOutcome<TicketsListData>;
}

export async function sustainedLoad(
  context: BenchContext,
): Promise<{ row: CaseRow; figures: SustainedFigures }> {
  const { opensPerSecond, sustainedSeconds } = context.options;
  const records = context.dataset.typical;
  const total = opensPerSecond * sustainedSeconds;
  process.stdout.write(`  sustained load: ${opensPerSecond} opens/s for ${sustainedSeconds} s\n`);
  // Start with an empty rate-limit window, as the figures are about this load alone.
  await context.window.waitForRoom(120);
  await context.control.clearRequests();
  const startedAt = performance.now();
  const opens: Promise<Open>[] = [];
  for (let index = 0; index < total; index += 1) {
    const due = startedAt + (index * 1000) / opensPerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const record = records[index % records.length];
    if (!record) throw new Error('The dataset has no typical records');
    const openedAt = performance.now();
    opens.push(
      callFunction(context, 'tickets_list', record.id, cardFirstPaint(record.recordType)).then(
        (outcome) => ({ outcome, wallMs: performance.now() - openedAt }),
      ),
    );
  }
  const results = await Promise.all(opens);
  const calls = toLoggedCalls((await context.control.requests()).log);
  context.window.record(calls);
  const stats = callStats(calls);
  const failures = results
    .map((open) => failureLabel(open.outcome))
    .filter((label) => label !== null);
  const rateLimited = failures.filter((label) => label === 'RATE_LIMITED').length;
  const times = results.map((open) => open.wallMs);
  const figures: SustainedFigures = {
    opens: results.length,
    seconds: sustainedSeconds,
    rateLimitedToUser: rateLimited,
    otherFailures: failures.length - rateLimited,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    hubspotCalls: stats.calls,
    hubspot429s: stats.rateLimited,
  };
  const otherCodes = [...new Set(failures.filter((label) => label !== 'RATE_LIMITED'))];
  return {
    figures,
    row: {
      case: `sustained ${opensPerSecond}/s x ${sustainedSeconds} s (p95 ${Math.round(figures.p95)} ms)`,
      ours: summarize(times),
      baseline: null,
      ratio: null,
      calls: { ours: stats.calls / Math.max(1, results.length), oursMax: null, baseline: null },
      oursByRoute: stats.byRoute,
      roundTrips: { ours: null, baseline: null },
      notes: [
        `${rateLimited} RATE_LIMITED to users, ${stats.rateLimited} HubSpot 429s absorbed`,
        ...(otherCodes.length > 0
          ? [`${failures.length - rateLimited} other failures: ${otherCodes.join(', ')}`]
          : []),
      ],
    },
  };
}
