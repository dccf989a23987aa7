/**
 * A scripted stand-in for the functions: each uid answers from a queue of responses
 * (or a default), and a deferred response lets a test decide when (and in which order)
 * answers arrive. Every call is recorded.
 */
import type { FunctionResult, FunctionUid } from '../../contract';
import type { FunctionData, FunctionParams, TicketsClient } from '../client/ticketsClient';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

type Answer<U extends FunctionUid> =
  | FunctionResult<FunctionData<U>>
  | Deferred<FunctionResult<FunctionData<U>>>
  | ((params: FunctionParams<U>) => FunctionResult<FunctionData<U>>);

export interface RecordedCall {
  uid: FunctionUid;
  params: Record<string, unknown>;
}

export interface FakeTicketsClient extends TicketsClient {
  readonly calls: RecordedCall[];
  /** Queue answers for the next calls of `uid`, in order. */
  enqueue<U extends FunctionUid>(uid: U, ...answers: Answer<U>[]): FakeTicketsClient;
  /** Answer every further call of `uid` (after the queue is empty) with this. */
  always<U extends FunctionUid>(uid: U, answer: Answer<U>): FakeTicketsClient;
  callsOf(uid: FunctionUid): Record<string, unknown>[];
}

function isDeferred<T>(answer: object): answer is Deferred<T> {
  return 'promise' in answer && 'resolve' in answer;
}

export function createFakeTicketsClient(): FakeTicketsClient {
  const queues = new Map<FunctionUid, unknown[]>();
  const defaults = new Map<FunctionUid, unknown>();
  const calls: RecordedCall[] = [];

  const fake: FakeTicketsClient = {
    calls,
    enqueue(uid, ...answers) {
      queues.set(uid, [...(queues.get(uid) ?? []), ...answers]);
      return fake;
    },
    always(uid, answer) {
      defaults.set(uid, answer);
      return fake;
    },
    callsOf(uid) {
      return calls.filter((c) => c.uid === uid).map((c) => c.params);
    },
    async call<U extends FunctionUid>(uid: U, params: FunctionParams<U>) {
      calls.push({ uid, params: { ...params } });
      const queue = queues.get(uid) ?? [];
      const answer = (queue.length > 0 ? queue.shift() : defaults.get(uid)) as
        Answer<U> | undefined;
      if (answer === undefined) throw new Error(`fakeTicketsClient: no answer scripted for ${uid}`);
      if (typeof answer === 'function') return answer(params);
      if (isDeferred<FunctionResult<FunctionData<U>>>(answer)) return answer.promise;
      return answer;
    },
  };
  return fake;
}
