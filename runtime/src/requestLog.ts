import type { SandboxRequestEntry, SandboxRequestLog } from '../../sandbox/src/control';

/**
 * Reading the sandbox's request log the way the call-count tests and the bench need:
 * what kind of HubSpot call each entry was, and how many sequential round trips a
 * function made.
 */

export type CallKind =
  | 'search'
  | 'batchRead'
  | 'read'
  | 'pipelines'
  | 'properties'
  | 'associationLabels'
  | 'owners'
  | 'associationRead'
  | 'associationWrite'
  | 'create'
  | 'update'
  | 'delete'
  | 'otherWrite';

function pathOnly(entry: SandboxRequestEntry): string {
  return entry.path.split('?')[0] as string;
}

export function callKind(entry: SandboxRequestEntry): CallKind {
  const path = pathOnly(entry);
  const method = entry.method.toUpperCase();
  if (path.endsWith('/search')) return 'search';
  if (/^\/crm\/pipelines\/2026-09\//.test(path)) return 'pipelines';
  if (/^\/crm\/properties\/2026-09\//.test(path)) return 'properties';
  if (/\/associations\/.*\/labels$/.test(path)) return 'associationLabels';
  if (/^\/crm\/owners\/2026-09(\/|$)/.test(path)) return 'owners';
  if (path.includes('/associations')) {
    if (method === 'GET' || path.endsWith('/batch/read')) return 'associationRead';
    return 'associationWrite';
  }
  if (path.endsWith('/batch/read')) return 'batchRead';
  if (method === 'GET') return 'read';
  if (method === 'POST' && /^\/crm\/objects\/2026-09\/(tickets|0-5)$/.test(path)) {
    return 'create';
  }
  if (method === 'PATCH' || path.endsWith('/batch/update')) return 'update';
  if (method === 'DELETE' || path.endsWith('/batch/archive')) return 'delete';
  return 'otherWrite';
}

const READ_KINDS: ReadonlySet<CallKind> = new Set([
  'search',
  'batchRead',
  'read',
  'pipelines',
  'properties',
  'associationLabels',
  'owners',
  'associationRead',
]);

export function countKinds(log: SandboxRequestLog): Partial<Record<CallKind, number>> {
  const counts: Partial<Record<CallKind, number>> = {};
  for (const entry of log.log) {
    const kind = callKind(entry);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** HubSpot calls that change something, as `METHOD /path`. */
export function writeCalls(log: SandboxRequestLog): string[] {
  return log.log
    .filter((entry) => !READ_KINDS.has(callKind(entry)))
    .map((entry) => `${entry.method} ${entry.path}`);
}

/**
 * The longest chain of calls where each one started only after the previous one had
 * answered: the number of sequential round trips. Meaningful with injected latency
 * (so parallel calls overlap clearly); `slackMs` absorbs clock rounding.
 */
export function sequentialRounds(log: SandboxRequestLog, slackMs = 5): number {
  const spans = log.log
    .map((entry) => {
      const start = Date.parse(entry.at);
      return { start, end: start + entry.durationMs };
    })
    .sort((a, b) => a.start - b.start);
  const chain: number[] = [];
  spans.forEach((span, index) => {
    let longest = 0;
    for (let before = 0; before < index; before += 1) {
      const earlier = spans[before] as { start: number; end: number };
      if (earlier.end - slackMs <= span.start) longest = Math.max(longest, chain[before] as number);
    }
    chain.push(longest + 1);
  });
  return Math.max(0, ...chain);
}
