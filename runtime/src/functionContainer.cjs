// @ts-check
'use strict';
/**
 * One function "container": a worker thread that loads the built app functions with
 * Node's own `require` and runs `exports.main(context)`, as HubSpot's runtime does.
 *
 * Plain CommonJS on purpose: it must load under bare Node whatever hosts the runtime
 * (tsx, jest - whose module registry ignores `require.cache` deletes and would run the
 * bundles through its transformer). The worker has its own `process.env` (set by the
 * parent from the runtime's env) and its own module cache, so module-level caches
 * survive between calls exactly as long as the container lives.
 */
const fs = require('node:fs');
const path = require('node:path');
const { parentPort, threadId, workerData } = require('node:worker_threads');

if (!parentPort) throw new Error('functionContainer.cjs must run as a worker thread');
const port = parentPort;

/**
 * Coverage of the functions as they run (`npm run test:coverage`): jest cannot see into
 * this thread, so the thread profiles itself with V8's precise coverage and, when the
 * runtime stops it, writes what the built bundles ran (with their exact source text, which
 * carries the inline source map) to the folder the runtime names.
 * @type {{ dir: string, started: Promise<unknown>, post: (method: string, params?: object) => Promise<any> } | null}
 */
const coverage = startCoverage(workerData);
/** @type {Set<string>} */
const loadedFiles = new Set();

/** @param {unknown} data */
function startCoverage(data) {
  const dir = /** @type {{ coverageDir?: unknown } | undefined} */ (data)?.coverageDir;
  if (typeof dir !== 'string' || dir === '') return null;
  const { Session } = require('node:inspector');
  const session = new Session();
  session.connect();
  /** @type {(method: string, params?: object) => Promise<any>} */
  const post = (method, params = {}) =>
    new Promise((resolve, reject) => {
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
    });
  const started = post('Profiler.enable').then(() =>
    post('Profiler.startPreciseCoverage', { callCount: true, detailed: true }),
  );
  return { dir, started, post };
}

/** @param {string} url */
function scriptPath(url) {
  return url.startsWith('file://') ? require('node:url').fileURLToPath(url) : url;
}

async function writeCoverage() {
  if (!coverage) return;
  await coverage.started;
  const { result } = await coverage.post('Profiler.takePreciseCoverage');
  /** @type {Array<{ scriptId: string, url: string }>} */
  const scripts = result.filter((/** @type {{ url: string }} */ script) =>
    loadedFiles.has(scriptPath(script.url)),
  );
  if (scripts.length === 0) return;
  await coverage.post('Debugger.enable');
  const entries = [];
  for (const script of scripts) {
    const { scriptSource } = await coverage.post('Debugger.getScriptSource', {
      scriptId: script.scriptId,
    });
    entries.push({ ...script, url: scriptPath(script.url), source: scriptSource });
  }
  fs.mkdirSync(coverage.dir, { recursive: true });
  const name = `functions-${process.pid}-${threadId}-${Date.now()}.json`;
  fs.writeFileSync(path.join(coverage.dir, name), JSON.stringify({ result: entries }));
}

// A stray rejected promise in a function must not take the whole container down.
process.on('unhandledRejection', (reason) => {
  console.error('[function runtime] unhandled rejection in a function:', describe(reason));
});
process.on('uncaughtException', (error) => {
  console.error('[function runtime] uncaught exception in a function:', describe(error));
});

/** @param {unknown} value */
function describe(value) {
  if (value instanceof Error) return value.message;
  try {
    return String(value);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Why the value cannot travel to the card as JSON, or null when it can. Top-level
 * `undefined`, functions, symbols and BigInts anywhere, and cycles are refused; nested
 * `undefined` properties are fine (JSON drops them, as it would in production).
 * @param {unknown} value
 * @returns {string | null}
 */
function jsonProblem(value) {
  if (value === undefined) return 'the function returned undefined';
  /** @type {Set<object>} */
  const ancestors = new Set();
  /**
   * @param {unknown} node
   * @param {string} at
   * @returns {string | null}
   */
  const walk = (node, at) => {
    const kind = typeof node;
    if (kind === 'function') return `${at} is a function`;
    if (kind === 'symbol') return `${at} is a symbol`;
    if (kind === 'bigint') return `${at} is a BigInt`;
    if (node === null || kind !== 'object') return null;
    const object = /** @type {Record<string, unknown>} */ (node);
    if (typeof object.toJSON === 'function') return null;
    if (ancestors.has(object)) return `${at} is a circular reference`;
    ancestors.add(object);
    for (const key of Object.keys(object)) {
      const problem = walk(object[key], `${at}.${key}`);
      if (problem) return problem;
    }
    ancestors.delete(object);
    return null;
  };
  return walk(value, 'result');
}

/**
 * @param {string} file
 * @returns {{ main: unknown }}
 */
function load(file) {
  loadedFiles.add(file);
  return require(file);
}

/**
 * @param {{ id: number, file: string, contextJson: string }} message
 */
async function invoke(message) {
  /** @type {unknown} */
  let result;
  try {
    await coverage?.started;
    const exported = load(message.file);
    if (typeof exported.main !== 'function') {
      throw new Error(`${message.file} does not export a main function`);
    }
    result = await exported.main(JSON.parse(message.contextJson));
  } catch (error) {
    port.postMessage({ id: message.id, kind: 'threw', message: describe(error) });
    return;
  }
  const problem = jsonProblem(result);
  let json;
  try {
    json = problem ? undefined : JSON.stringify(result);
  } catch (error) {
    json = undefined;
    port.postMessage({ id: message.id, kind: 'invalid', message: describe(error) });
    return;
  }
  if (json === undefined) {
    port.postMessage({ id: message.id, kind: 'invalid', message: problem ?? 'not JSON' });
    return;
  }
  port.postMessage({ id: message.id, kind: 'ok', json });
}

/** @param {number} id */
async function flush(id) {
  try {
    await writeCoverage();
    port.postMessage({ id, kind: 'flushed' });
  } catch (error) {
    port.postMessage({ id, kind: 'flushed', message: describe(error) });
  }
}

port.on(
  'message',
  (
    /** @type {{ id: number, file: string, contextJson: string } | { id: number, flush: true }} */ message,
  ) => {
    if ('flush' in message) void flush(message.id);
    else void invoke(message);
  },
);
