import {
  dataOf,
  isLinked,
  ticketsWithSubject,
  uniqueCreate,
  useFunctionHarness,
} from '../../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../../testkits/testHarness';

/** With the search index 60 s behind: the list must not depend on it after a create. */

const kit = useFunctionHarness({ config: { indexLagMs: 60_000 } });

describe.each([
  ['a contact', (): RecordRef => ({ type: 'contacts', id: kit.facts.smallContact.id })],
  ['a company', (): RecordRef => ({ type: 'companies', id: kit.facts.smallCompany.id })],
  [
    'the company with 300+ tickets',
    (): RecordRef => ({ type: 'companies', id: kit.facts.largeCompany.id }),
  ],
])('ticket_create on %s', (_name, recordOf) => {
  it('creates one ticket, already linked, with every field as given', async () => {
    const record = recordOf();
    const pipeline = kit.facts.pipelines[1] ?? kit.facts.pipelines[0];
    if (!pipeline) throw new Error('no pipeline');
    const create = uniqueCreate('Created');
    const data = dataOf(
      await kit.harness.call('ticket_create', record, {
        ...create,
        description: 'Details of the problem',
        pipelineId: pipeline.id,
        stageId: kit.facts.stageOf(pipeline.id, 'OPEN'),
        priority: 'URGENT',
        categories: ['BILLING_ISSUE', 'PRODUCT_ISSUE'],
      }),
    );
    expect(data.deduplicated).toBe(false);
    expect(data.ticket).toMatchObject({
      subject: create.subject,
      pipeline: { id: pipeline.id },
      stage: { id: kit.facts.stageOf(pipeline.id, 'OPEN'), state: 'OPEN' },
      priority: { value: 'URGENT' },
      closedAt: null,
    });
    expect(data.ticket.categories.map((option) => option.value).sort()).toEqual([
      'BILLING_ISSUE',
      'PRODUCT_ISSUE',
    ]);
    const snapshot = await kit.harness.control.snapshot();
    expect(ticketsWithSubject(snapshot, create.subject)).toEqual([data.ticket.id]);
    expect(isLinked(snapshot, data.ticket.id, record)).toBe(true);
  });

  it('is listed first, and counted, by the very next list despite the index lag', async () => {
    const record = recordOf();
    const before = dataOf(
      await kit.harness.call('tickets_list', record, { filter: 'open', sort: 'newest' }),
    );
    const pipeline = kit.facts.pipelines[0];
    if (!pipeline) throw new Error('no pipeline');
    const created = dataOf(
      await kit.harness.call('ticket_create', record, {
        ...uniqueCreate('Listed'),
        pipelineId: pipeline.id,
        stageId: kit.facts.stageOf(pipeline.id, 'OPEN'),
        priority: 'URGENT',
        // The demo portal's rule: a new ticket needs a category.
        categories: ['GENERAL_INQUIRY'],
      }),
    );
    for (const sort of ['newest', 'updated', 'priority'] as const) {
      // As the card does: it names the tickets it just changed.
      const after = dataOf(
        await kit.harness.call('tickets_list', record, {
          filter: 'open',
          sort,
          recentTicketIds: [created.ticket.id],
        }),
      );
      expect(after.tickets[0]?.id).toBe(created.ticket.id);
      expect(after.counts).toEqual({ open: before.counts.open + 1, closed: before.counts.closed });
    }
    const closed = dataOf(
      await kit.harness.call('tickets_list', record, {
        filter: 'closed',
        recentTicketIds: [created.ticket.id],
      }),
    );
    expect(closed.tickets.map((ticket) => ticket.id)).not.toContain(created.ticket.id);
  });

  it('answers a retried request id with the same ticket, marked deduplicated', async () => {
    const record = recordOf();
    const pipeline = kit.facts.pipelines[0];
    if (!pipeline) throw new Error('no pipeline');
    const params = {
      ...uniqueCreate('Retried'),
      pipelineId: pipeline.id,
      stageId: kit.facts.stageOf(pipeline.id, 'OPEN'),
      categories: ['GENERAL_INQUIRY'],
    };
    const first = dataOf(await kit.harness.call('ticket_create', record, params));
    kit.harness.runtime.coldStart();
    const again = dataOf(await kit.harness.call('ticket_create', record, params));
    expect(again).toMatchObject({ deduplicated: true, ticket: { id: first.ticket.id } });
  });
});
