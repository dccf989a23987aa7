/**
 * Cases 1 and 2: the card's first paint (`tickets_list` with the card's defaults) on
 * records of every size, cold and warm, interleaved run by run with the baseline.
 */
import { initialQuery } from '../../src/app/cards/tickets/state/ticketsListState';
import { PAGE_SIZE } from '../../src/app/cards/tickets/state/useTicketsList';
import type { RecordType, TicketsListData, TicketsListParams } from '../../src/app/cards/contract';
import type { BaselineFirstPaint } from '../baseline/commonWayFirstPaint';
import { commonWayFirstPaint } from '../baseline/commonWayFirstPaint';
import type { BenchContext, CardOutcome, Measured } from '../context';
import { callFunction, failureLabel, measure } from '../context';
import type { BenchRecord } from '../dataset';
import type { CaseRow } from '../results';
import { ratioOf } from '../results';
import { median, summarize, sumCounts } from '../stats';

/** A portal id for the links in the results (the card sends the one of its context). */
const PORTAL_ID = 12345678;

/** What the cards send on open (their own defaults, imported so the two cannot drift). */
export function cardFirstPaint(recordType: RecordType): TicketsListParams {
  return {
    recordType,
    portalId: PORTAL_ID,
    filter: initialQuery.filter,
    sort: initialQuery.sort,
    pageSize: PAGE_SIZE,
    cursor: null,
    ...(recordType === 'companies'
      ? { includeContactTickets: initialQuery.includeContactTickets }
      : {}),
  };
}

/** Generous guesses, only used to wait for room in the rate-limit window. */
const OURS_EXPECTED_CALLS = 6;
function baselineExpectedCalls(linkedTickets: number): number {
  return 1 + Math.max(1, Math.ceil(linkedTickets / 500)) + Math.ceil(linkedTickets / 100);
}

function oursFirstPaint(context: BenchContext, record: BenchRecord) {
  return callFunction(context, 'tickets_list', record.id, cardFirstPaint(record.recordType));
}

/** Same counts and the same page (compared by creation times: ties may order either way). */
function disagreement(
  ours: CardOutcome<TicketsListData>,
  baseline: BaselineFirstPaint,
  record: BenchRecord,
): string | null {
  if (!ours.ok) return `ours failed: ${failureLabel(ours)}`;
  const { counts, tickets } = ours.data;
  if (counts.open + counts.closed !== record.linkedTickets) {
    return `ours counted ${counts.open + counts.closed} tickets, the record has ${record.linkedTickets}`;
  }
  if (counts.open !== baseline.counts.open || counts.closed !== baseline.counts.closed) {
    return `counts differ: ours ${counts.open}/${counts.closed}, baseline ${baseline.counts.open}/${baseline.counts.closed}`;
  }
  const ourTimes = tickets.map((ticket) => Date.parse(ticket.createdAt)).join();
  const baselineTimes = baseline.tickets.map((ticket) => Date.parse(ticket.createdAt)).join();
  return ourTimes === baselineTimes ? null : 'first page differs from the baseline';
}

interface Series {
  cold: Measured<CardOutcome<TicketsListData>>[];
  warm: Measured<CardOutcome<TicketsListData>>[];
  baseline: Measured<BaselineFirstPaint | Error>[];
}

async function runSeries(
  context: BenchContext,
  record: BenchRecord,
  runs: number,
): Promise<Series> {
  const series: Series = { cold: [], warm: [], baseline: [] };
  const baselineCalls = baselineExpectedCalls(record.linkedTickets);
  for (let run = 0; run < runs; run += 1) {
    context.runtime.coldStart();
    await context.window.waitForRoom(OURS_EXPECTED_CALLS);
    series.cold.push(await measure(context, () => oursFirstPaint(context, record)));
    await context.window.waitForRoom(OURS_EXPECTED_CALLS);
    series.warm.push(await measure(context, () => oursFirstPaint(context, record)));
    await context.window.waitForRoom(baselineCalls);
    series.baseline.push(
      await measure(context, () =>
        commonWayFirstPaint(context.client, record.recordType, record.id, PAGE_SIZE).catch(
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        ),
      ),
    );
  }
  return series;
}

function notesFor(
  series: Series,
  ours: Measured<CardOutcome<TicketsListData>>[],
  record: BenchRecord,
) {
  const notes = new Set<string>();
  for (const [index, run] of ours.entries()) {
    const baseline = series.baseline[index]?.value;
    if (!baseline || baseline instanceof Error) {
      notes.add(`baseline failed: ${baseline?.message ?? 'no run'}`);
      continue;
    }
    const problem = disagreement(run.value, baseline, record);
    if (problem) notes.add(problem);
  }
  return [...notes];
}

function row(
  name: string,
  ours: Measured<CardOutcome<TicketsListData>>[],
  series: Series,
  record: BenchRecord,
): CaseRow {
  const oursSummary = summarize(ours.map((run) => run.wallMs));
  const baselineSummary = summarize(series.baseline.map((run) => run.wallMs));
  return {
    case: name,
    ours: oursSummary,
    baseline: baselineSummary,
    ratio: ratioOf(baselineSummary, oursSummary),
    calls: {
      ours: median(ours.map((run) => run.calls.calls)),
      oursMax: Math.max(...ours.map((run) => run.calls.calls)),
      baseline: median(series.baseline.map((run) => run.calls.calls)),
    },
    oursByRoute: sumCounts(ours.map((run) => run.calls.byRoute)),
    roundTrips: {
      ours: Math.max(...ours.map((run) => run.calls.sequentialRoundTrips)),
      baseline: Math.max(...series.baseline.map((run) => run.calls.sequentialRoundTrips)),
    },
    notes: notesFor(series, ours, record),
  };
}

export async function firstPaintCases(context: BenchContext): Promise<CaseRow[]> {
  const rows: CaseRow[] = [];
  for (const sized of context.dataset.sized) {
    const runs = sized.size >= 10_000 ? context.options.largeRuns : context.options.runs;
    // One baseline run at 10,000 tickets takes ~11 s: --quick does the contact only.
    const large = sized.size >= 10_000;
    const records =
      large && context.options.quick ? [sized.contact] : [sized.contact, sized.company];
    for (const record of records) {
      const label = `${record.recordType === 'contacts' ? 'contact' : 'company'} ${sized.size.toLocaleString('en-US')}`;
      process.stdout.write(`  first paint, ${label} linked tickets (${runs} runs)\n`);
      const series = await runSeries(context, record, runs);
      rows.push(row(`first paint ${label}, cold`, series.cold, series, record));
      rows.push(row(`first paint ${label}, warm`, series.warm, series, record));
    }
  }
  return rows;
}
