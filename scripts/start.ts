/**
 * `npm start`: the CRM sandbox, the app functions (rebuilt on change, run by the local
 * function runtime) and the browser preview of the real cards - one process, one Ctrl-C.
 * `startPreview()` is the same thing in-process, for the e2e tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFunctionRuntime, type FunctionRuntime } from '../runtime/src/functionRuntime';
import { startSandbox } from '../sandbox/src/server';
import { bundleBrowser } from '../preview/server/bundleBrowser';
import { findPreviewCards, type CardDefinition } from '../preview/server/cardRegistry';
import { startPreviewServer } from '../preview/server/previewServer';
import { buildFunctions } from './buildFunctions';

const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_PREVIEW_PORT = 5173;
export const DEFAULT_SANDBOX_PORT = 4010;
export const DEFAULT_DATA_DIR = path.join(ROOT, '.data', 'sandbox');
const DEFAULT_BUNDLE_DIR = path.join(ROOT, 'preview', 'public', 'build');
const LIVE_API_BASE_URL = 'https://api.hubapi.com';
const SANDBOX_TOKEN = 'local-dev-token';
/** A realistic default: HubSpot's search index shows writes after a few seconds. */
const DEFAULT_INDEX_LAG_MS = 2000;
const DEFAULT_PORTAL_ID = 12345678;

export interface StartPreviewOptions {
  /** 0 = any free port. */
  port?: number;
  sandboxPort?: number;
  /** Forget the sandbox's saved data and start from the demo seed. */
  reset?: boolean;
  /** Run against the real portal of PRIVATE_APP_ACCESS_TOKEN instead of the sandbox. */
  live?: boolean;
  /** Sandbox persistence folder; null = memory only (tests). */
  dataDir?: string | null;
  indexLagMs?: number;
  /** Rebuild functions and bundles on change (npm start) or build once (tests). */
  watch?: boolean;
  bundleDir?: string;
  /** Defaults to the project's cards (tests of the host pass the fixture card). */
  cards?: CardDefinition[];
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningPreview {
  url: string;
  sandboxUrl: string | null;
  close(): Promise<void>;
}

/** A port someone else holds: reported in one line, not as a stack trace. */
export class PortInUseError extends Error {}

function isAddressInUse(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE'
  );
}

async function onPort<T>(
  what: string,
  port: number,
  flag: string,
  start: () => Promise<T>,
): Promise<T> {
  try {
    return await start();
  } catch (error) {
    if (isAddressInUse(error))
      throw new PortInUseError(
        `Port ${port} is already in use (${what}). Stop whatever holds it or pass ${flag} <port>.`,
      );
    throw error;
  }
}

export async function startPreview(options: StartPreviewOptions = {}): Promise<RunningPreview> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const watch = options.watch ?? true;
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
  };

  try {
    let apiBaseUrl: string;
    let token: string;
    let sandboxUrl: string | null = null;
    if (options.live) {
      const liveToken = env.PRIVATE_APP_ACCESS_TOKEN;
      if (!liveToken)
        throw new Error(
          '--live needs PRIVATE_APP_ACCESS_TOKEN (a static-auth app token of your portal) in the environment.',
        );
      apiBaseUrl = LIVE_API_BASE_URL;
      token = liveToken;
    } else {
      const dataDir = options.dataDir === undefined ? DEFAULT_DATA_DIR : options.dataDir;
      const sandboxPort = options.sandboxPort ?? DEFAULT_SANDBOX_PORT;
      const sandbox = await onPort('CRM sandbox', sandboxPort, '--sandbox-port', () =>
        startSandbox({
          port: sandboxPort,
          seed: 'demo',
          dataDir,
          resetData: options.reset ?? false,
          token: SANDBOX_TOKEN,
          config: { indexLagMs: options.indexLagMs ?? DEFAULT_INDEX_LAG_MS },
          quiet: true,
        }),
      );
      closers.push(() => sandbox.close());
      apiBaseUrl = sandbox.url;
      token = SANDBOX_TOKEN;
      sandboxUrl = sandbox.url;
    }

    const runtime: FunctionRuntime = createFunctionRuntime({
      env: {
        HUBSPOT_API_BASE_URL: apiBaseUrl,
        PRIVATE_APP_ACCESS_TOKEN: token,
        ...(env.HUBSPOT_PORTAL_ID ? { HUBSPOT_PORTAL_ID: env.HUBSPOT_PORTAL_ID } : {}),
      },
    });
    closers.push(() => runtime.close());
    let firstBuild = true;
    // A broken function build must not take the preview down: the cards then show
    // the runtime's FUNCTION_NOT_FOUND, and the log says why.
    const functions = await buildFunctions({
      watch,
      quiet: false,
      onRebuild: ({ ok }) => {
        // The runtime must not keep serving modules from before the rebuild.
        if (ok) runtime.coldStart();
        if (!firstBuild)
          log(
            ok
              ? '[functions] rebuilt; next call runs in a cold container'
              : '[functions] build failed; see above',
          );
        firstBuild = false;
      },
    }).catch((error: unknown) => {
      log(`[functions] not built: ${error instanceof Error ? error.message : String(error)}`);
      return { close: undefined };
    });
    if (functions.close) closers.push(functions.close);

    const cards = options.cards ?? findPreviewCards();
    const bundleDir = options.bundleDir ?? DEFAULT_BUNDLE_DIR;
    let reloadPages: () => void = () => undefined;
    const bundles = await bundleBrowser({
      cards,
      outDir: bundleDir,
      watch,
      log,
      onRebuild: () => reloadPages(),
    });
    closers.push(() => bundles.stop());

    const port = options.port ?? DEFAULT_PREVIEW_PORT;
    const server = await onPort('preview', port, '--port', () =>
      startPreviewServer({
        port,
        runtime,
        crm: { baseUrl: apiBaseUrl, token },
        sandboxUrl,
        cards,
        workerUrls: bundles.workerUrls,
        bundleDir,
        portalId: Number(env.HUBSPOT_PORTAL_ID ?? DEFAULT_PORTAL_ID),
        appName: 'Ticket cards',
        log,
      }),
    );
    closers.push(() => server.close());
    reloadPages = server.notifyReload;
    return { url: server.url, sandboxUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A preview for a test or a script: free ports, the sandbox in memory with no index lag,
 * built once into a temp folder of its own (named after `purpose`, removed on close), silent.
 */
export async function startPreviewOnce(
  purpose: string,
  options: Pick<StartPreviewOptions, 'cards'> = {},
): Promise<RunningPreview> {
  const bundleDir = mkdtempSync(path.join(os.tmpdir(), `preview-${purpose}-`));
  const removeBundles = () => rmSync(bundleDir, { recursive: true, force: true });
  try {
    const preview = await startPreview({
      port: 0,
      sandboxPort: 0,
      dataDir: null,
      indexLagMs: 0,
      watch: false,
      bundleDir,
      ...options,
      log: () => undefined,
    });
    return {
      ...preview,
      close: () => preview.close().finally(removeBundles),
    };
  } catch (error) {
    removeBundles();
    throw error;
  }
}

function parsePort(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${flag} must be a port number (0-65535), got "${value}".`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'sandbox-port': { type: 'string' },
      reset: { type: 'boolean', default: false },
      live: { type: 'boolean', default: false },
    },
  });
  const preview = await startPreview({
    port: parsePort(values.port, DEFAULT_PREVIEW_PORT, '--port'),
    sandboxPort: parsePort(values['sandbox-port'], DEFAULT_SANDBOX_PORT, '--sandbox-port'),
    reset: values.reset,
    live: values.live,
  });
  console.log(
    preview.sandboxUrl
      ? `CRM sandbox: ${preview.sandboxUrl} (demo seed, data in ${path.relative(ROOT, DEFAULT_DATA_DIR)})`
      : 'Live mode: functions call https://api.hubapi.com',
  );
  console.log(`Preview: ${preview.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    preview.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof PortInUseError || !(error instanceof Error)
        ? String(error instanceof Error ? error.message : error)
        : error.message,
    );
    process.exit(1);
  });
}
