/**
 * esbuild bundles for the browser: the page (host) and one worker per card, made of the
 * worker prelude followed by the card's unmodified entry file.
 */
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CardDefinition } from './cardRegistry';

const CLIENT_DIR = path.resolve(__dirname, '..', 'client');
const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface BrowserBundles {
  /** URL path of each card's worker script, by card uid. */
  workerUrls: Map<string, string>;
  stop(): Promise<void>;
}

function workerFileName(uid: string): string {
  return `card-${uid.replace(/[^a-zA-Z0-9_-]/g, '_')}.js`;
}

export async function bundleBrowser(options: {
  cards: CardDefinition[];
  outDir: string;
  watch: boolean;
  log?: (line: string) => void;
  /** Watch mode: after each successful rebuild (not the first build). */
  onRebuild?: () => void;
}): Promise<BrowserBundles> {
  mkdirSync(options.outDir, { recursive: true });
  const log = options.log ?? (() => undefined);
  const common: esbuild.BuildOptions = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  };
  const firstBuilds: Promise<void>[] = [];
  /** Reports rebuilds and resolves once the first build of that bundle ended. */
  const reporter = (): esbuild.Plugin => {
    let resolveFirst: () => void = () => undefined;
    firstBuilds.push(new Promise<void>((resolve) => (resolveFirst = resolve)));
    let first = true;
    return {
      name: 'report-rebuilds',
      setup(build) {
        build.onEnd((result) => {
          const name = path.basename(String(build.initialOptions.outfile));
          for (const error of result.errors)
            log(
              `[preview] ${name}: ${error.text}${error.location ? ` (${error.location.file}:${error.location.line})` : ''}`,
            );
          if (!first && result.errors.length === 0) {
            log(`[preview] rebuilt ${name}`);
            options.onRebuild?.();
          }
          first = false;
          resolveFirst();
        });
      },
    };
  };
  const builds: esbuild.BuildOptions[] = [
    {
      ...common,
      plugins: [reporter()],
      entryPoints: [path.join(CLIENT_DIR, 'host', 'main.tsx')],
      outfile: path.join(options.outDir, 'host.js'),
    },
  ];
  const workerUrls = new Map<string, string>();
  for (const card of options.cards) {
    const fileName = workerFileName(card.uid);
    workerUrls.set(card.uid, `/build/${fileName}`);
    builds.push({
      ...common,
      plugins: [reporter()],
      // The prelude must evaluate first: the SDK reads the worker globals at module load.
      stdin: {
        contents: `import ${JSON.stringify(path.join(CLIENT_DIR, 'worker', 'workerPrelude.ts'))};\nimport ${JSON.stringify(card.entryFile)};\n`,
        resolveDir: REPO_ROOT,
        sourcefile: `${card.uid}-worker.ts`,
        loader: 'ts',
      },
      outfile: path.join(options.outDir, fileName),
    });
  }
  const contexts = await Promise.all(builds.map((build) => esbuild.context(build)));
  if (options.watch) {
    // watch() runs the first build itself; errors are reported and fixed by editing.
    await Promise.all(contexts.map((context) => context.watch()));
    await Promise.all(firstBuilds);
  } else {
    try {
      await Promise.all(contexts.map((context) => context.rebuild()));
    } finally {
      await Promise.all(contexts.map((context) => context.dispose()));
    }
  }
  return {
    workerUrls,
    stop: async () => {
      if (options.watch) await Promise.all(contexts.map((context) => context.dispose()));
    },
  };
}
