/**
 * Case 7: the company roll-up at size - a company with 2,000 contacts and 20,000 tickets
 * across them (rollUpDataset.ts), the card's first paint with "include contacts'
 * tickets" on, cold and warm. The answer must count every ticket exactly and leave no
 * contact out; calls and sequential round trips come from the sandbox's log.
 */
import type { TicketsListData } from '../../src/app/cards/contract';
import type { BenchContext, CardOutcome, Measured } from '../context';
import { callFunction, failureLabel, measure } from '../context';
import type { CaseRow, RollUpFigures } from '../results';
import { median, summarize, sumCounts } from '../stats';
import type { RollUpCompany } from '../rollUpDataset';
import { cardFirstPaint } from './firstPaint';

const EXPECTED_CALLS = 45;

function problemOf(outcome: CardOutcome<TicketsListData>, big: RollUpCompany): string | null {
  if (!outcome.ok) return `failed: ${failureLabel(outcome)}`;
  const { counts, rollUp } = outcome.data;
  if (counts.open !== big.counts.open || counts.closed !== big.counts.closed) {
    return `counts ${counts.open}/${counts.closed}, the company has ${big.counts.open}/${big.counts.closed}`;
  }
  if (
    rollUp?.contacts !== big.contacts ||
    rollUp.contactsLeftOut !== 0 ||
    rollUp.addedTickets !== big.contactOnly
  ) {
    return `rollUp ${JSON.stringify(rollUp)}`;
  }
  return null;
}

export async function rollUpCase(
  context: BenchContext,
  big: RollUpCompany,
): Promise<{ rows: CaseRow[]; figures: RollUpFigures }> {
  const runs = Math.max(1, context.options.largeRuns);
  const params = {
    ...cardFirstPaint('companies'),
    includeContactTickets: true,
  };
  process.stdout.write(
    `  roll-up: ${big.contacts.toLocaleString('en-US')} contacts, ${big.company.linkedTickets.toLocaleString('en-US')} tickets (${runs} runs)\n`,
  );
  const cold: Measured<CardOutcome<TicketsListData>>[] = [];
  const warm: Measured<CardOutcome<TicketsListData>>[] = [];
  for (let run = 0; run < runs; run += 1) {
    context.runtime.coldStart();
    await context.window.waitForRoom(EXPECTED_CALLS);
    cold.push(
      await measure(context, () => callFunction(context, 'tickets_list', big.company.id, params)),
    );
    await context.window.waitForRoom(EXPECTED_CALLS);
    warm.push(
      await measure(context, () => callFunction(context, 'tickets_list', big.company.id, params)),
    );
  }
  const problems = [...cold, ...warm]
    .map((run) => problemOf(run.value, big))
    .filter((problem) => problem !== null);
  const rowOf = (name: string, series: Measured<CardOutcome<TicketsListData>>[]): CaseRow => ({
    case: `roll-up ${big.contacts.toLocaleString('en-US')} contacts, ${big.company.linkedTickets.toLocaleString('en-US')} tickets, ${name}`,
    ours: summarize(series.map((run) => run.wallMs)),
    baseline: null,
    ratio: null,
    calls: {
      ours: median(series.map((run) => run.calls.calls)),
      oursMax: Math.max(...series.map((run) => run.calls.calls)),
      baseline: null,
    },
    oursByRoute: sumCounts(series.map((run) => run.calls.byRoute)),
    roundTrips: {
      ours: Math.max(...series.map((run) => run.calls.sequentialRoundTrips)),
      baseline: null,
    },
    notes: [...new Set(problems)],
  });
  const searches = (series: Measured<unknown>[]) =>
    median(
      series.map((run) =>
        Object.entries(run.calls.byRoute)
          .filter(([route]) => route.endsWith('/search'))
          .reduce((sum, [, count]) => sum + count, 0),
      ),
    );
  return {
    rows: [rowOf('cold', cold), rowOf('warm', warm)],
    figures: {
      contacts: big.contacts,
      tickets: big.company.linkedTickets,
      exact: problems.length === 0,
      problems: [...new Set(problems)],
      warmCalls: median(warm.map((run) => run.calls.calls)),
      warmSearches: searches(warm),
      warmRoundTrips: Math.max(...warm.map((run) => run.calls.sequentialRoundTrips)),
      warmMs: median(warm.map((run) => run.wallMs)),
    },
  };
}
