import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Bundles the app functions into the CommonJS files HubSpot runs as they are.
 *
 * The hsmeta files are the source of truth: each `entrypoint` `/app/functions/dist/<name>.js`
 * is built from `src/app/functions/src/entries/<name>.ts`, so a function cannot be
 * declared without being built, nor built without being declared.
 */

const PROJECT_ROOT = path.resolve(__dirname, '..');
export const FUNCTIONS_DIR = path.join(PROJECT_ROOT, 'src', 'app', 'functions');
export const FUNCTIONS_DIST_DIR = path.join(FUNCTIONS_DIR, 'dist');
const ENTRYPOINT_PATTERN = /^\/app\/functions\/dist\/([A-Za-z0-9_-]+)\.js$/;

/**
 * Installed by HubSpot from functions/package.json next to the bundle, so they stay
 * out of it: smaller uploads, and the SDK is the exact version the package declares.
 */
const EXTERNAL_PACKAGES = ['@hubspot/api-client', 'zod'];

export interface FunctionEntry {
  uid: string;
  hsmetaFile: string;
  sourceFile: string;
  outFile: string;
}

export interface BuildFunctionsOptions {
  /** Keep rebuilding on source changes until `close()` is called. */
  watch?: boolean;
  /** Watch mode: called after every rebuild (the first one included). */
  onRebuild?: (result: { ok: boolean; errors: string[] }) => void;
  /** Defaults to the project's functions folder; tests point it elsewhere. */
  functionsDir?: string;
  /** Silence esbuild's own logging (errors still come back in the result). */
  quiet?: boolean;
}

export interface BuildFunctionsResult {
  entries: FunctionEntry[];
  outDir: string;
  /** Present in watch mode: stops watching. */
  close?: () => Promise<void>;
}

function readHsmeta(file: string): { uid: unknown; type: unknown; entrypoint: unknown } {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    uid?: unknown;
    type?: unknown;
    config?: { entrypoint?: unknown };
  };
  return { uid: parsed.uid, type: parsed.type, entrypoint: parsed.config?.entrypoint };
}

/** Every `app-function` hsmeta file of the functions folder, as build entries. */
export function discoverFunctionEntries(functionsDir: string = FUNCTIONS_DIR): FunctionEntry[] {
  const entriesDir = path.join(functionsDir, 'src', 'entries');
  const distDir = path.join(functionsDir, 'dist');
  const hsmetaFiles = fs
    .readdirSync(functionsDir)
    .filter((name) => name.endsWith('-hsmeta.json'))
    .sort();
  return hsmetaFiles.flatMap((name) => {
    const hsmetaFile = path.join(functionsDir, name);
    const meta = readHsmeta(hsmetaFile);
    if (meta.type !== 'app-function') return [];
    const match = typeof meta.entrypoint === 'string' && ENTRYPOINT_PATTERN.exec(meta.entrypoint);
    if (!match || typeof meta.uid !== 'string') {
      throw new Error(
        `${name}: config.entrypoint must look like /app/functions/dist/<name>.js and uid must be a string`,
      );
    }
    const baseName = match[1] as string;
    const sourceFile = path.join(entriesDir, `${baseName}.ts`);
    if (!fs.existsSync(sourceFile)) {
      throw new Error(
        `${name}: entrypoint ${meta.entrypoint} needs the source ${path.relative(functionsDir, sourceFile)}, which does not exist`,
      );
    }
    return [
      { uid: meta.uid, hsmetaFile, sourceFile, outFile: path.join(distDir, `${baseName}.js`) },
    ];
  });
}

function buildOptions(entries: FunctionEntry[], outDir: string): esbuild.BuildOptions {
  return {
    entryPoints: Object.fromEntries(
      entries.map((entry) => [path.basename(entry.outFile, '.js'), entry.sourceFile]),
    ),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL_PACKAGES,
    // Only for `npm run test:coverage` (which sets FUNCTION_COVERAGE_DIR): the worker
    // coverage of the bundles is mapped back to src/ through this map. Shipped bundles have none.
    sourcemap: process.env.FUNCTION_COVERAGE_DIR ? 'inline' : false,
    // The map's sources are relative to the staging folder, which is renamed away after.
    ...(process.env.FUNCTION_COVERAGE_DIR ? { sourceRoot: `${outDir}${path.sep}` } : {}),
    legalComments: 'none',
    logLevel: 'silent',
  };
}

function formatMessages(messages: esbuild.Message[]): string[] {
  return messages.map((message) => {
    const where = message.location
      ? `${message.location.file}:${message.location.line}:${message.location.column}: `
      : '';
    return `${where}${message.text}`;
  });
}

/** Removes every output, leaving the staging folders of builds still running. */
function clearDist(outDir: string): void {
  for (const name of fs.readdirSync(outDir)) {
    if (!name.startsWith('.staging-'))
      fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}

/**
 * Builds into a staging folder, then renames each file into place and removes whatever
 * else was in dist: a stale file of a removed function is never left behind (it would
 * be uploaded and loadable), and a runtime or test reading dist meanwhile (another jest
 * run, the preview) never sees a missing or half-written file.
 */
async function buildOnce(entries: FunctionEntry[], outDir: string): Promise<void> {
  const stagingDir = fs.mkdtempSync(path.join(outDir, '.staging-'));
  try {
    try {
      await esbuild.build(buildOptions(entries, stagingDir));
    } catch (error) {
      // As if dist had been cleaned first: a failed build leaves no stale bundle to run.
      clearDist(outDir);
      const failure = error as esbuild.BuildFailure;
      const details = failure.errors ? formatMessages(failure.errors).join('\n') : String(error);
      throw new Error(`Building the app functions failed:\n${details}`);
    }
    const outputs = new Set(entries.map((entry) => path.basename(entry.outFile)));
    for (const name of outputs) {
      fs.renameSync(path.join(stagingDir, name), path.join(outDir, name));
    }
    for (const name of fs.readdirSync(outDir)) {
      if (outputs.has(name) || name.startsWith('.staging-')) continue;
      fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
}

export async function buildFunctions(
  options: BuildFunctionsOptions = {},
): Promise<BuildFunctionsResult> {
  const functionsDir = options.functionsDir ?? FUNCTIONS_DIR;
  const outDir = path.join(functionsDir, 'dist');
  const entries = discoverFunctionEntries(functionsDir);
  fs.mkdirSync(outDir, { recursive: true });
  if (!options.watch) {
    if (entries.length === 0) {
      clearDist(outDir);
      return { entries, outDir };
    }
    await buildOnce(entries, outDir);
    return { entries, outDir };
  }

  // Watch mode writes in place: clean first so only declared functions are there.
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  if (entries.length === 0) return { entries, outDir };
  const onRebuild = options.onRebuild;
  const reporter: esbuild.Plugin = {
    name: 'report-rebuilds',
    setup(build) {
      build.onEnd((result) => {
        const errors = formatMessages(result.errors);
        if (!options.quiet && errors.length > 0) {
          console.error(`Building the app functions failed:\n${errors.join('\n')}`);
        }
        onRebuild?.({ ok: errors.length === 0, errors });
      });
    },
  };
  const context = await esbuild.context({ ...buildOptions(entries, outDir), plugins: [reporter] });
  await context.watch();
  return { entries, outDir, close: () => context.dispose() };
}
