import type { FunctionError, TicketsListData } from '../../src/app/cards/contract';
import type { CardOutcome } from '../context';
import { defaultRetryPolicy } from '../../src/app/cards/tickets/state/useTicketsList';
import { cardLoad, peakWindow } from './peakLoad';

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
