/**
 * Case 6: a support team at its peak. Card opens arrive at rising rates (open loop: a
 * slow answer never slows the arrivals), with HubSpot's real limits on: 9 in 10 on
 * records with at most 100 tickets, 1 in 10 on records with 1,000 or more, and some
 * list changes (the closed tab, the next page) and writes (a priority change) in the mix.
 *
 * The user's view is the card's: a RATE_LIMITED or UNAVAILABLE answer shows "busy,
 * retrying" and the card tries again by itself, with the card's own retry policy (its
 * retries and waits, honouring retryAfterMs). A list change on a record the function sent
 * whole (`allTickets`) is answered on the card, as the card answers it, with no call. An action is a user-visible
 * error only when the card would end on an error (or a wrong answer); a first paint is
 * timed until the correct answer, retries included.
 */
import type { FunctionError, TicketsListData } from '../../src/app/cards/contract';
import {
  answerLocally,
  initialListState,
  initialQuery,
  ticketsListReducer,
} from '../../src/app/cards/tickets/state/ticketsListState';
import {
  defaultRetryPolicy,
  retriesByItself,
  WHOLE_LIST_FRESH_MS,
} from '../../src/app/cards/tickets/state/useTicketsList';
import { toLoggedCalls, type LoggedCall } from '../callLog';
import type { BenchContext, CardOutcome } from '../context';
import { callFunction, callFunctionTimed } from '../context';
import type { BenchRecord } from '../dataset';
import { percentile } from '../stats';
import { cardFirstPaint } from './firstPaint';

const TEN_SECOND_LIMIT = 190;
const TEN_SECONDS_MS = 10_000;
/** One open in LIST_CHANGE_EVERY is followed by a list change, one in WRITE_EVERY by a write. */
const LIST_CHANGE_EVERY = 8;
const WRITE_EVERY = 20;
/** A user reads the list for a moment before changing it. */
const THINK_MS = 1_000;

export interface PeakRate {
  opensPerSecond: number;
  seconds: number;
  opens: number;
  listChanges: number;
  /** List changes the card answered from the whole list, with no call. */
  localListChanges: number;
  writes: number;
  p50: number;
  p95: number;
  max: number;
  /** Actions the card would end on an error, or answers that were wrong. */
  userErrors: number;
  errorCodes: Record<string, number>;
  /** Opens that showed "busy, retrying" before their answer. */
  busyOpens: number;
  /** Accepted HubSpot calls per open, the mix's list changes and writes included. */
  callsPerOpen: number;
  searchesPerOpen: number;
  /** Calls HubSpot refused (429), retried by the functions or, past them, by the card. */
  hubspot429s: number;
  /** Most calls in any 10 s of the run, as a share of the portal's 190. */
  peakBudgetShare: number;
  /** Calls per 10 s over the run, as a share of the portal's 190. */
  meanBudgetShare: number;
  /** The function's execution time per first-paint call (the runtime's measure), median. */
  executionMsPerOpen: number;
  /**
   * CPU of this process (the runtime's worker thread, where the functions run, and the
   * bench's own light load generator; the sandbox is another process) per 100 opens.
   */
  cpuMsPer100Opens: number;
}

/** Calls and searches of one first paint by record size (a warm container, one at a time). */
export interface SizeFigures {
  size: string;
  records: number;
  callsPerOpen: number;
  searchesPerOpen: number;
  /**
   * Count searches the page's own total made unnecessary: a search-based page answers its
   * own state's count, a record of at most 100 tickets is counted from its batch read.
   */
  countSearchesAvoided: number;
}

export interface CardAnswer {
  ok: boolean;
  code: string | null;
  busy: boolean;
  ms: number;
  data: TicketsListData | null;
}

/**
 * Whether the card answers this list change without a call, decided by the card's own
 * code: its state after the first paint, then `answerLocally` on the changed query (the
 * change comes THINK_MS after the paint, well inside WHOLE_LIST_FRESH_MS).
 */
export function cardAnswersItself(first: TicketsListData, change: 'nextPage' | 'closed'): boolean {
  if (THINK_MS > WHOLE_LIST_FRESH_MS) return false;
  const painted = ticketsListReducer(
    ticketsListReducer(initialListState, {
      type: 'requested',
      requestId: 1,
      query: initialQuery,
      quiet: false,
    }),
    { type: 'loaded', requestId: 1, data: first },
  );
  const { query, view } = painted;
  const nextCursor = view.kind === 'ready' ? view.nextCursor : null;
  const changed =
    change === 'nextPage' && nextCursor
      ? { ...query, cursors: [...query.cursors, nextCursor] }
      : { ...query, filter: 'closed' as const, cursors: [null] };
  return answerLocally(painted.local, changed) !== null;
}

/** A list load as the card does it: retries RATE_LIMITED / UNAVAILABLE by itself. */
export async function cardLoad(
  run: () => Promise<CardOutcome<TicketsListData>>,
  policy: Pick<typeof defaultRetryPolicy, 'retries' | 'delayMs'> = defaultRetryPolicy,
): Promise<CardAnswer> {
  const startedAt = performance.now();
  let busy = false;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await run();
    if (outcome.ok) {
      return {
        ok: true,
        code: null,
        busy,
        ms: performance.now() - startedAt,
        data: outcome.data,
      };
    }
    const error: FunctionError | null = 'error' in outcome ? outcome.error : null;
    if (!error || !retriesByItself(error) || attempt > policy.retries) {
      return {
        ok: false,
        code: error?.code ?? ('runtimeError' in outcome ? outcome.runtimeError : 'UNKNOWN'),
        busy,
        ms: performance.now() - startedAt,
        data: null,
      };
    }
    busy = true;
    const delay = policy.delayMs(attempt - 1, error.retryAfterMs);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function isSearch(route: string): boolean {
  return route.endsWith('/search');
}

/** Most calls that started within any 10 s. */
export function peakWindow(calls: readonly LoggedCall[]): number {
  const starts = calls.map((call) => call.startMs).sort((a, b) => a - b);
  let peak = 0;
  let from = 0;
  for (let to = 0; to < starts.length; to += 1) {
    while ((starts[to] as number) - (starts[from] as number) >= TEN_SECONDS_MS) from += 1;
    peak = Math.max(peak, to - from + 1);
  }
  return peak;
}

interface OpenRecord {
  record: BenchRecord;
  large: boolean;
}

/** The day's mix: 9 in 10 opens small, 1 in 10 large, spread evenly. */
export function peakMix(context: BenchContext): OpenRecord[] {
  const small = [
    ...context.dataset.typical,
    ...context.dataset.sized
      .filter((sized) => sized.size <= 100)
      .flatMap((sized) => [sized.contact, sized.company]),
  ];
  const large = context.dataset.sized
    .filter((sized) => sized.size >= 1_000)
    .flatMap((sized) => [sized.contact, sized.company]);
  const mix: OpenRecord[] = [];
  for (let index = 0; index < 10 * small.length; index += 1) {
    const isLarge = index % 10 === 9 && large.length > 0;
    const pool = isLarge ? large : small;
    const record = pool[Math.floor(index / (isLarge ? 10 : 1)) % pool.length] as BenchRecord;
    mix.push({ record, large: isLarge });
  }
  return mix;
}

function correct(answer: CardAnswer, record: BenchRecord): boolean {
  const data = answer.data;
  if (!data) return false;
  return data.counts.open + data.counts.closed === record.linkedTickets;
}

export async function peakRate(
  context: BenchContext,
  opensPerSecond: number,
  seconds: number,
): Promise<PeakRate> {
  const mix = peakMix(context);
  const writeTicket = context.dataset.writes.linkedTicketIds[0];
  const total = Math.round(opensPerSecond * seconds);
  process.stdout.write(`  peak load: ${opensPerSecond} opens/s for ${seconds} s\n`);
  await context.window.waitForRoom(TEN_SECOND_LIMIT);
  await context.control.clearRequests();
  const executionMs: number[] = [];
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const opens: Promise<{ answer: CardAnswer; large: boolean; right: boolean }>[] = [];
  const followUps: Promise<string | null>[] = [];
  let listChanges = 0;
  let localListChanges = 0;
  let writes = 0;
  for (let index = 0; index < total; index += 1) {
    const due = startedAt + (index * 1000) / opensPerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { record, large } = mix[index % mix.length] as OpenRecord;
    const params = cardFirstPaint(record.recordType);
    const open = cardLoad(async () => {
      const timed = await callFunctionTimed(context, 'tickets_list', record.id, params);
      executionMs.push(timed.durationMs);
      return timed.outcome;
    });
    opens.push(open.then((answer) => ({ answer, large, right: correct(answer, record) })));
    if (index % LIST_CHANGE_EVERY === LIST_CHANGE_EVERY - 1) {
      listChanges += 1;
      const nextPage = index % (2 * LIST_CHANGE_EVERY) === LIST_CHANGE_EVERY - 1;
      followUps.push(
        open.then(async (first) => {
          if (!first.ok) return null;
          await new Promise((resolve) => setTimeout(resolve, THINK_MS));
          const changed =
            nextPage && first.data?.nextCursor
              ? { ...params, cursor: first.data.nextCursor }
              : { ...params, filter: 'closed' as const };
          if (first.data && cardAnswersItself(first.data, nextPage ? 'nextPage' : 'closed')) {
            localListChanges += 1;
            return null;
          }
          const answer = await cardLoad(() =>
            callFunction(context, 'tickets_list', record.id, changed),
          );
          return answer.ok ? null : `list change ${answer.code ?? 'UNKNOWN'}`;
        }),
      );
    }
    if (writeTicket && index % WRITE_EVERY === WRITE_EVERY - 1) {
      writes += 1;
      const { record: writeRecord } = context.dataset.writes;
      followUps.push(
        callFunction(context, 'ticket_update', writeRecord.id, {
          recordType: writeRecord.recordType,
          ticketIds: [writeTicket],
          priority: index % 2 === 0 ? 'HIGH' : 'LOW',
        }).then((outcome) =>
          // The card never repeats a write by itself: a refused one is the user's to retry.
          outcome.ok
            ? null
            : `write ${'runtimeError' in outcome ? outcome.runtimeError : outcome.error.code}`,
        ),
      );
    }
  }
  const results = await Promise.all(opens);
  const followUpErrors = (await Promise.all(followUps)).filter((code) => code !== null);
  const cpu = process.cpuUsage(cpuBefore);
  const calls = toLoggedCalls((await context.control.requests()).log);
  context.window.record(calls);
  const spanMs = Math.max(
    1,
    Math.max(...calls.map((call) => call.endMs)) - Math.min(...calls.map((call) => call.startMs)),
  );

  // Only accepted calls spend the portal's budget (a 429 does not count).
  const accepted = calls.filter((call) => call.status !== 429);
  const errorCodes: Record<string, number> = {};
  for (const result of results) {
    if (result.answer.ok && result.right) continue;
    const code = result.answer.ok ? 'WRONG_ANSWER' : (result.answer.code ?? 'UNKNOWN');
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  }
  for (const code of followUpErrors) errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  const userErrors = Object.values(errorCodes).reduce((sum, count) => sum + count, 0);
  const times = results.filter((result) => result.answer.ok).map((result) => result.answer.ms);
  const searches = accepted.filter((call) => isSearch(call.route)).length;
  return {
    opensPerSecond,
    seconds,
    opens: results.length,
    listChanges,
    localListChanges,
    writes,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.length > 0 ? Math.max(...times) : Number.NaN,
    userErrors,
    errorCodes,
    busyOpens: results.filter((result) => result.answer.busy).length,
    callsPerOpen: accepted.length / Math.max(1, results.length),
    searchesPerOpen: searches / Math.max(1, results.length),
    hubspot429s: calls.filter((call) => call.status === 429).length,
    peakBudgetShare: peakWindow(accepted) / TEN_SECOND_LIMIT,
    executionMsPerOpen: percentile(executionMs, 50),
    cpuMsPer100Opens: ((cpu.user + cpu.system) / 1000 / Math.max(1, results.length)) * 100,
    meanBudgetShare: (accepted.length * (TEN_SECONDS_MS / spanMs)) / TEN_SECOND_LIMIT,
  };
}

/**
 * Calls and searches per first paint by record size, measured alone (one open at a time on
 * a warm container, so each open's calls are its own), over the peak mix's records.
 * Without the page's own total a search-based first paint would need a page search and
 * two count searches (open, closed).
 */
export async function callsBySize(context: BenchContext): Promise<SizeFigures[]> {
  const classOf = (record: BenchRecord) =>
    record.linkedTickets <= 100 ? '<= 100' : record.linkedTickets.toLocaleString('en-US');
  const byClass = new Map<string, BenchRecord[]>();
  for (const { record } of peakMix(context)) {
    const list = byClass.get(classOf(record)) ?? [];
    if (!list.some((known) => known.id === record.id)) list.push(record);
    byClass.set(classOf(record), list);
  }
  const rows: SizeFigures[] = [];
  for (const [size, records] of byClass) {
    let callCount = 0;
    let searchCount = 0;
    for (const record of records) {
      const params = cardFirstPaint(record.recordType);
      // Warm: the portal schema is cached, as on a busy container.
      await callFunction(context, 'tickets_list', record.id, params);
      await context.window.waitForRoom(8);
      await context.control.clearRequests();
      await callFunction(context, 'tickets_list', record.id, params);
      const calls = toLoggedCalls((await context.control.requests()).log);
      context.window.record(calls);
      callCount += calls.length;
      searchCount += calls.filter((call) => isSearch(call.route)).length;
    }
    const searchesPerOpen = searchCount / records.length;
    rows.push({
      size,
      records: records.length,
      callsPerOpen: callCount / records.length,
      searchesPerOpen,
      countSearchesAvoided: size === '<= 100' ? 2 : Math.max(0, 3 - searchesPerOpen),
    });
  }
  return rows;
}
