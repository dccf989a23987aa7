/**
 * Case 5: a 429 storm - the sandbox rejects half of all HubSpot calls, once with the
 * ten-secondly policy (where the SDK's own retry would wait 10 s) and once with the
 * search/secondly one. Every card open must end, correct or as a clean failure, within
 * the 9 s budget.
 */
import type { TicketsListData } from '../../src/app/cards/contract';
import type { FaultKind } from '../../sandbox/src/control';
import type { BenchContext, CardOutcome } from '../context';
import { callFunction, failureLabel, measure } from '../context';
import type { BenchRecord } from '../dataset';
import type { CaseRow, StormFigures } from '../results';
import { median, percentile, summarize, sumCounts } from '../stats';
import { cardFirstPaint } from './firstPaint';

const STORM_RATE = 0.5;
const POLICIES: readonly FaultKind[] = ['429-ten-secondly', '429-secondly'];
/** Failures a card can show as "try again": the function kept its promise. */
const CLEAN_FAILURES = new Set(['RATE_LIMITED', 'UNAVAILABLE']);

function open(context: BenchContext, record: BenchRecord) {
  return callFunction(context, 'tickets_list', record.id, cardFirstPaint(record.recordType));
}

function fingerprint(outcome: CardOutcome<TicketsListData>): string | null {
  if (!outcome.ok) return null;
  const { counts, tickets } = outcome.data;
  // Creation times, not ids: tickets created in one batch tie, and ties may come either way.
  return `${counts.open}/${counts.closed}:${tickets.map((ticket) => Date.parse(ticket.createdAt)).join()}`;
}

export async function stormCase(
  context: BenchContext,
): Promise<{ row: CaseRow; figures: StormFigures }> {
  // Largest first: a short (--quick) storm still covers the search path.
  const candidates = [
    ...[...context.dataset.sized]
      .reverse()
      .filter((sized) => sized.size > 0)
      .flatMap((sized) => [sized.contact, sized.company]),
    ...context.dataset.typical.slice(0, 4),
  ];
  const records = candidates.slice(0, Math.max(1, context.options.stormOpens));
  // The right answers, taken before the storm.
  const expected = new Map<string, string | null>();
  for (const record of records) {
    await context.window.waitForRoom(6);
    const answer = await measure(context, () => open(context, record));
    expected.set(record.id, fingerprint(answer.value));
  }

  const times: number[] = [];
  const calls: number[] = [];
  const byRoute: Record<string, number>[] = [];
  const failuresByCode: Record<string, number> = {};
  let correct = 0;
  let wrong = 0;
  for (const policy of POLICIES) {
    process.stdout.write(
      `  429 storm (${policy} at ${STORM_RATE}): ${context.options.stormOpens} opens\n`,
    );
    await context.window.waitForRoom(120);
    await context.control.setConfig({ faults: { rates: { [policy]: STORM_RATE } } });
    try {
      for (let index = 0; index < context.options.stormOpens; index += 1) {
        const record = records[index % records.length] as BenchRecord;
        // Every other open on a cold container: caches empty, more calls at risk.
        if (index % 2 === 0) context.runtime.coldStart();
        const run = await measure(context, () => open(context, record));
        times.push(run.wallMs);
        calls.push(run.calls.calls);
        byRoute.push(run.calls.byRoute);
        const label = failureLabel(run.value);
        if (label === null) {
          if (fingerprint(run.value) === expected.get(record.id)) correct += 1;
          else wrong += 1;
        } else {
          failuresByCode[label] = (failuresByCode[label] ?? 0) + 1;
        }
      }
    } finally {
      await context.control.setConfig({ faults: { rates: { [policy]: 0 } } });
    }
  }
  const cleanFailures = Object.entries(failuresByCode)
    .filter(([code]) => CLEAN_FAILURES.has(code))
    .reduce((sum, [, count]) => sum + count, 0);
  const unclean = times.length - correct - wrong - cleanFailures;
  const figures: StormFigures = {
    opens: times.length,
    correct,
    cleanFailures,
    wrongAnswers: wrong,
    maxMs: Math.max(...times),
    p50: percentile(times, 50),
    failuresByCode,
  };
  const notes = [`${correct} correct, ${cleanFailures} clean failures`];
  if (wrong > 0) notes.push(`${wrong} WRONG answers`);
  if (unclean > 0) notes.push(`${unclean} unclean failures: ${JSON.stringify(failuresByCode)}`);
  return {
    figures,
    row: {
      case: `429 storm (half of calls), max ${Math.round(figures.maxMs)} ms`,
      ours: summarize(times),
      baseline: null,
      ratio: null,
      calls: { ours: median(calls), oursMax: Math.max(...calls), baseline: null },
      oursByRoute: sumCounts(byRoute),
      roundTrips: { ours: null, baseline: null },
      notes,
    },
  };
}
