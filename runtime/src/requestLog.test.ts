import type { SandboxRequestEntry, SandboxRequestLog } from '../../sandbox/src/control';
import { callKind, countKinds, sequentialRounds, writeCalls } from './requestLog';

const T0 = Date.parse('2026-11-24T10:00:00.000Z');

function entry(method: string, path: string, startMs = 0, durationMs = 100): SandboxRequestEntry {
  return {
    method,
    path,
    route: '',
    status: 200,
    durationMs,
    at: new Date(T0 + startMs).toISOString(),
  };
}

const logOf = (...log: SandboxRequestEntry[]): SandboxRequestLog => ({
  total: log.length,
  byRoute: {},
  log,
});

describe('callKind', () => {
  it.each([
    ['POST', '/crm/objects/2026-09/tickets/search', 'search'],
    ['POST', '/crm/objects/2026-09/tickets/batch/read?archived=false', 'batchRead'],
    ['GET', '/crm/objects/2026-09/tickets/5000001?properties=subject', 'read'],
    ['GET', '/crm/pipelines/2026-09/tickets', 'pipelines'],
    ['GET', '/crm/properties/2026-09/tickets', 'properties'],
    ['GET', '/crm/associations/2026-09/tickets/contacts/labels', 'associationLabels'],
    ['GET', '/crm/owners/2026-09?email=a%40b.example', 'owners'],
    ['GET', '/crm/owners/2026-09/71234501', 'owners'],
    ['POST', '/crm/associations/2026-09/contacts/tickets/batch/read', 'associationRead'],
    ['PUT', '/crm/objects/2026-09/tickets/5/associations/default/contacts/1', 'associationWrite'],
    ['PUT', '/crm/objects/2026-09/tickets/5/associations/contacts/1', 'associationWrite'],
    ['DELETE', '/crm/objects/2026-09/tickets/5/associations/contacts/1', 'associationWrite'],
    [
      'POST',
      '/crm/associations/2026-09/tickets/contacts/batch/associate/default',
      'associationWrite',
    ],
    ['POST', '/crm/associations/2026-09/tickets/contacts/batch/labels/archive', 'associationWrite'],
    ['POST', '/crm/objects/2026-09/tickets', 'create'],
    ['PATCH', '/crm/objects/2026-09/tickets/5', 'update'],
    ['POST', '/crm/objects/2026-09/tickets/batch/update', 'update'],
    ['DELETE', '/crm/objects/2026-09/tickets/5', 'delete'],
    ['POST', '/crm/objects/2026-09/tickets/batch/upsert', 'otherWrite'],
  ])('%s %s is a %s', (method, path, kind) => {
    expect(callKind(entry(method, path))).toBe(kind);
  });
});

describe('countKinds and writeCalls', () => {
  it('counts by kind and lists only the calls that change something', () => {
    const log = logOf(
      entry('POST', '/crm/objects/2026-09/tickets/search'),
      entry('POST', '/crm/objects/2026-09/tickets/search'),
      entry('PATCH', '/crm/objects/2026-09/tickets/5'),
    );
    expect(countKinds(log)).toEqual({ search: 2, update: 1 });
    expect(writeCalls(log)).toEqual(['PATCH /crm/objects/2026-09/tickets/5']);
  });
});

describe('sequentialRounds', () => {
  it('is 0 for no calls', () => {
    expect(sequentialRounds(logOf())).toBe(0);
  });

  it('counts overlapping calls as one round trip', () => {
    const log = logOf(entry('GET', '/a', 0), entry('GET', '/b', 3), entry('GET', '/c', 8));
    expect(sequentialRounds(log)).toBe(1);
  });

  it('counts a call that starts after another answered as the next round trip', () => {
    const log = logOf(
      entry('GET', '/pipelines', 0),
      entry('GET', '/properties', 2),
      entry('GET', '/associations', 1),
      entry('POST', '/batch/read', 104),
      entry('POST', '/search', 230),
    );
    expect(sequentialRounds(log)).toBe(3);
  });
});
