import { Client } from '@hubspot/api-client';
import { createSandboxControl } from '../../../../../sandbox/src/control';
import { startSandbox } from '../../../../../sandbox/src/server';
import { SCALE_FACTS } from '../../../../../sandbox/src/seeds/demoFacts';
import { createBudget } from '../hubspot/callWithBudget';
import { createCrmApi, type CrmApi } from '../hubspot/crmApi';
import { readLinkedPage, readLinksOf } from './recordAssociations';

/**
 * A record's links through the 2026-09 association batch read, against the sandbox: one
 * page of 500 per input, and per-input `after` paging for the inputs that have more.
 */

const TICKETS = 1_234;
const TOKEN = 'record-associations-test-token';
let sandbox: Awaited<ReturnType<typeof startSandbox>>;

function crm(): CrmApi {
  const client = new Client({
    accessToken: TOKEN,
    basePath: sandbox.url,
    numberOfApiCallRetries: 0,
  });
  return createCrmApi(client, createBudget(5_000));
}

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    token: TOKEN,
    seed: `scale:${TICKETS}`,
    dataDir: null,
    quiet: true,
  });
});

afterAll(async () => {
  await sandbox?.close();
});

beforeEach(async () => {
  await createSandboxControl(sandbox.url).clearRequests();
});

async function loggedRoutes(): Promise<string[]> {
  const log = await createSandboxControl(sandbox.url).requests();
  return log.log.map((entry) => entry.route);
}

const contact = { type: 'contacts' as const, id: SCALE_FACTS.contactId };

/** The contact's live tickets, straight from the sandbox's store. */
async function linkedInStore(contactId: string): Promise<string[]> {
  const snapshot = await createSandboxControl(sandbox.url).snapshot();
  const live = new Set(snapshot.objects['0-5'].filter((t) => !t.archived).map((t) => t.id));
  const ids = new Set<string>();
  for (const [fromType, fromId, toType, toId] of snapshot.associations) {
    if (fromType === '0-1' && fromId === contactId && toType === '0-5' && live.has(toId))
      ids.add(toId);
    if (toType === '0-1' && toId === contactId && fromType === '0-5' && live.has(fromId))
      ids.add(fromId);
  }
  return [...ids].sort();
}

describe('the association batch read', () => {
  it("reads a record's first 500 links in one call and says there are more", async () => {
    const page = await readLinkedPage(crm(), contact, 'tickets');
    expect(page.ids).toHaveLength(500);
    expect(new Set(page.ids).size).toBe(500);
    expect(page.complete).toBe(false);
    expect(await loggedRoutes()).toEqual([
      'POST /crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read',
    ]);
  });

  it('follows each input with more than a page by its own `after` until every link is read', async () => {
    const truth = await linkedInStore(contact.id);
    expect(truth.length).toBeGreaterThan(1_000);
    const links = await readLinksOf(crm(), 'contacts', [contact.id], 'tickets');
    const ids = links.get(contact.id) ?? [];
    expect([...ids].sort()).toEqual(truth);
    // Pages of 500: one call per page, each after the previous one's `after`.
    expect(await loggedRoutes()).toHaveLength(Math.ceil(truth.length / 500));
  });

  it('answers an id without links with no entry (HubSpot reports it as a per-input error)', async () => {
    const links = await readLinksOf(crm(), 'contacts', ['1999999'], 'tickets');
    expect(links.get('1999999')).toBeUndefined();
    const page = await readLinkedPage(crm(), { type: 'contacts', id: '1999999' }, 'tickets');
    expect(page).toEqual({ ids: [], complete: true, labels: new Map() });
  });
});
