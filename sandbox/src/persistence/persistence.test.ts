import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SandboxCore } from '../sandboxCore';
import { createRecords, updateRecords } from '../store/objectWrites';
import { DEMO_FACTS } from '../seeds/demoFacts';

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const open = (seed = 'demo', resetData = false) => new SandboxCore({ seed, dataDir, resetData });

function createTicket(core: SandboxCore, subject: string): string {
  const [ticket] = createRecords(core, '0-5', [
    {
      properties: { subject, hs_pipeline_stage: '1' },
      associations: [
        {
          to: { id: DEMO_FACTS.contactWithoutTickets },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }],
        },
      ],
    },
  ]);
  return ticket?.id ?? '';
}

describe('a sandbox with a data folder', () => {
  it('keeps every write across a clean restart', () => {
    const first = open();
    const id = createTicket(first, 'kept');
    updateRecords(first, '0-5', [{ id, properties: { hs_ticket_priority: 'HIGH' } }]);
    first.close();

    const second = open();
    expect(second.store.get('0-5', id)?.properties).toMatchObject({
      subject: 'kept',
      hs_ticket_priority: 'HIGH',
    });
    expect(second.store.linkedIds('0-1', DEMO_FACTS.contactWithoutTickets, '0-5')?.has(id)).toBe(
      true,
    );
    // New ids continue after the stored ones.
    expect(Number(createTicket(second, 'next'))).toBeGreaterThan(Number(id));
    second.close();
  });

  it('replays the journal after a crash (no close, no compaction)', () => {
    const crashed = open();
    const id = createTicket(crashed, 'journalled');
    // No close(): the process "died" here.
    const restarted = open();
    expect(restarted.store.get('0-5', id)?.properties.subject).toBe('journalled');
    restarted.close();
  });

  it('ignores a torn last journal line', () => {
    const crashed = open();
    const id = createTicket(crashed, 'complete');
    fs.appendFileSync(path.join(dataDir, 'journal.ndjson'), '{"effects":[{"kind":"putObj');
    const restarted = open();
    expect(restarted.store.get('0-5', id)?.properties.subject).toBe('complete');
    expect(restarted.loadNotes.join(' ')).toMatch(/1 torn line ignored/);
    restarted.close();
  });

  it('leaves no temporary files and an empty journal after closing', () => {
    const core = open();
    createTicket(core, 'x');
    core.close();
    expect(fs.readdirSync(dataDir).sort()).toEqual(['journal.ndjson', 'snapshot.json']);
    expect(fs.readFileSync(path.join(dataDir, 'journal.ndjson'), 'utf8')).toBe('');
  });

  it('prefers the stored data over the seed, unless asked to reset', () => {
    const first = open('demo');
    const id = createTicket(first, 'mine');
    first.close();

    const again = open('empty');
    expect(again.store.seed).toBe('demo');
    expect(again.store.get('0-5', id)).toBeDefined();
    again.close();

    const reset = open('empty', true);
    expect(reset.store.records['0-5'].size).toBe(0);
    reset.close();
    expect(open('demo').store.records['0-5'].size).toBe(0);
  });

  it('persists a control-API reset to another seed', () => {
    const core = open('demo');
    core.reset('empty');
    const restarted = open('demo');
    expect(restarted.health().counts).toEqual({ tickets: 0, contacts: 0, companies: 0 });
    restarted.close();
  });
});
