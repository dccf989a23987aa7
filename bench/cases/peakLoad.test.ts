import type { FunctionError, TicketsListData, TicketSummary } from '../../src/app/cards/contract';
import type { CardOutcome } from '../context';
import { defaultRetryPolicy } from '../../src/app/cards/tickets/state/useTicketsList';
import { cardAnswersItself, cardLoad, peakWindow } from './peakLoad';

const data = { counts: { open: 1, closed: 0 } } as TicketsListData;
const busy: FunctionError = {
  code: 'RATE_LIMITED',
  message: 'busy',
  retryable: true,
  retryAfterMs: 5,
};

/** Answers `failures` times with `error`, then with the data. */
function answering(failures: number, error: FunctionError) {
  let calls = 0;
  const run = (): Promise<CardOutcome<TicketsListData>> => {
    calls += 1;
    return Promise.resolve(calls <= failures ? { ok: false, error } : { ok: true, data });
  };
  return { run, calls: () => calls };
}

/** The card's own number of automatic retries, without its waits. */
const CARD_RETRIES = defaultRetryPolicy.retries;
const noWait = { retries: CARD_RETRIES, delayMs: () => 0 };

describe('a first paint as the card lives it (peak load)', () => {
  it('is no error when the card retries a RATE_LIMITED by itself and then succeeds', async () => {
    const source = answering(CARD_RETRIES, busy);
    const answer = await cardLoad(source.run, noWait);
    expect(answer).toMatchObject({ ok: true, busy: true, data });
    expect(source.calls()).toBe(CARD_RETRIES + 1);
  });

  it('is an error when the card runs out of automatic retries', async () => {
    const source = answering(CARD_RETRIES + 1, busy);
    const answer = await cardLoad(source.run, noWait);
    expect(answer).toMatchObject({ ok: false, code: 'RATE_LIMITED', busy: true });
    expect(source.calls()).toBe(CARD_RETRIES + 1);
  });

  it('is an error at once for an answer the card does not retry', async () => {
    const refused: FunctionError = { code: 'VALIDATION', message: 'no', retryable: false };
    const source = answering(1, refused);
    const answer = await cardLoad(source.run, noWait);
    expect(answer).toMatchObject({ ok: false, code: 'VALIDATION', busy: false });
    expect(source.calls()).toBe(1);
  });

  it('waits what the card would, honouring retryAfterMs', async () => {
    const waits: (number | undefined)[] = [];
    await cardLoad(answering(1, busy).run, {
      retries: CARD_RETRIES,
      delayMs: (retry: number, hint: number | undefined) => {
        waits.push(hint);
        return retry;
      },
    });
    expect(waits).toEqual([5]);
  });
});

describe('the budget share', () => {
  const call = (startMs: number) => ({ route: 'GET /x', status: 200, startMs, endMs: startMs + 1 });

  it('is the most calls that started within any 10 s', () => {
    const calls = [0, 1_000, 9_999, 10_000, 10_500, 19_999, 30_000].map(call);
    // 1,000 .. 10,500 and 10,000 .. 19,999 hold 4 calls each; no 10 s holds 5.
    expect(peakWindow(calls)).toBe(4);
  });
});

describe('a list change after the first paint, as the card decides it', () => {
  const summary = (id: string, state: 'OPEN' | 'CLOSED') =>
    ({ id, createdAt: '2026-11-01T00:00:00.000Z', stage: { state } }) as TicketSummary;
  const tickets = [...Array.from({ length: 7 }, (_, i) => summary(String(i + 1), 'OPEN'))];
  const paint = (extra: Partial<TicketsListData>): TicketsListData => ({
    tickets: tickets.slice(0, 5),
    counts: { open: 7, closed: 1 },
    nextCursor: 'c2',
    total: 7,
    pipelines: [],
    priorities: [],
    ...extra,
  });

  it('costs no call on a record the function sent whole: next page and closed tab', () => {
    const whole = paint({ allTickets: [...tickets, summary('8', 'CLOSED')] });
    expect(cardAnswersItself(whole, 'nextPage')).toBe(true);
    expect(cardAnswersItself(whole, 'closed')).toBe(true);
  });

  it('calls the function on a record listed by search', () => {
    expect(cardAnswersItself(paint({}), 'nextPage')).toBe(false);
    expect(cardAnswersItself(paint({}), 'closed')).toBe(false);
  });
});
