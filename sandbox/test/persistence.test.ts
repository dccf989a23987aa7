/**
 * A sandbox with a data folder, through the SDK: a restart keeps every write, and a crash
 * (the folder as it was on disk while the server ran, its last journal line torn) loses at
 * most that last write and leaves a store that starts and takes writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { expectApiError, startHarness, type Harness } from './sdkHarness';

const stage = DEMO_FACTS.pipelines.support.stages.new;
const NO_LIMITS = { rateLimits: { tenSecondly: null, secondly: null } };
let dataDir: string;
const running: Harness[] = [];

async function open(dir: string, seed: 'demo' | 'empty' = 'empty'): Promise<Harness> {
  const harness = await startHarness(seed, { dataDir: dir, config: NO_LIMITS });
  running.push(harness);
  return harness;
}

async function createTicket(h: Harness, subject: string): Promise<string> {
  return (
    await h.client.crm.tickets.basicApi.create({
      properties: { subject, hs_pipeline_stage: stage },
    })
  ).id;
}

/** Copies the folder byte for byte while the server still runs: what a crash leaves. */
function crashImage(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-crash-'));
  for (const name of fs.readdirSync(from))
    fs.copyFileSync(path.join(from, name), path.join(to, name));
  return to;
}

function journalLines(dir: string): string[] {
  return fs.readFileSync(path.join(dir, 'journal.ndjson'), 'utf8').split('\n').filter(Boolean);
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.sandbox.close()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('keeps records, updates, archives, associations and custom properties across a restart', async () => {
  const first = await open(dataDir);
  const contact = (
    await first.client.crm.contacts.basicApi.create({
      properties: { email: 'keep@example.com' },
      associations: [],
    })
  ).id;
  const kept = await createTicket(first, 'kept');
  const binned = await createTicket(first, 'binned');
  await first.client.crm.tickets.basicApi.update(kept, {
    properties: { hs_ticket_priority: 'HIGH' },
  });
  await first.client.crm.associations.v4.basicApi.createDefault(
    'tickets',
    kept,
    'contacts',
    contact,
  );
  await first.client.crm.tickets.basicApi.archive(binned);
  await first.client.crm.properties.coreApi.create('tickets', {
    name: 'kept_flag',
    label: 'Kept flag',
    type: PropertyCreateTypeEnum.String,
    fieldType: PropertyCreateFieldTypeEnum.Text,
    groupName: 'ticketinformation',
  });
  await first.sandbox.close();

  // The seed option only fills an empty folder.
  const second = await open(dataDir, 'demo');
  expect(await second.control.health()).toMatchObject({
    seed: 'empty',
    counts: { tickets: 1, contacts: 1 },
  });
  const ticket = await second.client.crm.tickets.basicApi.getById(
    kept,
    ['subject', 'hs_ticket_priority'],
    undefined,
    ['contacts'],
  );
  expect(ticket.properties).toMatchObject({ subject: 'kept', hs_ticket_priority: 'HIGH' });
  expect(ticket.associations?.contacts?.results.map((r) => r.id)).toEqual([contact]);
  const archived = await second.client.crm.tickets.basicApi.getById(
    binned,
    undefined,
    undefined,
    undefined,
    true,
  );
  expect(archived.archived).toBe(true);
  expect((await second.client.crm.properties.coreApi.getByName('tickets', 'kept_flag')).name).toBe(
    'kept_flag',
  );
  // New ids continue after the stored ones.
  expect(Number(await createTicket(second, 'after restart'))).toBeGreaterThan(Number(binned));
});

it('replays every journalled write after a crash', async () => {
  const live = await open(dataDir);
  const ids = [await createTicket(live, 'one'), await createTicket(live, 'two')];
  const image = crashImage(dataDir);
  try {
    expect(journalLines(image).length).toBeGreaterThanOrEqual(2);
    const restarted = await open(image);
    const read = await restarted.client.crm.tickets.batchApi.read({
      inputs: ids.map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(read.results.map((t) => t.properties.subject).sort()).toEqual(['one', 'two']);
  } finally {
    await Promise.all(running.splice(0).map((h) => h.sandbox.close()));
    fs.rmSync(image, { recursive: true, force: true });
  }
});

it('loses only the torn last write when the journal ends mid-line, and keeps working', async () => {
  const live = await open(dataDir);
  const first = await createTicket(live, 'first');
  const second = await createTicket(live, 'second');
  const torn = await createTicket(live, 'torn');
  const image = crashImage(dataDir);
  try {
    const journal = path.join(image, 'journal.ndjson');
    const text = fs.readFileSync(journal, 'utf8');
    const lastLineStart = text.lastIndexOf('\n', text.length - 2) + 1;
    const lastLineLength = text.length - lastLineStart;
    expect(text.slice(lastLineStart)).toContain('torn');
    fs.writeFileSync(journal, text.slice(0, lastLineStart + Math.floor(lastLineLength / 2)));

    const restarted = await open(image);
    const subjects = await restarted.client.crm.tickets.batchApi.read({
      inputs: [first, second].map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(subjects.results.map((t) => t.properties.subject).sort()).toEqual(['first', 'second']);
    await expectApiError(
      restarted.client.crm.tickets.basicApi.getById(torn),
      404,
      'OBJECT_NOT_FOUND',
    );
    const next = await createTicket(restarted, 'after crash');
    expect((await restarted.client.crm.tickets.basicApi.getById(next)).properties.subject).toBe(
      'after crash',
    );
    await restarted.sandbox.close();

    // The repaired store survives another restart with the new write in it.
    const again = await open(image);
    expect((await again.control.health()).counts.tickets).toBe(3);
  } finally {
    await Promise.all(running.splice(0).map((h) => h.sandbox.close()));
    fs.rmSync(image, { recursive: true, force: true });
  }
});
