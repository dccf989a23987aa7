import type { ErrorCode, FunctionUid } from '../src/app/cards/contract';
import { readCrmFacts, type CrmFacts } from './crmFacts';
import { writeCalls } from '../runtime/src/requestLog';
import { HARNESS_TOKEN, startFunctionHarness, type FunctionHarness } from './testHarness';

/**
 * The shared body of the per-function bad-input corpora: each case sends one malformed
 * call as a card (or an attacker posing as one) could, and must get a field-level error
 * result while the portal stays exactly as it was.
 */

export interface BadInputCase {
  name: string;
  /** The `parameters` sent, usually `valid` with one thing wrong. */
  params: (valid: Record<string, unknown>, facts: CrmFacts, prepared: unknown) => unknown;
  /** Runs before the snapshot is taken, e.g. to get a real cursor; its value goes to `params`. */
  prepare?: (harness: FunctionHarness, facts: CrmFacts) => Promise<unknown>;
  /** Default: `{hs_object_id: <the small contact>}`. */
  propertiesToSend?: (facts: CrmFacts) => Record<string, unknown>;
  /** Accepted error codes; default VALIDATION only. */
  codes?: ErrorCode[];
  /** At least one `fieldErrors[].field` must match. */
  field: RegExp;
}

/**
 * `valid` plus one extra key written straight into the JSON text, then parsed, so keys
 * such as `__proto__` become real own keys, as they arrive on the wire.
 */
export function withRawKey(valid: Record<string, unknown>, key: string, value: unknown): unknown {
  const text = JSON.stringify(valid).replace(
    /^\{/,
    `{${JSON.stringify(key)}:${JSON.stringify(value)},`,
  );
  return JSON.parse(text) as unknown;
}

/**
 * Cases every function shares: the record scope (type and id) and prototype pollution.
 * Each breaks exactly one thing of an otherwise valid call.
 */
export function recordScopeCases(): BadInputCase[] {
  const garbageId = (hs_object_id: unknown) => () => ({ hs_object_id });
  const recordField = /hs_object_id|record/i;
  return [
    {
      name: 'a record type other than contacts/companies',
      params: (valid) => ({ ...valid, recordType: 'deals' }),
      field: /^recordType$/,
    },
    {
      name: 'a missing record type',
      params: ({ recordType: _dropped, ...rest }) => rest,
      field: /^recordType$/,
    },
    {
      name: 'a record type of the wrong type',
      params: (valid) => ({ ...valid, recordType: ['contacts'] }),
      field: /^recordType$/,
    },
    {
      name: 'no hs_object_id in propertiesToSend',
      params: (valid) => valid,
      propertiesToSend: () => ({}),
      field: recordField,
    },
    {
      name: 'a garbage hs_object_id',
      params: (valid) => valid,
      propertiesToSend: garbageId('12; DROP TABLE tickets'),
      field: recordField,
    },
    {
      name: 'a __proto__ key',
      params: (valid) => withRawKey(valid, '__proto__', { recordType: 'companies', isAdmin: true }),
      field: /__proto__/,
    },
    {
      name: 'a constructor key',
      params: (valid) => withRawKey(valid, 'constructor', { prototype: { polluted: true } }),
      field: /constructor/,
    },
  ];
}

export interface BadInputCorpus {
  /** A call that succeeds: every case breaks one thing of it. */
  valid: (facts: CrmFacts) => Record<string, unknown>;
  /** The function's own cases; the record-scope cases are added to them. */
  cases: BadInputCase[];
}

export function describeBadInputCorpus(uid: FunctionUid, corpus: BadInputCorpus): void {
  let harness: FunctionHarness;
  let facts: CrmFacts;
  const cases = [...corpus.cases, ...recordScopeCases()];

  beforeAll(async () => {
    harness = await startFunctionHarness();
    facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('has at least 10 malformed parameter sets of its own', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((badCase) => [badCase.name, badCase] as const))(
    `${uid} refuses %s, naming the field, and changes nothing`,
    async (_name, badCase) => {
      const prepared = await badCase.prepare?.(harness, facts);
      const before = await harness.control.snapshot();
      await harness.clearRequests();

      const outcome = await harness.runtime.invoke(uid, {
        parameters: badCase.params(corpus.valid(facts), facts, prepared),
        propertiesToSend: badCase.propertiesToSend?.(facts) ?? {
          hs_object_id: facts.smallContact.id,
        },
      });

      const log = await harness.requests();
      const after = await harness.control.snapshot();
      if (outcome.status === 'error') {
        throw new Error(`the runtime answered ${outcome.errorType}: ${outcome.message}`);
      }
      const result = outcome.result;
      expect(result).toMatchObject({
        ok: false,
        error: { code: expect.any(String), message: expect.any(String), retryable: false },
      });
      const error = (result as { error: { code: string; fieldErrors?: { field: string }[] } })
        .error;
      expect(badCase.codes ?? ['VALIDATION']).toContain(error.code);
      const fields = (error.fieldErrors ?? []).map((fieldError) => fieldError.field);
      expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(badCase.field)]));
      expect(writeCalls(log)).toEqual([]);
      expect(after).toEqual(before);
    },
  );

  // Last on purpose (it may write): proves each case above failed for its own reason.
  it(`${uid} accepts the valid call every case is derived from`, async () => {
    const outcome = await harness.runtime.invoke(uid, {
      parameters: corpus.valid(facts),
      propertiesToSend: { hs_object_id: facts.smallContact.id },
    });
    expect(outcome).toMatchObject({ status: 'ok', result: { ok: true } });
  });
}
