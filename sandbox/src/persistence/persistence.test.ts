import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

const journalPath = (): string => path.join(dataDir, 'journal.ndjson');
const lockPath = (): string => path.join(dataDir, 'sandbox.lock');

/** A crashed sandbox leaves its lock behind, naming a process that no longer exists. */
function markCrashed(): void {
  const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
  fs.writeFileSync(lockPath(), JSON.stringify({ pid: child.pid, startedAt: 'earlier' }));
}

function createTicket(core: SandboxCore, subject: string): string {
  const [ticket] = createRecords(core, '0-5', [
    {
      // The demo's portal rules require a category on create.
      properties: { subject, hs_pipeline_stage: '1', hs_ticket_category: 'PRODUCT_ISSUE' },
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
    markCrashed();
    const restarted = open();
    expect(restarted.store.get('0-5', id)?.properties.subject).toBe('journalled');
    restarted.close();
  });

  it('ignores a torn last journal line', () => {
    const crashed = open();
    const id = createTicket(crashed, 'complete');
    fs.appendFileSync(journalPath(), '{"effects":[{"kind":"putObj');
    markCrashed();
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
    const reopened = open('demo');
    expect(reopened.store.records['0-5'].size).toBe(0);
    reopened.close();
  });

  it('persists a control-API reset to another seed', () => {
    const core = open('demo');
    core.reset('empty');
    markCrashed();
    const restarted = open('demo');
    expect(restarted.health().counts).toEqual({ tickets: 0, contacts: 0, companies: 0 });
    restarted.close();
  });

  it('keeps a complete last line that only lacks its newline', () => {
    const crashed = open();
    const first = createTicket(crashed, 'first');
    const second = createTicket(crashed, 'second');
    const text = fs.readFileSync(journalPath(), 'utf8');
    fs.writeFileSync(journalPath(), text.replace(/\n$/, ''));
    markCrashed();
    const restarted = open();
    expect(restarted.store.get('0-5', first)).toBeDefined();
    expect(restarted.store.get('0-5', second)).toBeDefined();
    expect(restarted.loadNotes.join(' ')).not.toMatch(/torn/);
    restarted.close();
  });
});

describe('a data folder that would lose writes', () => {
  function crashedWithTwoTickets(): string[] {
    const crashed = open();
    const ids = [createTicket(crashed, 'one'), createTicket(crashed, 'two')];
    markCrashed();
    return ids;
  }

  it('refuses to start on a damaged middle line, naming the file and line, and changes nothing', () => {
    crashedWithTwoTickets();
    const lines = fs.readFileSync(journalPath(), 'utf8').split('\n');
    lines[0] = '{"effects":[{"kind":"putObj}';
    fs.writeFileSync(journalPath(), lines.join('\n'));
    const before = fs.readFileSync(journalPath(), 'utf8');
    expect(() => open()).toThrow(
      `${journalPath()}:1: this journal line is damaged (not JSON), and 1 acknowledged write(s) follow it`,
    );
    expect(fs.readFileSync(journalPath(), 'utf8')).toBe(before);
    // Once repaired (the damaged write removed), every later acknowledged write is back.
    fs.writeFileSync(journalPath(), lines.slice(1).join('\n'));
    const repaired = open();
    expect(repaired.store.records['0-5'].size).toBeGreaterThan(0);
    repaired.close();
  });

  it('names a journal entry with a null record instead of crashing', () => {
    crashedWithTwoTickets();
    fs.appendFileSync(
      journalPath(),
      '{"effects":[{"kind":"putObject","objectType":"0-5","record":null}]}\n',
    );
    expect(() => open()).toThrow(
      `${journalPath()}:3: this journal line is not a valid write: effect 1: putObject without a record (record is null)`,
    );
  });

  it('refuses to reseed over a journal whose snapshot is missing', () => {
    crashedWithTwoTickets();
    fs.rmSync(path.join(dataDir, 'snapshot.json'));
    expect(() => open()).toThrow(
      /snapshot\.json is missing but .*journal\.ndjson holds \d+ bytes of writes/,
    );
    expect(fs.existsSync(path.join(dataDir, 'snapshot.json'))).toBe(false);
  });

  it('lets only one sandbox use a folder at a time, and names the holder', () => {
    const first = open();
    expect(() => open()).toThrow(
      `The data folder ${dataDir} is in use by another sandbox (pid ${process.pid}, this process`,
    );
    first.close();
    const second = open();
    second.close();
  });

  it('takes over the lock of a sandbox that died', () => {
    const [id] = crashedWithTwoTickets();
    const restarted = open();
    expect(restarted.store.get('0-5', id ?? '')).toBeDefined();
    restarted.close();
    expect(fs.existsSync(lockPath())).toBe(false);
  });
});
