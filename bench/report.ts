/** The results table on stdout and the target checks. */
import { TARGET_RATE } from './options';
import type { BenchResults, CaseRow, TargetCheck } from './results';
import type { Summary } from './stats';

const KB = 1000;

function ms(summary: Summary | null): string {
  if (!summary || Number.isNaN(summary.median)) return '-';
  const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
  return summary.n > 1
    ? `${round(summary.median)} (${round(summary.min)}-${round(summary.max)})`
    : `${round(summary.median)}`;
}

function count(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function oursCalls(row: CaseRow): string {
  const { ours, oursMax } = row.calls;
  return oursMax === null || oursMax === ours ? count(ours) : `${count(ours)} (max ${oursMax})`;
}

export function casesTable(rows: CaseRow[]): string {
  return table(
    [
      'case',
      'ours ms median (min-max)',
      'baseline ms',
      'baseline/ours',
      'calls ours/base',
      'seq. trips ours/base',
      'notes',
    ],
    rows.map((row) => [
      row.case,
      ms(row.ours),
      ms(row.baseline),
      row.ratio === null ? '-' : `${row.ratio.toFixed(1)}x`,
      `${oursCalls(row)} / ${count(row.calls.baseline)}`,
      `${count(row.roundTrips.ours)} / ${count(row.roundTrips.baseline)}`,
      row.notes.join('; '),
    ]),
  );
}

function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '-';
}

/** Peak load per rate (with the cost per open), and calls per first paint by record size. */
export function peakTable(results: BenchResults): string {
  const rates = table(
    [
      'opens/s x s',
      'first paint p50 / p95 ms',
      'user errors',
      '"busy" opens',
      'calls / open',
      'searches / open',
      '429s',
      'budget used (peak 10 s / mean)',
      'exec ms / open',
      'CPU ms / 100 opens',
    ],
    results.peak.map((rate) => [
      `${rate.opensPerSecond} x ${rate.seconds} (${rate.opens} opens, ${rate.listChanges} list changes, ${rate.localListChanges} on the card, ${rate.writes} writes)`,
      `${Math.round(rate.p50)} / ${Math.round(rate.p95)}`,
      rate.userErrors === 0 ? '0' : `${rate.userErrors} ${JSON.stringify(rate.errorCodes)}`,
      String(rate.busyOpens),
      rate.callsPerOpen.toFixed(2),
      rate.searchesPerOpen.toFixed(2),
      String(rate.hubspot429s),
      `${percent(rate.peakBudgetShare)} / ${percent(rate.meanBudgetShare)}`,
      String(Math.round(rate.executionMsPerOpen)),
      String(Math.round(rate.cpuMsPer100Opens)),
    ]),
  );
  const sizes = table(
    [
      'record size (tickets)',
      'records',
      'calls / first paint',
      'searches',
      'count searches avoided',
    ],
    results.callsBySize.map((size) => [
      size.size,
      String(size.records),
      size.callsPerOpen.toFixed(2),
      size.searchesPerOpen.toFixed(2),
      size.countSearchesAvoided.toFixed(0),
    ]),
  );
  return `${rates}\n\n${sizes}`;
}

export function sizesTable(results: BenchResults): string {
  const rows = results.sizes.map((size) => [
    size.what,
    `${(size.bytes / KB).toFixed(1)} KB`,
    `${(size.gzipBytes / KB).toFixed(1)} KB`,
  ]);
  if (results.coldRequireMs) {
    rows.push([
      'cold require of tickets_list (median of fresh node)',
      `${ms(results.coldRequireMs)} ms`,
      '',
    ]);
  }
  return table(['artifact', 'size', 'gzip'], rows);
}

export function targetsTable(targets: TargetCheck[]): string {
  return table(
    ['target', 'result', 'measured'],
    targets.map((target) => [target.target, target.pass ? 'PASS' : 'FAIL', target.detail]),
  );
}

/**
 * The run's exit code: 1 when any target failed, or when none was judged (a bench that
 * checked nothing must not pass CI), else 0.
 */
export function targetsExitCode(targets: TargetCheck[]): number {
  return targets.length > 0 && targets.every((target) => target.pass) ? 0 : 1;
}

/** The targets, judged on the figures (a missing figure fails its target). */
export function checkTargets(results: BenchResults, sizes: readonly number[]): TargetCheck[] {
  const latency = results.options.latencyMs;
  const warm = results.rows.filter(
    (row) => row.case.startsWith('first paint') && row.case.endsWith('warm'),
  );
  const largest = Math.max(...sizes);
  const atLargest = warm.filter((row) => row.case.includes(` ${largest.toLocaleString('en-US')},`));
  const checks: TargetCheck[] = [];

  const cold = results.rows.filter(
    (row) => row.case.startsWith('first paint') && row.case.endsWith('cold'),
  );
  const worstTrips = (rows: CaseRow[]) =>
    Math.max(...rows.map((row) => row.roundTrips.ours ?? Number.POSITIVE_INFINITY));
  // Issue 3 sets the bar on a warm container; a cold one may add its cache fill.
  checks.push({
    target: 'first paint <= 2 sequential HubSpot round trips at every size (warm)',
    pass: warm.length > 0 && worstTrips(warm) <= 2,
    detail: `worst warm ${count(worstTrips(warm))}, worst cold ${count(worstTrips(cold))}`,
  });
  const ratios = atLargest.map((row) => row.ratio ?? 0);
  checks.push({
    target: `first paint at ${largest.toLocaleString('en-US')} linked tickets >= 10x faster than the baseline`,
    pass: atLargest.length > 0 && Math.min(...ratios) >= 10,
    detail:
      ratios.length > 0 ? ratios.map((ratio) => `${ratio.toFixed(1)}x`).join(', ') : 'not measured',
  });
  const worstWarm = Math.max(...warm.map((row) => row.ours?.median ?? Number.POSITIVE_INFINITY));
  // Two round trips at the slowest injected latency (fixed + full jitter) and one more
  // call's worth for the work around them: at 10,000 linked tickets the sandbox's own two
  // searches take 40-50 ms of its single thread, which HubSpot's servers would not add.
  const slowestCall = latency + results.options.jitterMs;
  checks.push({
    target: `warm first paint < 3 x the slowest injected latency (${3 * slowestCall} ms) at every size`,
    pass: warm.length > 0 && worstWarm < 3 * slowestCall,
    detail: `slowest median ${Math.round(worstWarm)} ms`,
  });
  const wrongFirstPaints = results.rows.filter(
    (row) => row.case.startsWith('first paint') && row.notes.length > 0,
  );
  checks.push({
    target: 'first paint answers match the baseline (counts and page)',
    pass: warm.length > 0 && wrongFirstPaints.length === 0,
    detail: wrongFirstPaints.length === 0 ? 'all match' : `${wrongFirstPaints.length} rows differ`,
  });
  const target = results.peak.find((rate) => rate.opensPerSecond === TARGET_RATE);
  checks.push({
    target: `peak load: ${TARGET_RATE} opens/s sustained, 0 user-visible errors, p95 first paint < 1 s`,
    pass: target !== undefined && target.opens > 0 && target.userErrors === 0 && target.p95 < 1000,
    detail: target
      ? `${target.seconds} s, ${target.opens} opens + ${target.listChanges} list changes + ${target.writes} writes: ${target.userErrors} errors, p95 ${Math.round(target.p95)} ms, ${target.busyOpens} "busy, retrying", peak ${percent(target.peakBudgetShare)} of 190/10 s`
      : 'not measured',
  });
  const rollUp = results.rollUp;
  checks.push({
    target: 'roll-up of 2,000 contacts / 20,000 tickets counts exactly, no contact left out',
    pass: rollUp !== null && rollUp.exact,
    detail: rollUp
      ? `${rollUp.exact ? 'exact' : rollUp.problems.join('; ')}; warm ${rollUp.warmCalls} calls, ${rollUp.warmSearches} searches, ${rollUp.warmRoundTrips} round trips, ${Math.round(rollUp.warmMs)} ms`
      : 'not measured',
  });
  const storm = results.storm;
  // The bar: 19 of 20 correct; a clean failure is a failure too.
  const allowedMisses = storm ? Math.floor(storm.opens / 20) : 0;
  checks.push({
    target: '429 storm (half of calls refused): >= 19 of 20 opens correct, none past 9 s',
    pass:
      storm !== null &&
      storm.opens > 0 &&
      storm.maxMs < 9000 &&
      storm.wrongAnswers === 0 &&
      storm.correct >= storm.opens - allowedMisses,
    detail: storm
      ? `${storm.correct} of ${storm.opens} correct (${storm.cleanFailures} clean failures, ${storm.wrongAnswers} wrong), max ${Math.round(storm.maxMs)} ms`
      : 'not measured',
  });
  checks.push({
    target: 'function cold require < 150 ms',
    pass: results.coldRequireMs !== null && results.coldRequireMs.median < 150,
    detail: results.coldRequireMs ? `median ${ms(results.coldRequireMs)} ms` : 'not measured',
  });
  const cards = results.sizes.filter((size) => size.what.startsWith('card '));
  const biggest = Math.max(...cards.map((card) => card.bytes));
  checks.push({
    target: 'each card bundle < 250 KB minified',
    pass: cards.length > 0 && biggest < 250 * KB,
    detail: cards.length > 0 ? `largest ${(biggest / KB).toFixed(1)} KB` : 'no card entry found',
  });
  return checks;
}
