import type { SandboxSnapshot } from '../sandbox/src/control';
import type { FunctionResult } from '../src/app/cards/contract';
import { readCrmFacts, type CrmFacts } from './crmFacts';
import {
  HARNESS_TOKEN,
  startFunctionHarness,
  type FunctionHarness,
  type FunctionHarnessOptions,
} from './testHarness';

/** Small helpers shared by the app-function tests. */

export function dataOf<T>(result: FunctionResult<T>): T {
  if (!result.ok) throw new Error(`expected an ok result, got ${JSON.stringify(result.error)}`);
  return result.data;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const startedAt = performance.now();
  const value = await run();
  return { value, ms: performance.now() - startedAt };
}

const OBJECT_TYPE_IDS = { contacts: '0-1', companies: '0-2' } as const;

/** Live (not archived) tickets of the store with this subject. */
export function ticketsWithSubject(snapshot: SandboxSnapshot, subject: string): string[] {
  return snapshot.objects['0-5']
    .filter((record) => !record.archived && record.properties.subject === subject)
    .map((record) => record.id);
}

/** Whether the store links the ticket to the record (in either stored direction). */
export function isLinked(
  snapshot: SandboxSnapshot,
  ticketId: string,
  record: { type: 'contacts' | 'companies'; id: string },
): boolean {
  const recordType = OBJECT_TYPE_IDS[record.type];
  return snapshot.associations.some(
    ([fromType, fromId, toType, toId]) =>
      (fromType === '0-5' && fromId === ticketId && toType === recordType && toId === record.id) ||
      (toType === '0-5' && toId === ticketId && fromType === recordType && fromId === record.id),
  );
}

let uniqueCounter = 0;

/** A subject and client request id no other test uses. */
export function uniqueCreate(label: string): { subject: string; clientRequestId: string } {
  uniqueCounter += 1;
  const stamp = `${Date.now().toString(36)}-${process.pid}-${uniqueCounter}`;
  return { subject: `${label} ${stamp}`, clientRequestId: `test-${stamp}` };
}

export interface UseFunctionHarnessOptions extends FunctionHarnessOptions {
  /**
   * A fresh sandbox for every test instead of one for the file: for tests that change
   * records another test of the file reads.
   */
  perTest?: boolean;
  /** Runs once the harness is up and the facts are read, before the tests. */
  prepare?(harness: FunctionHarness): Promise<void>;
}

export interface FunctionHarnessFixture {
  readonly harness: FunctionHarness;
  readonly facts: CrmFacts;
}

/**
 * Starts the function harness and reads the CRM facts before the file's tests (or before
 * each test with `perTest`), and closes it after. Call at the top level of a test file;
 * read `harness` and `facts` only inside hooks and tests, as they exist only then.
 */
export function useFunctionHarness(
  options: UseFunctionHarnessOptions = {},
): FunctionHarnessFixture {
  const { perTest = false, prepare, ...harnessOptions } = options;
  let harness: FunctionHarness | undefined;
  let facts: CrmFacts | undefined;

  const start = async () => {
    harness = await startFunctionHarness(harnessOptions);
    facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
    await prepare?.(harness);
  };
  const stop = async () => {
    await harness?.close();
  };
  if (perTest) {
    beforeEach(start);
    afterEach(stop);
  } else {
    beforeAll(start);
    afterAll(stop);
  }

  // A clear message beats "cannot read properties of undefined" when read too early.
  const notStarted = (what: string) =>
    new Error(`${what} is read before the function harness started (outside a test?)`);
  return {
    get harness() {
      if (!harness) throw notStarted('harness');
      return harness;
    },
    get facts() {
      if (!facts) throw notStarted('facts');
      return facts;
    },
  };
}
