/**
 * A sandbox with a data folder, through the SDK's apiRequest on 2026-09 (plus the
 * validation rules it persists): a restart keeps every write, and a crash
 * (the folder as it was on disk while the server ran, its last journal line torn) loses at
 * most that last write and leaves a store that starts and takes writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_FACTS } from '../src/seeds/demoFacts';
import { startHarness, type Harness } from './sdkHarness';
import { crmApi, expectCrmError } from './crmApi';

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
    await crmApi(h.client).create('tickets', {
      properties: { subject, hs_pipeline_stage: stage },
    })
  ).id;
}

/**
 * Copies the folder byte for byte while the server still runs: what a crash leaves. The
 * lock file stays behind: a crashed holder's lock names a dead pid, and this (live) test
 * process would otherwise still hold the copy.
 */
function crashImage(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-crash-'));
  for (const name of fs.readdirSync(from)) {
    if (name === 'sandbox.lock') continue;
    fs.copyFileSync(path.join(from, name), path.join(to, name));
  }
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
  const api = crmApi(first.client);
  const contact = (
    await api.create('contacts', { properties: { email: 'keep@example.com' }, associations: [] })
  ).id;
  const kept = await createTicket(first, 'kept');
  const binned = await createTicket(first, 'binned');
  await api.update('tickets', kept, { hs_ticket_priority: 'HIGH' });
  await api.defaultLink('tickets', kept, 'contacts', contact);
  await api.archive('tickets', binned);
  await api.createProperty('tickets', {
    name: 'kept_flag',
    label: 'Kept flag',
    type: 'string',
    fieldType: 'text',
    groupName: 'ticketinformation',
  });
  await first.control.setValidationRules([
    { id: 'kept-rule', objectType: '0-5', kind: 'createRequired', required: ['subject'] },
  ]);
  await first.sandbox.close();

  // The seed option only fills an empty folder.
  const second = await open(dataDir, 'demo');
  expect(await second.control.health()).toMatchObject({
    seed: 'empty',
    counts: { tickets: 1, contacts: 1 },
  });
  const again = crmApi(second.client);
  const ticket = await again.getById('tickets', kept, {
    properties: ['subject', 'hs_ticket_priority'],
    associations: 'contacts',
  });
  expect(ticket.properties).toMatchObject({ subject: 'kept', hs_ticket_priority: 'HIGH' });
  expect(ticket.associations?.contacts?.results.map((r) => r.id)).toEqual([contact]);
  const archived = await again.getById('tickets', binned, { archived: true });
  expect(archived.archived).toBe(true);
  expect((await again.property('tickets', 'kept_flag')).name).toBe('kept_flag');
  expect((await second.control.validationRules()).rules.map((rule) => rule.id)).toEqual([
    'kept-rule',
  ]);
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
    const read = await crmApi(restarted.client).batchRead('tickets', {
      inputs: ids.map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(read.body.results.map((t) => t.properties.subject).sort()).toEqual(['one', 'two']);
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
    const api = crmApi(restarted.client);
    const subjects = await api.batchRead('tickets', {
      inputs: [first, second].map((id) => ({ id })),
      properties: ['subject'],
      propertiesWithHistory: [],
    });
    expect(subjects.body.results.map((t) => t.properties.subject).sort()).toEqual([
      'first',
      'second',
    ]);
    await expectCrmError(api.getById('tickets', torn), 404, 'OBJECT_NOT_FOUND');
    const next = await createTicket(restarted, 'after crash');
    expect((await api.getById('tickets', next)).properties.subject).toBe('after crash');
    await restarted.sandbox.close();

    // The repaired store survives another restart with the new write in it.
    const again = await open(image);
    expect((await again.control.health()).counts.tickets).toBe(3);
  } finally {
    await Promise.all(running.splice(0).map((h) => h.sandbox.close()));
    fs.rmSync(image, { recursive: true, force: true });
  }
});
