import type { SandboxRequestLog } from '../../../../sandbox/src/control';
import { readCrmFacts, type CrmFacts } from '../../../../testkits/crmFacts';
import { dataOf, uniqueCreate } from '../../../../testkits/functionTestKit';
import {
  callKind,
  countKinds,
  sequentialRounds,
  writeCalls,
} from '../../../../runtime/src/requestLog';
import {
  HARNESS_TOKEN,
  startFunctionHarness,
  type FunctionHarness,
  type RecordRef,
} from '../../../../testkits/testHarness';
import type { FunctionUid } from '../../cards/contract';

/**
 * How many HubSpot calls each function makes, read from the sandbox's request log. The
 * portal shares 190 calls / 10 s and 5 searches / s across every user, so these counts
 * are part of the contract. A fixed injected latency makes parallel calls overlap
 * clearly, so sequential round trips can be counted from the log as well.
 */

const LATENCY_MS = 150;

let harness: FunctionHarness;
let facts: CrmFacts;
let contact: RecordRef;
let largeCompany: RecordRef;

beforeAll(async () => {
  harness = await startFunctionHarness();
  facts = await readCrmFacts(harness.sandbox.url, HARNESS_TOKEN);
  contact = { type: 'contacts', id: facts.smallContact.id };
  largeCompany = { type: 'companies', id: facts.largeCompany.id };
  await harness.control.setConfig({
    latency: { default: { fixedMs: LATENCY_MS, jitterMs: 0 } },
    // Counted here, not rate limited: a 429 retry would add calls of its own.
    rateLimits: { tenSecondly: null, secondly: null },
  });
});

afterAll(async () => {
  await harness?.close();
});

/** The HubSpot calls one function call made (the log cleared just before). */
async function callsOf(
  uid: FunctionUid,
  record: RecordRef,
  params: Record<string, unknown>,
): Promise<SandboxRequestLog> {
  await harness.clearRequests();
  const result = await harness.call(uid, record, params);
  dataOf(result);
  return harness.requests();
}

/** Calls once so the container is warm (pipelines and properties cached). */
async function warmUp(): Promise<void> {
  dataOf(await harness.call('tickets_list', contact, {}));
}

describe('tickets_list', () => {
  it('on a warm container and a small record: 2 calls in 2 round trips, no search', async () => {
    expect(facts.largeCompany.ticketCount).toBeGreaterThanOrEqual(300);
    await warmUp();
    const log = await callsOf('tickets_list', contact, { filter: 'all' });
    expect(log.total).toBe(2);
    expect(countKinds(log).search ?? 0).toBe(0);
    expect(sequentialRounds(log)).toBeLessThanOrEqual(2);
  });

  it('on a cold container adds pipelines, properties and owners, fetched in parallel', async () => {
    harness.runtime.coldStart();
    const log = await callsOf('tickets_list', contact, { filter: 'all' });
    const kinds = countKinds(log);
    expect(kinds.pipelines).toBe(1);
    expect(kinds.properties).toBe(1);
    expect(kinds.search ?? 0).toBe(0);
    expect(log.log.filter((entry) => entry.path.startsWith('/crm/owners/'))).toHaveLength(1);
    expect(log.total).toBe(5);
    const spanOf = (kind: string): { start: number; end: number } => {
      const entry = log.log.find((candidate) => callKind(candidate) === kind);
      if (!entry) throw new Error(`no ${kind} call`);
      return { start: Date.parse(entry.at), end: Date.parse(entry.at) + entry.durationMs };
    };
    const pipelines = spanOf('pipelines');
    const properties = spanOf('properties');
    // In flight at the same time: neither waited for the other.
    expect(pipelines.start < properties.end && properties.start < pipelines.end).toBe(true);
    expect(sequentialRounds(log)).toBeLessThanOrEqual(3);
  });

  it('on the 300+ ticket company: searches, in at most 2 round trips, never reading all its tickets', async () => {
    await warmUp();
    for (const params of [
      { filter: 'open', sort: 'newest', pageSize: 10 },
      { filter: 'all', sort: 'priority', pageSize: 50 },
    ]) {
      const log = await callsOf('tickets_list', largeCompany, params);
      const kinds = countKinds(log);
      expect(kinds.search ?? 0).toBeGreaterThanOrEqual(1);
      // Each search costs 1 of the portal's 5 per second.
      expect(kinds.search ?? 0).toBeLessThanOrEqual(3);
      expect(kinds.read ?? 0).toBe(0);
      expect(kinds.batchRead ?? 0).toBeLessThanOrEqual(1);
      expect(log.total).toBeLessThanOrEqual(5);
      expect(sequentialRounds(log)).toBeLessThanOrEqual(2);
    }
  });

  it("on the 300+ ticket company, the card's recent-write hints add 2 reads and no round trip", async () => {
    await warmUp();
    const companyTickets = dataOf(
      await harness.call('tickets_list', largeCompany, { filter: 'all', pageSize: 20 }),
    ).tickets.map((ticket) => ticket.id);
    // The most the card may send: 20 ids, some of them not even the company's.
    const recentTicketIds = [...companyTickets.slice(0, 18), facts.unlinkedTicket.id, '987654321'];
    for (const params of [
      { filter: 'open', sort: 'newest', pageSize: 10 },
      { filter: 'all', sort: 'priority', pageSize: 50 },
    ]) {
      const plain = countKinds(await callsOf('tickets_list', largeCompany, params));
      const log = await callsOf('tickets_list', largeCompany, { ...params, recentTicketIds });
      const kinds = countKinds(log);
      expect(kinds.search).toBe(plain.search);
      expect(kinds.batchRead ?? 0).toBe((plain.batchRead ?? 0) + 1);
      expect(kinds.associationRead ?? 0).toBe((plain.associationRead ?? 0) + 1);
      expect(log.total).toBeLessThanOrEqual(7);
      expect(sequentialRounds(log)).toBeLessThanOrEqual(2);
    }
  });

  it('pages through the 300+ ticket company with the same cost per page', async () => {
    await warmUp();
    const first = await harness.call('tickets_list', largeCompany, { filter: 'all', pageSize: 50 });
    let cursor = dataOf(first).nextCursor;
    expect(cursor).toEqual(expect.any(String));
    for (let page = 0; page < 3 && cursor; page += 1) {
      await harness.clearRequests();
      const next = dataOf(
        await harness.call('tickets_list', largeCompany, { filter: 'all', pageSize: 50, cursor }),
      );
      const log = await harness.requests();
      expect(log.total).toBeLessThanOrEqual(5);
      expect(sequentialRounds(log)).toBeLessThanOrEqual(2);
      cursor = next.nextCursor;
    }
  });
});

describe('the other functions, each on a warm container', () => {
  // Each function is its own bundle with its own caches: warm each one with a real call.
  beforeAll(async () => {
    const pipeline = facts.pipelines[0] as { id: string };
    const ticketId = facts.unlinkedTicket.id;
    dataOf(await harness.call('ticket_form_options', contact, {}));
    dataOf(await harness.call('tickets_search', contact, { query: 'warm' }));
    const created = dataOf(
      await harness.call('ticket_create', contact, {
        ...uniqueCreate('Warm-up'),
        pipelineId: pipeline.id,
        stageId: facts.stageOf(pipeline.id, 'OPEN'),
        categories: ['GENERAL_INQUIRY'],
      }),
    );
    dataOf(await harness.call('tickets_link', contact, { ticketIds: [ticketId] }));
    dataOf(await harness.call('ticket_unlink', contact, { ticketIds: [ticketId] }));
    const ownTicket = (facts.smallContact.tickets[0] as { id: string }).id;
    dataOf(
      await harness.call('ticket_update', contact, { ticketIds: [ownTicket], priority: 'LOW' }),
    );
    dataOf(await harness.call('ticket_delete', contact, { ticketId: created.ticket.id }));
  });

  it('ticket_form_options on a warm container: at most the association labels', async () => {
    const log = await callsOf('ticket_form_options', contact, {});
    expect(log.total).toBeLessThanOrEqual(1);
    expect(writeCalls(log)).toEqual([]);
  });

  it('tickets_search: one search call, no write', async () => {
    const log = await callsOf('tickets_search', contact, { query: 'invoice' });
    const kinds = countKinds(log);
    expect(kinds.search).toBe(1);
    // The results' links to contacts and to companies, then the names of those (linkedTo).
    expect(log.total).toBeLessThanOrEqual(5);
    expect(writeCalls(log)).toEqual([]);
  });

  it('ticket_create: one create call that links too, no association call, no search', async () => {
    const pipeline = facts.pipelines[0] as { id: string };
    const log = await callsOf('ticket_create', contact, {
      ...uniqueCreate('Counted create'),
      pipelineId: pipeline.id,
      stageId: facts.stageOf(pipeline.id, 'OPEN'),
      categories: ['GENERAL_INQUIRY'],
    });
    const kinds = countKinds(log);
    expect(kinds.create).toBe(1);
    expect(kinds.associationWrite ?? 0).toBe(0);
    expect(kinds.search ?? 0).toBe(0);
    expect(writeCalls(log)).toHaveLength(1);
    expect(log.total).toBeLessThanOrEqual(3);
  });

  it('ticket_create right after the container created its request-id property: one call', async () => {
    // A portal of its own, where the property does not exist yet.
    const fresh = await startFunctionHarness();
    try {
      const pipeline = facts.pipelines[0] as { id: string };
      const create = async (subject: string): Promise<SandboxRequestLog> => {
        await fresh.clearRequests();
        dataOf(
          await fresh.call('ticket_create', contact, {
            ...uniqueCreate(subject),
            pipelineId: pipeline.id,
            stageId: facts.stageOf(pipeline.id, 'OPEN'),
            categories: ['GENERAL_INQUIRY'],
          }),
        );
        return fresh.requests();
      };
      dataOf(await fresh.call('tickets_list', contact, {}));
      const first = await create('Creates the request-id property');
      expect(
        first.log.some((entry) => entry.route === 'POST /crm/properties/2026-09/{objectType}'),
      ).toBe(true);
      const second = await create('Counted second create');
      expect(second.total).toBe(1);
      expect(countKinds(second).create).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('tickets_link of 3 tickets: one association write, no search', async () => {
    const taken = new Set(facts.smallContact.tickets.map((ticket) => ticket.id));
    const candidates = facts.smallCompany.tickets
      .map((ticket) => ticket.id)
      .concat(facts.unlinkedTicket.id)
      .filter((id) => !taken.has(id))
      .slice(0, 3);
    expect(candidates).toHaveLength(3);
    const log = await callsOf('tickets_link', contact, { ticketIds: candidates });
    expect(countKinds(log).search ?? 0).toBe(0);
    expect(writeCalls(log)).toHaveLength(1);
    expect(log.total).toBeLessThanOrEqual(3);
    // Put the portal back for the tests after this one.
    for (const ticketId of candidates) {
      dataOf(await harness.call('ticket_unlink', contact, { ticketIds: [ticketId] }));
    }
  });

  it('ticket_update of 2 tickets: one batch update, no search', async () => {
    const ids = facts.smallContact.tickets.slice(0, 2).map((ticket) => ticket.id);
    const log = await callsOf('ticket_update', contact, { ticketIds: ids, priority: 'HIGH' });
    expect(countKinds(log).search ?? 0).toBe(0);
    expect(writeCalls(log)).toHaveLength(1);
    expect(log.total).toBeLessThanOrEqual(3);
  });

  it('ticket_unlink: one association removal, no search', async () => {
    const ticketId = facts.unlinkedTicket.id;
    dataOf(await harness.call('tickets_link', contact, { ticketIds: [ticketId] }));
    const log = await callsOf('ticket_unlink', contact, { ticketIds: [ticketId] });
    const kinds = countKinds(log);
    expect(kinds.search ?? 0).toBe(0);
    expect(writeCalls(log)).toHaveLength(1);
    expect(kinds.associationWrite).toBe(1);
    expect(log.total).toBeLessThanOrEqual(2);
  });

  it('ticket_delete: one delete, no search', async () => {
    const pipeline = facts.pipelines[0] as { id: string };
    const created = dataOf(
      await harness.call('ticket_create', contact, {
        ...uniqueCreate('To be deleted'),
        pipelineId: pipeline.id,
        stageId: facts.stageOf(pipeline.id, 'OPEN'),
        categories: ['GENERAL_INQUIRY'],
      }),
    );
    const log = await callsOf('ticket_delete', contact, { ticketId: created.ticket.id });
    const kinds = countKinds(log);
    expect(kinds.search ?? 0).toBe(0);
    expect(kinds.delete).toBe(1);
    expect(writeCalls(log)).toHaveLength(1);
    expect(log.total).toBeLessThanOrEqual(2);
  });
});
