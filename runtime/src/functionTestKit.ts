import type { SandboxSnapshot } from '../../sandbox/src/control';
import type { FunctionResult } from '../../src/app/functions/src/contract';

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
