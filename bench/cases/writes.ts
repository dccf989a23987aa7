/**
 * Case 3: the card's writes - create, link, update, unlink - each on a warm container,
 * as a user does them after the card has painted.
 */
import { randomBytes } from 'node:crypto';
import type { BenchContext, CardOutcome, Measured } from '../context';
import { callFunction, failureLabel, measure } from '../context';
import type { CaseRow } from '../results';
import { median, summarize, sumCounts } from '../stats';
import { cardFirstPaint } from './firstPaint';

const EXPECTED_CALLS = 8;

type WriteName = 'create' | 'link' | 'update' | 'unlink';

function rowOf(name: WriteName, runs: Measured<CardOutcome<unknown>>[]): CaseRow {
  const ours = summarize(runs.map((run) => run.wallMs));
  const failures = runs.map((run) => failureLabel(run.value)).filter((label) => label !== null);
  return {
    case: `${name} (warm)`,
    ours,
    baseline: null,
    ratio: null,
    calls: {
      ours: median(runs.map((run) => run.calls.calls)),
      oursMax: Math.max(...runs.map((run) => run.calls.calls)),
      baseline: null,
    },
    oursByRoute: sumCounts(runs.map((run) => run.calls.byRoute)),
    roundTrips: {
      ours: Math.max(...runs.map((run) => run.calls.sequentialRoundTrips)),
      baseline: null,
    },
    notes:
      failures.length > 0
        ? [`${failures.length} failed: ${[...new Set(failures)].join(', ')}`]
        : [],
  };
}

export async function writeCases(context: BenchContext): Promise<CaseRow[]> {
  const { writes } = context.dataset;
  const { record } = writes;
  const runs = Math.min(context.options.runs, writes.looseTicketIds.length);
  const measured: Record<WriteName, Measured<CardOutcome<unknown>>[]> = {
    create: [],
    link: [],
    update: [],
    unlink: [],
  };
  const timed = async <T>(
    name: WriteName,
    work: () => Promise<CardOutcome<T>>,
  ): Promise<CardOutcome<T>> => {
    await context.window.waitForRoom(EXPECTED_CALLS);
    const run = await measure(context, work);
    measured[name].push(run);
    return run.value;
  };
  // The user has opened the card before writing: the container is warm.
  await callFunction(context, 'tickets_list', record.id, cardFirstPaint(record.recordType));
  process.stdout.write(`  create, link, update, unlink (${runs} runs)\n`);
  for (let run = 0; run < runs; run += 1) {
    const looseId = writes.looseTicketIds[run] as string;
    const created = await timed('create', () =>
      callFunction(context, 'ticket_create', record.id, {
        recordType: record.recordType,
        clientRequestId: `bench-${randomBytes(8).toString('hex')}`,
        subject: `Bench write ${run}`,
        description: 'Created by npm run bench.',
        pipelineId: writes.pipelineId,
        stageId: writes.openStageId,
        priority: 'MEDIUM',
      }),
    );
    await timed('link', () =>
      callFunction(context, 'tickets_link', record.id, {
        recordType: record.recordType,
        ticketIds: [looseId],
      }),
    );
    const createdId = created.ok ? created.data.ticket.id : (writes.linkedTicketIds[0] as string);
    await timed('update', () =>
      callFunction(context, 'ticket_update', record.id, {
        recordType: record.recordType,
        ticketIds: [createdId],
        priority: run % 2 === 0 ? 'HIGH' : 'LOW',
      }),
    );
    await timed('unlink', () =>
      callFunction(context, 'ticket_unlink', record.id, {
        recordType: record.recordType,
        ticketIds: [looseId],
      }),
    );
  }
  return (['create', 'link', 'update', 'unlink'] as const).map((name) =>
    rowOf(name, measured[name]),
  );
}
