/**
 * Case 6: what ships. Each card entry bundled and minified the way HubSpot's bundler
 * does it (esbuild, ESM, React and the UI extensions SDK included), the built function
 * bundles, and how long a cold container takes to `require` the first-paint function.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import type { SizeRow } from '../results';
import type { Summary } from '../stats';
import { summarize } from '../stats';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const CARDS_DIR = path.join(PROJECT_ROOT, 'src', 'app', 'cards');

/** Card entry files, from the cards' hsmeta files (entrypoints are relative to src/). */
function cardEntries(): string[] {
  if (!fs.existsSync(CARDS_DIR)) return [];
  return fs
    .readdirSync(CARDS_DIR)
    .filter((name) => name.endsWith('-hsmeta.json'))
    .sort()
    .flatMap((name) => {
      const meta = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, name), 'utf8')) as {
        type?: string;
        config?: { entrypoint?: string };
      };
      const entry = meta.config?.entrypoint;
      return meta.type === 'card' && entry ? [path.join(PROJECT_ROOT, 'src', entry)] : [];
    });
}

async function cardBundle(entry: string): Promise<SizeRow> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    what: `card ${path.relative(PROJECT_ROOT, entry)} (min)`,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
  };
}

export async function bundleSizes(distDir: string): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const entry of cardEntries()) rows.push(await cardBundle(entry));
  if (fs.existsSync(distDir)) {
    for (const name of fs
      .readdirSync(distDir)
      .filter((file) => file.endsWith('.js'))
      .sort()) {
      const code = fs.readFileSync(path.join(distDir, name));
      rows.push({
        what: `function dist/${name}`,
        bytes: code.byteLength,
        gzipBytes: gzipSync(code).byteLength,
      });
    }
  }
  return rows;
}

/** The built entry of `uid`, from its hsmeta file (entrypoints are relative to srcDir). */
export function functionEntry(functionsDir: string, uid: string): string | null {
  const srcDir = path.resolve(functionsDir, '..', '..');
  const hsmetaFiles = fs.readdirSync(functionsDir).filter((file) => file.endsWith('-hsmeta.json'));
  for (const name of hsmetaFiles) {
    const meta = JSON.parse(fs.readFileSync(path.join(functionsDir, name), 'utf8')) as {
      uid?: string;
      config?: { entrypoint?: string };
    };
    if (meta.uid === uid && meta.config?.entrypoint) {
      return path.join(srcDir, meta.config.entrypoint);
    }
  }
  return null;
}

const REQUIRE_TIMER = `
const started = process.hrtime.bigint();
require(process.argv[1]);
process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));
`;

/** `require` of the bundle (and what it pulls from node_modules) in a fresh Node, `samples` times. */
export function coldRequireMs(file: string, samples: number): Summary {
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const output = execFileSync(process.execPath, ['-e', REQUIRE_TIMER, file], {
      cwd: path.dirname(file),
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    times.push(Number(output));
  }
  return summarize(times);
}
