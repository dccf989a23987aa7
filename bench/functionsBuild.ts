/**
 * The bench builds its own copy of the app functions, with the project's build
 * (scripts/buildFunctions.ts, same esbuild options), into a temporary folder.
 * The project build empties src/app/functions/dist first, and colleagues' tests may be
 * loading from there at that moment; a private copy also lets the bench run while a
 * function declared in an hsmeta file has no source yet (it is skipped and reported).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFunctions, FUNCTIONS_DIR } from '../scripts/buildFunctions';

const PROJECT_ROOT = path.resolve(__dirname, '..');

export interface BenchFunctions {
  /** Pass to createFunctionRuntime({functionsDir}). */
  functionsDir: string;
  distDir: string;
  built: string[];
  /** Deletes the copy (the links inside it, never what they point to). */
  remove(): void;
  /** hsmeta files whose entry source does not exist yet. */
  skipped: string[];
}

function entrySourceOf(hsmetaFile: string): string | null {
  const meta = JSON.parse(fs.readFileSync(hsmetaFile, 'utf8')) as {
    type?: string;
    config?: { entrypoint?: string };
  };
  const match = /^\/app\/functions\/dist\/([A-Za-z0-9_-]+)\.js$/.exec(
    meta.config?.entrypoint ?? '',
  );
  if (meta.type !== 'app-function' || !match) return null;
  return path.join(FUNCTIONS_DIR, 'src', 'entries', `${match[1]}.ts`);
}

/**
 * Outside the project tree, so no tool that walks it (tsc, jest, eslint) meets the links.
 * The layout mirrors <srcDir>/app/functions so the runtime resolves entrypoints as usual,
 * and links to the real sources and installed packages resolve the bundles' externals
 * exactly as from src/app/functions.
 */
export async function buildBenchFunctions(): Promise<BenchFunctions> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tickets-bench-'));
  const functionsDir = path.join(root, 'app', 'functions');
  fs.mkdirSync(functionsDir, { recursive: true });
  fs.symlinkSync(path.join(FUNCTIONS_DIR, 'src'), path.join(functionsDir, 'src'), 'dir');
  const functionModules = path.join(FUNCTIONS_DIR, 'node_modules');
  if (fs.existsSync(functionModules)) {
    fs.symlinkSync(functionModules, path.join(functionsDir, 'node_modules'), 'dir');
  }
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const built: string[] = [];
  const skipped: string[] = [];
  for (const name of fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((file) => file.endsWith('-hsmeta.json'))) {
    const source = entrySourceOf(path.join(FUNCTIONS_DIR, name));
    if (source && !fs.existsSync(source)) {
      skipped.push(name);
      continue;
    }
    fs.copyFileSync(path.join(FUNCTIONS_DIR, name), path.join(functionsDir, name));
    built.push(name);
  }
  let outDir: string;
  try {
    ({ outDir } = await buildFunctions({ functionsDir, quiet: true }));
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    functionsDir,
    distDir: outDir,
    built,
    skipped,
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
