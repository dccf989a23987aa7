import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFunctionRuntime, readFunctionMap, type FunctionRuntime } from './functionRuntime';

/**
 * The runtime against tiny fixture functions laid out like a HubSpot project
 * (`<srcDir>/app/functions/*-hsmeta.json` -> `/app/functions/dist/<name>.js`).
 */

const FIXTURES: Record<string, string> = {
  echo: `exports.main = async (context) => ({
    parameters: context.parameters,
    propertiesToSend: context.propertiesToSend,
    secrets: context.secrets,
    baseUrl: process.env.HUBSPOT_API_BASE_URL,
    hostHome: process.env.HOME ?? null,
    when: new Date(Date.UTC(2026, 0, 2)),
    dropped: undefined,
  });`,
  counter: `let calls = 0;
    exports.main = async () => ({ calls: ++calls });`,
  thrower: `exports.main = async () => { throw new Error('the CRM said no'); };`,
  throwsString: `exports.main = () => { throw 'plain string'; };`,
  hang: `exports.main = () => new Promise(() => {});`,
  busyLoop: `exports.main = () => { for (;;) {} };`,
  invalid: `exports.main = async ({ parameters }) => {
    switch (parameters.kind) {
      case 'undefined': return undefined;
      case 'function': return { ok: true, data: { format: () => 'x' } };
      case 'bigint': return { ok: true, data: { count: 10n } };
      case 'cycle': { const node = { ok: true }; node.self = node; return node; }
    }
  };`,
  noMain: `exports.handler = async () => ({});`,
  logs: `exports.main = async () => {
    console.log('a log line');
    console.error('an error line');
    return { ok: true };
  };`,
  syntaxError: `exports.main = async () => ({;`,
};

let srcDir: string;
let functionsDir: string;
let runtime: FunctionRuntime;

function writeFixtureProject(): void {
  srcDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-runtime-'));
  functionsDir = path.join(srcDir, 'app', 'functions');
  fs.mkdirSync(path.join(functionsDir, 'dist'), { recursive: true });
  const uids = [...Object.keys(FIXTURES), 'notBuilt'];
  for (const name of uids) {
    const meta = {
      uid: `fx_${name}`,
      type: 'app-function',
      config: { entrypoint: `/app/functions/dist/${name}.js`, secretKeys: [] },
    };
    fs.writeFileSync(path.join(functionsDir, `${name}-hsmeta.json`), JSON.stringify(meta));
  }
  for (const [name, source] of Object.entries(FIXTURES)) {
    fs.writeFileSync(path.join(functionsDir, 'dist', `${name}.js`), source);
  }
  // Not an app function: must not become a uid.
  fs.writeFileSync(
    path.join(functionsDir, 'other-hsmeta.json'),
    JSON.stringify({ uid: 'a_card', type: 'card', config: {} }),
  );
}

beforeAll(() => {
  writeFixtureProject();
});

afterAll(() => {
  fs.rmSync(srcDir, { recursive: true, force: true });
});

beforeEach(() => {
  runtime = createFunctionRuntime({
    functionsDir,
    env: { HUBSPOT_API_BASE_URL: 'http://127.0.0.1:9', PRIVATE_APP_ACCESS_TOKEN: 'tok-123' },
    timeoutMs: 1_000,
  });
});

afterEach(async () => {
  await runtime.close();
});

const request = (parameters: unknown = {}) => ({
  parameters,
  propertiesToSend: { hs_object_id: '42' },
});

describe('uids', () => {
  it('lists every app-function hsmeta uid and nothing else', () => {
    expect(runtime.uids().sort()).toEqual(
      [...Object.keys(FIXTURES), 'notBuilt'].map((name) => `fx_${name}`).sort(),
    );
    expect(readFunctionMap(functionsDir).get('fx_echo')).toBe(
      path.join(functionsDir, 'dist', 'echo.js'),
    );
  });
});

describe('a successful call', () => {
  it('passes parameters, propertiesToSend and the token secret, and sets process.env', async () => {
    const outcome = await runtime.invoke('fx_echo', request({ recordType: 'contacts' }));
    expect(outcome).toMatchObject({
      status: 'ok',
      result: {
        parameters: { recordType: 'contacts' },
        propertiesToSend: { hs_object_id: '42' },
        secrets: { PRIVATE_APP_ACCESS_TOKEN: 'tok-123' },
        baseUrl: 'http://127.0.0.1:9',
      },
    });
  });

  it('gives the function only the env it was configured with, not the host environment', async () => {
    const outcome = await runtime.invoke('fx_echo', request());
    expect(outcome.status === 'ok' && outcome.result).toMatchObject({ hostHome: null });
  });

  it('hands back what a card would receive: the JSON round trip of the value', async () => {
    const outcome = await runtime.invoke('fx_echo', request());
    if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
    const result = outcome.result as Record<string, unknown>;
    expect(result.when).toBe('2026-01-02T00:00:00.000Z');
    expect('dropped' in result).toBe(false);
    expect(typeof outcome.durationMs).toBe('number');
  });
});

describe('warm and cold containers', () => {
  it('keeps module state between calls until coldStart()', async () => {
    const first = await runtime.invoke('fx_counter', request());
    const second = await runtime.invoke('fx_counter', request());
    runtime.coldStart();
    const afterColdStart = await runtime.invoke('fx_counter', request());
    expect([first, second, afterColdStart].map((o) => o.status === 'ok' && o.result)).toEqual([
      { calls: 1 },
      { calls: 2 },
      { calls: 1 },
    ]);
  });
});

describe('HubSpot error types', () => {
  it('FUNCTION_NOT_FOUND for an unknown uid', async () => {
    const outcome = await runtime.invoke('no_such_function', request());
    expect(outcome).toMatchObject({ status: 'error', errorType: 'FUNCTION_NOT_FOUND' });
  });

  it('FUNCTION_NOT_FOUND, saying to build, when the declared file was never built', async () => {
    const outcome = await runtime.invoke('fx_notBuilt', request());
    expect(outcome).toMatchObject({ status: 'error', errorType: 'FUNCTION_NOT_FOUND' });
    expect(outcome.status === 'error' && outcome.message).toMatch(/npm run build/);
  });

  it('UNCAUGHT_ERROR with the message only (no stack) when the function throws', async () => {
    const outcome = await runtime.invoke('fx_thrower', request());
    expect(outcome).toMatchObject({
      status: 'error',
      errorType: 'UNCAUGHT_ERROR',
      message: 'the CRM said no',
    });
  });

  it('UNCAUGHT_ERROR when something other than an Error is thrown', async () => {
    const outcome = await runtime.invoke('fx_throwsString', request());
    expect(outcome).toMatchObject({ errorType: 'UNCAUGHT_ERROR', message: 'plain string' });
  });

  it('UNCAUGHT_ERROR when the file has no main export or does not load', async () => {
    const noMain = await runtime.invoke('fx_noMain', request());
    const broken = await runtime.invoke('fx_syntaxError', request());
    expect(noMain).toMatchObject({ status: 'error', errorType: 'UNCAUGHT_ERROR' });
    expect(broken).toMatchObject({ status: 'error', errorType: 'UNCAUGHT_ERROR' });
  });

  it.each(['undefined', 'function', 'bigint', 'cycle'])(
    'INVALID_RESPONSE when the result holds a %s',
    async (kind) => {
      const outcome = await runtime.invoke('fx_invalid', request({ kind }));
      expect(outcome).toMatchObject({ status: 'error', errorType: 'INVALID_RESPONSE' });
    },
  );

  it('TIMEOUT when the function never answers', async () => {
    const outcome = await runtime.invoke('fx_hang', request());
    expect(outcome).toMatchObject({ status: 'error', errorType: 'TIMEOUT' });
  });

  it('TIMEOUT for a function stuck in a loop, and the next call gets a fresh container', async () => {
    const stuck = await runtime.invoke('fx_busyLoop', request());
    const next = await runtime.invoke('fx_counter', request());
    expect(stuck).toMatchObject({ status: 'error', errorType: 'TIMEOUT' });
    expect(next).toMatchObject({ status: 'ok', result: { calls: 1 } });
  });
});

describe('concurrency', () => {
  it('answers concurrent calls in the same warm container, each with its own result', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, index) => runtime.invoke('fx_echo', request({ index }))),
    );
    expect(
      outcomes.map((o) => o.status === 'ok' && (o.result as { parameters: unknown }).parameters),
    ).toEqual([0, 1, 2, 3, 4].map((index) => ({ index })));
  });
});

describe('what the functions print', () => {
  it('reaches onOutput, stream by stream, when the host asks for it', async () => {
    const printed: Array<{ stream: string; text: string }> = [];
    const listening = createFunctionRuntime({
      functionsDir,
      env: {},
      onOutput: (output) => printed.push(output),
    });
    try {
      expect(await listening.invoke('fx_logs', request())).toMatchObject({ status: 'ok' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(
        printed
          .filter((p) => p.stream === 'stdout')
          .map((p) => p.text)
          .join(''),
      ).toBe('a log line\n');
      expect(
        printed
          .filter((p) => p.stream === 'stderr')
          .map((p) => p.text)
          .join(''),
      ).toBe('an error line\n');
    } finally {
      await listening.close();
    }
  });
});

describe('coverage of the functions as they run (npm run test:coverage)', () => {
  it('each container writes the V8 coverage and source of what it ran when it stops', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-coverage-'));
    const before = process.env.FUNCTION_COVERAGE_DIR;
    process.env.FUNCTION_COVERAGE_DIR = dir;
    const covered = createFunctionRuntime({ functionsDir, env: {} });
    try {
      await covered.invoke('fx_counter', request());
      await covered.invoke('fx_counter', request());
      await covered.close();
      const dumps = fs.readdirSync(dir);
      expect(dumps).toHaveLength(1);
      const { result } = JSON.parse(
        fs.readFileSync(path.join(dir, dumps[0] as string), 'utf8'),
      ) as {
        result: Array<{
          url: string;
          source: string;
          functions: Array<{ functionName: string; ranges: Array<{ count: number }> }>;
        }>;
      };
      expect(result.map((script) => script.url)).toEqual([
        path.join(functionsDir, 'dist', 'counter.js'),
      ]);
      expect(result[0]?.source).toBe(FIXTURES.counter);
      const main = result[0]?.functions.find((fn) => fn.functionName === 'exports.main');
      expect(main?.ranges[0]?.count).toBe(2);
    } finally {
      if (before === undefined) delete process.env.FUNCTION_COVERAGE_DIR;
      else process.env.FUNCTION_COVERAGE_DIR = before;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
