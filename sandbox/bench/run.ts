/**
 * `npm run bench:sandbox`: start-up time, resident memory and p50/p99 latency of the CRM
 * sandbox with `scale:100000`, against the targets of issue 2. Prints a table, writes
 * bench/results/sandbox.json, and exits 1 when a target fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { residentMb, startSandboxChild } from './sandboxChildProcess';
import { summarize, type LatencySummary } from './latencyStats';
import { workloads, type Workload } from './workloads';

const TICKETS = 100_000;
const TOKEN = 'local-dev-token';
const WARMUP = 20;
const RUNS = 300;
const TARGETS = { startupMs: 3000, memoryMb: 600, searchP50Ms: 25 };
const SEARCH_WORKLOAD = 'search associations.contact by createdate (100)';

async function timeOne(url: string, call: ReturnType<Workload['request']>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}${call.path}`, {
    method: call.method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  // The body is part of the answer: read it all before stopping the clock.
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(
      `${call.method} ${call.path} answered ${response.status}: ${text.slice(0, 300)}`,
    );
  }
  return elapsed;
}

async function measure(url: string, workload: Workload): Promise<LatencySummary> {
  for (let i = 0; i < WARMUP; i += 1) await timeOne(url, workload.request(RUNS + i));
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await timeOne(url, workload.request(i)));
  return summarize(samples);
}

const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : value.toFixed(2));
const mark = (ok: boolean | undefined): string => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  const benchStarted = performance.now();
  console.log(
    `CRM sandbox bench: scale:${TICKETS}, rate limits off, ${RUNS} sequential calls each\n`,
  );
  const sandbox = await startSandboxChild(
    ['--port', '0', '--seed', `scale:${TICKETS}`, '--rate-limits', 'off', '--quiet'],
    60_000,
  );
  const latencies: Record<string, LatencySummary> = {};
  let rssAfterSeed: number | undefined;
  let rssAfterRuns: number | undefined;
  let peakRss: number | undefined;
  try {
    rssAfterSeed = residentMb(sandbox.pid);
    for (const workload of workloads(TICKETS)) {
      latencies[workload.name] = await measure(sandbox.url, workload);
    }
    rssAfterRuns = residentMb(sandbox.pid);
    peakRss = residentMb(sandbox.pid, 'VmHWM');
  } finally {
    await sandbox.stop();
  }

  // The target applies to the worst moment: the peak (VmHWM) covers seeding and the runs.
  const maxRss = Math.max(rssAfterSeed ?? 0, rssAfterRuns ?? 0, peakRss ?? 0) || undefined;
  const searchP50 = latencies[SEARCH_WORKLOAD]?.p50;
  const checks = {
    startup: sandbox.startupMs < TARGETS.startupMs,
    memory: maxRss === undefined ? undefined : maxRss < TARGETS.memoryMb,
    searchP50: searchP50 === undefined ? undefined : searchP50 < TARGETS.searchP50Ms,
  };

  const rows = Object.entries(latencies).map(
    ([name, s]) =>
      `  ${name.padEnd(50)} ${ms(s.p50).padStart(8)} ${ms(s.p99).padStart(8)} ${ms(s.max).padStart(8)}`,
  );
  console.log(
    `  ${'call'.padEnd(50)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
  );
  console.log(rows.join('\n'));
  console.log(`
  start-up (spawn to ready line)   ${ms(sandbox.startupMs)} ms   target < ${TARGETS.startupMs} ms   ${mark(checks.startup)}
  resident memory after seeding    ${ms(rssAfterSeed)} MB
  resident memory after the runs   ${ms(rssAfterRuns)} MB
  peak resident memory (VmHWM)     ${ms(peakRss)} MB   target < ${TARGETS.memoryMb} MB   ${mark(checks.memory)}
  search p50                       ${ms(searchP50)} ms   target < ${TARGETS.searchP50Ms} ms   ${mark(checks.searchP50)}
`);

  const results = {
    at: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    seed: `scale:${TICKETS}`,
    runsPerCall: RUNS,
    warmupPerCall: WARMUP,
    startupMs: sandbox.startupMs,
    rssMb: {
      afterSeed: rssAfterSeed ?? null,
      afterRuns: rssAfterRuns ?? null,
      peak: peakRss ?? null,
    },
    latencyMs: latencies,
    targets: TARGETS,
    pass: checks,
    benchSeconds: (performance.now() - benchStarted) / 1000,
  };
  const out = path.resolve(__dirname, '..', '..', 'bench', 'results', 'sandbox.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `  wrote ${path.relative(process.cwd(), out)} (${results.benchSeconds.toFixed(1)} s)`,
  );
  if (Object.values(checks).includes(false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
