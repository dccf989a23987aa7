import { dataOf, uniqueCreate, useFunctionHarness } from '../../../../testkits/functionTestKit';
import type { RecordRef } from '../../../../testkits/testHarness';

/**
 * A whole user journey - list, form options, create, search, link, update, unlink,
 * delete - through the real SDK, each function in a cold container: HubSpot, as the
 * sandbox saw it, was called on 2026-09 routes only.
 */

const kit = useFunctionHarness();

it('reaches HubSpot only on 2026-09 routes', async () => {
  const { harness, facts } = kit;
  const contact: RecordRef = { type: 'contacts', id: facts.smallContact.id };
  const pipeline = facts.pipelines[0];
  if (!pipeline) throw new Error('no pipeline');
  await harness.clearRequests();
  dataOf(await harness.call('tickets_list', contact, {}));
  dataOf(await harness.call('ticket_form_options', contact, {}));
  const created = dataOf(
    await harness.call('ticket_create', contact, {
      ...uniqueCreate('Journey'),
      pipelineId: pipeline.id,
      stageId: facts.stageOf(pipeline.id, 'OPEN'),
      categories: ['BILLING_ISSUE'],
    }),
  );
  dataOf(await harness.call('tickets_search', contact, { query: 'billing' }));
  dataOf(await harness.call('tickets_link', contact, { ticketIds: [facts.unlinkedTicket.id] }));
  dataOf(
    await harness.call('ticket_update', contact, {
      ticketIds: [created.ticket.id],
      priority: 'HIGH',
    }),
  );
  dataOf(await harness.call('ticket_unlink', contact, { ticketIds: [facts.unlinkedTicket.id] }));
  dataOf(await harness.call('ticket_delete', contact, { ticketId: created.ticket.id }));

  const routes = Object.keys((await harness.requests()).byRoute);
  expect(routes.filter((route) => !/^[A-Z]+ \/crm\/[a-z]+\/2026-09(\/|$)/.test(route))).toEqual([]);
  // Every kind of call the journey needs was made, so the check above saw them all.
  expect(routes).toEqual(
    expect.arrayContaining([
      'POST /crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read',
      'POST /crm/objects/2026-09/{objectType}',
      'POST /crm/objects/2026-09/{objectType}/search',
      'POST /crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/create',
      'POST /crm/objects/2026-09/{objectType}/batch/update',
      'DELETE /crm/objects/2026-09/{objectType}/{objectId}',
      'GET /crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels',
    ]),
  );
});
