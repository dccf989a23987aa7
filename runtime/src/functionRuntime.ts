import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The local stand-in for HubSpot's app-function runtime: uid -> built CommonJS file (from
 * the `*-hsmeta.json` files), `exports.main({parameters, propertiesToSend, secrets})`,
 * a 15 s limit and a JSON-serialisable result, with HubSpot's four error types.
 *
 * Functions run in a "container": a worker thread with its own module cache and
 * `process.env`, so module-level caches live exactly as long as a warm container would,
 * `coldStart()` really starts from nothing, and a runaway function cannot freeze the host.
 */

/**
 * `npm run test:coverage` points this at its own build of the functions (with source
 * maps), so that other builds of src/app/functions/dist during the run cannot swap the
 * bundles under it.
 */
export const FUNCTIONS_DIR_ENV = 'FUNCTION_RUNTIME_FUNCTIONS_DIR';
export const DEFAULT_FUNCTIONS_DIR =
  process.env[FUNCTIONS_DIR_ENV] || path.resolve(__dirname, '..', '..', 'src', 'app', 'functions');
export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * Set (to a folder) by `npm run test:coverage`: each container profiles the bundles it runs
 * and writes V8 coverage there when it stops (scripts/coverage.ts maps it to the sources).
 */
export const FUNCTION_COVERAGE_DIR_ENV = 'FUNCTION_COVERAGE_DIR';
/** How long a stopping container may take to write its coverage (a stuck one never will). */
const COVERAGE_FLUSH_MS = 3_000;

export type RuntimeErrorType =
  'TIMEOUT' | 'UNCAUGHT_ERROR' | 'INVALID_RESPONSE' | 'FUNCTION_NOT_FOUND';

export type InvokeOutcome =
  | { status: 'ok'; result: unknown; durationMs: number }
  | { status: 'error'; errorType: RuntimeErrorType; message: string; durationMs: number };

export interface InvokeRequest {
  parameters: unknown;
  propertiesToSend: Record<string, unknown>;
}

export interface FunctionRuntimeEnv {
  HUBSPOT_API_BASE_URL?: string;
  PRIVATE_APP_ACCESS_TOKEN?: string;
  [name: string]: string | undefined;
}

export interface FunctionRuntimeOptions {
  /** The folder holding the `*-hsmeta.json` files; default `src/app/functions`. */
  functionsDir?: string;
  /** The container's whole `process.env` (nothing is inherited from the host). */
  env: FunctionRuntimeEnv;
  timeoutMs?: number;
  /**
   * Receives what the functions print (their log lines, as HubSpot's log viewer would show
   * them) instead of the host's stdout/stderr: for tests that read the logs.
   */
  onOutput?: (output: { stream: 'stdout' | 'stderr'; text: string }) => void;
}

export interface FunctionRuntime {
  invoke(uid: string, request: InvokeRequest): Promise<InvokeOutcome>;
  uids(): string[];
  /** Forget loaded modules and caches: the next call runs in a cold container. */
  coldStart(): void;
  /** Stops the container; later calls start a new one. */
  close(): Promise<void>;
}

type ContainerReply =
  | { id: number; kind: 'ok'; json: string }
  | { id: number; kind: 'threw' | 'invalid'; message: string }
  | { id: number; kind: 'crashed'; message: string }
  | { id: number; kind: 'flushed'; message?: string };

interface Container {
  worker: Worker;
  pending: Map<number, (reply: ContainerReply) => void>;
  /** No new calls: it timed out (maybe stuck in a loop) or a cold start was asked. */
  retired: boolean;
  /** A call overran: it may be stuck in a loop and would never write its coverage. */
  timedOut?: boolean;
  /** Terminating (after writing its coverage when that is collected). */
  stopping?: Promise<void>;
}

const CONTAINER_SCRIPT = path.join(__dirname, 'functionContainer.cjs');

/** uid -> absolute path of the built entry, from the hsmeta files as HubSpot reads them. */
export function readFunctionMap(functionsDir: string): Map<string, string> {
  const srcDir = path.resolve(functionsDir, '..', '..');
  const map = new Map<string, string>();
  if (!fs.existsSync(functionsDir)) return map;
  for (const name of fs.readdirSync(functionsDir).sort()) {
    if (!name.endsWith('-hsmeta.json')) continue;
    let meta: { uid?: unknown; type?: unknown; config?: { entrypoint?: unknown } };
    try {
      meta = JSON.parse(fs.readFileSync(path.join(functionsDir, name), 'utf8')) as typeof meta;
    } catch (error) {
      console.warn(`[function runtime] skipping ${name}: ${(error as Error).message}`);
      continue;
    }
    const entrypoint = meta.config?.entrypoint;
    if (meta.type !== 'app-function' || typeof meta.uid !== 'string') continue;
    if (typeof entrypoint !== 'string') continue;
    // Entrypoints are relative to the project's srcDir and start with /app/.
    map.set(meta.uid, path.join(srcDir, entrypoint));
  }
  return map;
}

export function createFunctionRuntime(options: FunctionRuntimeOptions): FunctionRuntime {
  const functionsDir = options.functionsDir ?? DEFAULT_FUNCTIONS_DIR;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.env)) {
    if (value !== undefined) env[name] = value;
  }
  let functionMap: Map<string, string> | null = null;
  let container: Container | null = null;
  let nextId = 1;
  // The host's variable, not the container's env: coverage is about the test run.
  const coverageDir = process.env[FUNCTION_COVERAGE_DIR_ENV] || undefined;

  const functions = (): Map<string, string> => (functionMap ??= readFunctionMap(functionsDir));

  async function flushCoverage(target: Container): Promise<void> {
    const id = nextId++;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        target.pending.delete(id);
        resolve();
      }, COVERAGE_FLUSH_MS);
      timer.unref();
      target.pending.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.kind === 'flushed' && reply.message) {
          console.warn(`[function runtime] coverage not written: ${reply.message}`);
        }
        resolve();
      });
      target.worker.postMessage({ id, flush: true });
    });
  }

  function stop(target: Container): Promise<void> {
    target.stopping ??= (async () => {
      if (coverageDir && !target.timedOut) await flushCoverage(target);
      await target.worker.terminate();
    })();
    return target.stopping;
  }

  function stopWhenIdle(retiring: Container): void {
    if (retiring.pending.size === 0) void stop(retiring);
  }

  function startContainer(): Container {
    const onOutput = options.onOutput;
    const worker = new Worker(CONTAINER_SCRIPT, {
      env,
      execArgv: [],
      stdout: Boolean(onOutput),
      stderr: Boolean(onOutput),
      workerData: { coverageDir },
    });
    if (onOutput) {
      worker.stdout
        .setEncoding('utf8')
        .on('data', (text: string) => onOutput({ stream: 'stdout', text }));
      worker.stderr
        .setEncoding('utf8')
        .on('data', (text: string) => onOutput({ stream: 'stderr', text }));
    }
    const started: Container = { worker, pending: new Map(), retired: false };
    // Never keeps the host alive on its own; a call in flight holds its timeout timer.
    worker.unref();
    worker.on('message', (reply: ContainerReply) => {
      const settle = started.pending.get(reply.id);
      started.pending.delete(reply.id);
      settle?.(reply);
      if (started.retired) stopWhenIdle(started);
    });
    const crash = (message: string): void => {
      started.retired = true;
      if (container === started) container = null;
      for (const [id, settle] of started.pending) settle({ id, kind: 'crashed', message });
      started.pending.clear();
    };
    worker.on('error', (error) => crash(`the function container crashed: ${error.message}`));
    worker.on('exit', (code) => crash(`the function container exited (code ${code})`));
    return started;
  }

  function retire(retiring: Container): void {
    retiring.retired = true;
    if (container === retiring) container = null;
    stopWhenIdle(retiring);
  }

  async function invoke(uid: string, request: InvokeRequest): Promise<InvokeOutcome> {
    const startedAt = performance.now();
    const elapsed = (): number => Math.round((performance.now() - startedAt) * 10) / 10;
    const file = functions().get(uid);
    if (!file) {
      return {
        status: 'error',
        errorType: 'FUNCTION_NOT_FOUND',
        message: `No app function with uid "${uid}".`,
        durationMs: elapsed(),
      };
    }
    if (!fs.existsSync(file)) {
      return {
        status: 'error',
        errorType: 'FUNCTION_NOT_FOUND',
        message: `The function "${uid}" is not built (${path.relative(functionsDir, file)} is missing): run npm run build.`,
        durationMs: elapsed(),
      };
    }
    const target = (container ??= startContainer());
    const id = nextId++;
    const context = {
      parameters: request.parameters,
      propertiesToSend: request.propertiesToSend,
      secrets: env.PRIVATE_APP_ACCESS_TOKEN
        ? { PRIVATE_APP_ACCESS_TOKEN: env.PRIVATE_APP_ACCESS_TOKEN }
        : {},
    };
    // As JSON, the way a card's call reaches HubSpot: keys such as __proto__ stay plain data.
    const contextJson = JSON.stringify(context);
    const reply = await new Promise<ContainerReply | 'timeout'>((resolve) => {
      const timer = setTimeout(() => {
        target.pending.delete(id);
        // HubSpot kills a call that overruns; the container may be stuck, so retire it.
        target.timedOut = true;
        retire(target);
        resolve('timeout');
      }, timeoutMs);
      target.pending.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      target.worker.postMessage({ id, file, contextJson });
    });
    const durationMs = elapsed();
    if (reply === 'timeout') {
      const message = `The function "${uid}" did not finish within ${timeoutMs} ms.`;
      return { status: 'error', errorType: 'TIMEOUT', message, durationMs };
    }
    switch (reply.kind) {
      case 'ok':
        return { status: 'ok', result: JSON.parse(reply.json) as unknown, durationMs };
      case 'threw':
      case 'crashed':
        return { status: 'error', errorType: 'UNCAUGHT_ERROR', message: reply.message, durationMs };
      case 'flushed':
        // Only a coverage flush is answered so, never a call.
        throw new Error(`the function container answered call ${id} as a coverage flush`);
      case 'invalid':
        return {
          status: 'error',
          errorType: 'INVALID_RESPONSE',
          message: `The function "${uid}" returned a value that is not JSON-serialisable: ${reply.message}.`,
          durationMs,
        };
    }
  }

  return {
    invoke,
    uids: () => [...functions().keys()],
    coldStart() {
      functionMap = null;
      if (container) retire(container);
    },
    async close() {
      const closing = container;
      container = null;
      if (closing) {
        closing.retired = true;
        await stop(closing);
      }
    },
  };
}
