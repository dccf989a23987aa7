/**
 * `npm run bench`: the Tickets card's speed at scale, side by side with the common way
 * (issue 6). A CRM sandbox in a child process with HubSpot's latency and rate limits,
 * our built app functions in the local runtime, the baseline through the SDK directly.
 * Prints a table and writes the same figures to bench/results/latest.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@hubspot/api-client';
import { createFunctionRuntime } from '../runtime/src/functionRuntime';
import { createSandboxControl } from '../sandbox/src/control';
import { RateWindow, toLoggedCalls } from './callLog';
import { firstPaintCases } from './cases/firstPaint';
import { bundleSizes, coldRequireMs, functionEntry } from './cases/sizes';
import { stormCase } from './cases/storm';
import { callsBySize, peakRate } from './cases/peakLoad';
import { rollUpCase } from './cases/rollUp';
import { writeCases } from './cases/writes';
import type { BenchContext } from './context';
import { loadDataset } from './dataset';
import { buildBenchFunctions } from './functionsBuild';
import { parseBenchOptions } from './options';
import {
  casesTable,
  checkTargets,
  peakTable,
  sizesTable,
  targetsExitCode,
  targetsTable,
} from './report';
import { loadRollUpCompany, ROLL_UP_CONTACTS } from './rollUpDataset';
import type { BenchResults } from './results';
import { startSandboxProcess } from './sandboxProcess';

const TOKEN = 'local-dev-token';
const SIZES = [0, 10, 100, 1_000, 10_000];
const TYPICAL_RECORDS = 20;
const TEN_SECOND_LIMIT = 190;
const SEARCH_LIMIT = 5;

function machine(): BenchResults['machine'] {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(
    process.argv.slice(2),
    path.join(__dirname, 'results', 'latest.json'),
  );
  const benchStarted = performance.now();
  const step = (what: string) =>
    console.log(`[${((performance.now() - benchStarted) / 1000).toFixed(1)} s] ${what}`);
  const startedAt = new Date().toISOString();
  const jitterMs = Math.round(options.latencyMs / 4);

  step('building a private copy of the app functions (temp folder)');
  const functions = await buildBenchFunctions();
  if (functions.skipped.length > 0) {
    step(`NOT built (no source yet): ${functions.skipped.join(', ')}`);
  }

  // Ctrl+C: the sandbox child exits on its own when this process goes; the copy does not.
  process.once('SIGINT', () => {
    functions.remove();
    process.exit(130);
  });

  step('starting the CRM sandbox (child process)');
  const sandbox = await startSandboxProcess().catch((error: unknown) => {
    functions.remove();
    throw error;
  });
  const control = createSandboxControl(sandbox.url);
  const runtime = createFunctionRuntime({
    functionsDir: functions.functionsDir,
    env: { HUBSPOT_API_BASE_URL: sandbox.url, PRIVATE_APP_ACCESS_TOKEN: TOKEN },
  });
  try {
    // No SDK retries or limiter: the common way as the samples write it. (Our functions
    // run in the runtime's worker thread, with an SDK instance - and settings - of their own.)
    const client = new Client({ accessToken: TOKEN, basePath: sandbox.url });

    step(`loading ${SIZES.join(', ')} linked tickets per record, limits off`);
    await control.setConfig({
      rateLimits: { tenSecondly: null, secondly: null },
      latency: { default: { fixedMs: 0, jitterMs: 0 } },
    });
    const dataset = await loadDataset(client, SIZES, TYPICAL_RECORDS);
    if (options.rollUp)
      step(`loading a company with ${ROLL_UP_CONTACTS.toLocaleString('en-US')} contacts`);
    const rollUpCompany = options.rollUp ? await loadRollUpCompany(client) : null;
    const window = new RateWindow(TEN_SECOND_LIMIT, (route) => route.endsWith('/search'));
    window.record(toLoggedCalls((await control.requests()).log));
    step(
      `loaded ${dataset.totalTickets} tickets; latency ${options.latencyMs} ms + up to ${jitterMs} ms jitter, limits on`,
    );
    await control.setConfig({
      rateLimits: { tenSecondly: TEN_SECOND_LIMIT, secondly: SEARCH_LIMIT },
      latency: { default: { fixedMs: options.latencyMs, jitterMs } },
    });

    const context: BenchContext = {
      options,
      control,
      runtime,
      client,
      window,
      dataset,
    };
    step('first paint, ours (cold, warm) interleaved with the baseline');
    const rows = await firstPaintCases(context);
    step('writes');
    rows.push(...(await writeCases(context)));
    step('company roll-up at size');
    const rollUp = rollUpCompany ? await rollUpCase(context, rollUpCompany) : null;
    if (rollUp) rows.push(...rollUp.rows);
    step('calls per first paint by record size');
    const bySize = await callsBySize(context);
    step('peak load');
    const peak = [];
    for (const rate of options.peakRates) {
      peak.push(await peakRate(context, rate, options.peakSeconds(rate)));
    }
    step('429 storm');
    const storm = await stormCase(context);
    rows.push(storm.row);
    step('bundle sizes and cold require');
    const sizes = await bundleSizes(functions.distDir);
    const listEntry = functionEntry(functions.functionsDir, 'tickets_list');
    const coldRequire =
      listEntry && fs.existsSync(listEntry)
        ? coldRequireMs(listEntry, options.requireSamples)
        : null;

    const results: BenchResults = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machine(),
      options: {
        quick: options.quick,
        latencyMs: options.latencyMs,
        jitterMs,
        runs: options.runs,
        largeRuns: options.largeRuns,
      },
      rows,
      sizes,
      coldRequireMs: coldRequire,
      peak,
      callsBySize: bySize,
      rollUp: rollUp?.figures ?? null,
      storm: storm.figures,
      targets: [],
    };
    results.targets = checkTargets(results, SIZES);
    step('done');

    const m = results.machine;
    console.log(
      `\nTickets card bench - ${m.cpu} x${m.cores}, ${m.memoryGb} GB, Node ${m.node}; ` +
        `HubSpot latency ${options.latencyMs} ms + up to ${jitterMs} ms jitter, limits ${TEN_SECOND_LIMIT}/10 s and search ${SEARCH_LIMIT}/s` +
        `${options.quick ? ', --quick' : ''}\n`,
    );
    console.log(casesTable(results.rows));
    console.log('');
    console.log(peakTable(results));
    console.log('');
    console.log(sizesTable(results));
    console.log('');
    console.log(targetsTable(results.targets));
    fs.mkdirSync(path.dirname(options.outFile), { recursive: true });
    fs.writeFileSync(options.outFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nJSON: ${path.relative(process.cwd(), options.outFile)}`);
    // CI runs `--quick`: a failed target fails the run.
    process.exitCode = targetsExitCode(results.targets);
    if (process.exitCode !== 0) {
      const failed = results.targets.filter((target) => !target.pass).length;
      console.error(`\n${failed} of ${results.targets.length} benchmark target(s) FAILED.`);
    }
  } finally {
    await runtime.close();
    await sandbox.stop();
    functions.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
