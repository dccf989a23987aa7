import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { mergeProcessCovs, type ProcessCov, type ScriptCov } from '@bcoe/v8-coverage';
import libCoverage, {
  type CoverageMap,
  type CoverageMapData,
  type CoverageSummary,
} from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import ts from 'typescript';
import v8ToIstanbul from 'v8-to-istanbul';
import convertSourceMap from 'convert-source-map';

type SourceMapData = {
  version: 3;
  sources: string[];
  names: string[];
  mappings: string;
  sourceRoot?: string;
};

/**
 * Turns one test run's coverage into per-area figures: jest's own (V8) coverage of what runs
 * in-process, merged with the V8 coverage the function containers wrote of the built
 * bundles, mapped through the bundles' inline source maps back to src/app/functions/src.
 */

const PROJECT_ROOT = path.resolve(__dirname, '..');

export interface Area {
  name: string;
  /** Project-relative folder (with a trailing slash) whose files the area counts. */
  folder: string;
  /** Minimum percentages; omitted: reported only. */
  thresholds?: { lines: number; branches: number };
}

export interface AreaResult {
  area: Area;
  files: number;
  summary: CoverageSummary;
  /** What fell short of the area's thresholds, in words; empty when it passed. */
  failures: string[];
}

/** A container's dump: V8 script coverage plus the exact source V8 compiled. */
type ScriptDump = ScriptCov & { source: string };

/**
 * The bundle's inline map with absolute `sources` and no `sourceRoot`: v8-to-istanbul
 * matches mapped positions to sources by the raw strings, and resolves relative ones
 * against the bundle's folder, not the staging folder the build wrote them from.
 */
function absoluteSources(source: string): SourceMapData {
  const map = convertSourceMap.fromSource(source)?.toObject() as SourceMapData | undefined;
  if (!map) throw new Error('no inline source map');
  const root = map.sourceRoot ?? '';
  const { sourceRoot: _ignored, ...rest } = map;
  return { ...rest, sources: map.sources.map((file) => path.resolve(root, file)) };
}

/**
 * Merges the container dumps per bundle (same file and same source text: a rebuild during
 * the run yields a separate entry) and converts each merged bundle once.
 */
export async function functionsCoverage(
  dumpDir: string,
  distDir: string,
): Promise<CoverageMapData> {
  const groups = new Map<string, { url: string; source: string; covs: ProcessCov[] }>();
  const dumps = fs.existsSync(dumpDir)
    ? fs.readdirSync(dumpDir).filter((n) => n.endsWith('.json'))
    : [];
  for (const name of dumps) {
    const { result } = JSON.parse(fs.readFileSync(path.join(dumpDir, name), 'utf8')) as {
      result: ScriptDump[];
    };
    for (const { source, ...script } of result) {
      if (!script.url.startsWith(distDir + path.sep)) continue;
      const key = `${script.url}\0${createHash('sha1').update(source).digest('hex')}`;
      let group = groups.get(key);
      if (!group) {
        group = { url: script.url, source, covs: [] };
        groups.set(key, group);
      }
      group.covs.push({ result: [{ ...script, url: key }] });
    }
  }
  const map = libCoverage.createCoverageMap({});
  for (const group of groups.values()) {
    if (!/sourceMappingURL=data:application\/json/.test(group.source)) {
      throw new Error(
        `${path.relative(PROJECT_ROOT, group.url)} ran without a source map: was it built by scripts/coverage.ts?`,
      );
    }
    const merged = mergeProcessCovs(group.covs).result[0] as ScriptCov;
    const converter = v8ToIstanbul(group.url, 0, {
      source: group.source,
      // Unused for a bundle: its map has many sources, each with its content.
      originalSource: '',
      sourceMap: { sourcemap: absoluteSources(group.source) },
    });
    await converter.load();
    converter.applyCoverage(merged.functions);
    map.merge(converter.toIstanbul());
  }
  return map.data;
}

/**
 * jest's map merged with the containers'. A function source jest never loaded appears in
 * jest's map as an "all files" placeholder (every line 0, one range for the whole file);
 * where the containers ran that file, the placeholder is dropped, not merged: it would add
 * a whole-file branch nobody can take.
 */
export function mergeCoverage(jest: CoverageMapData, functions: CoverageMapData): CoverageMap {
  const map = libCoverage.createCoverageMap({});
  for (const [file, data] of Object.entries(jest)) {
    const placeholder = (data as { all?: boolean }).all === true;
    if (placeholder && (functions[file] || compilesToNothing(file))) continue;
    map.addFileCoverage(data);
  }
  map.merge(functions);
  return map;
}

/**
 * Whether a source is types only (it compiles to no statement): nothing of it can run, so
 * the placeholder's zeros would count its declarations as untested lines.
 */
export function compilesToNothing(file: string): boolean {
  if (!/\.tsx?$/.test(file) || !fs.existsSync(file)) return false;
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      removeComments: true,
      verbatimModuleSyntax: false,
    },
    fileName: file,
  });
  return outputText.replace(/export\s*\{\s*\};?/g, '').trim() === '';
}

function relative(file: string): string {
  return path.relative(PROJECT_ROOT, file).split(path.sep).join('/');
}

function isCounted(file: string): boolean {
  const rel = relative(file);
  return !/\.test\.tsx?$/.test(rel) && !rel.includes('/testing/') && !rel.includes('/dist/');
}

export function summarizeAreas(map: CoverageMap, areas: Area[]): AreaResult[] {
  return areas.map((area) => {
    const summary = libCoverage.createCoverageSummary();
    let files = 0;
    for (const file of map.files()) {
      if (!relative(file).startsWith(area.folder) || !isCounted(file)) continue;
      files += 1;
      summary.merge(map.fileCoverageFor(file).toSummary());
    }
    const failures: string[] = [];
    if (area.thresholds && files === 0) failures.push(`no file counted under ${area.folder}`);
    else if (area.thresholds) {
      for (const metric of ['lines', 'branches'] as const) {
        const pct = summary[metric].pct;
        const wanted = area.thresholds[metric];
        if (pct < wanted) failures.push(`${metric} ${pct}% < ${wanted}%`);
      }
    }
    return { area, files, summary, failures };
  });
}

/** The area's files, least covered lines first (for naming the gaps). */
export function weakestFiles(
  map: CoverageMap,
  area: Area,
  count: number,
): Array<{ file: string; lines: number; branches: number; uncoveredLines: number }> {
  return map
    .files()
    .filter((file) => relative(file).startsWith(area.folder) && isCounted(file))
    .map((file) => {
      const summary = map.fileCoverageFor(file).toSummary();
      return {
        file: relative(file),
        lines: summary.lines.pct,
        branches: summary.branches.pct,
        uncoveredLines: summary.lines.total - summary.lines.covered,
      };
    })
    .filter((entry) => entry.uncoveredLines > 0)
    .sort((a, b) => b.uncoveredLines - a.uncoveredLines)
    .slice(0, count);
}

/** The merged map as HTML, lcov and a per-file text table under `dir`. */
export function writeReports(map: CoverageMap, dir: string): void {
  const filtered = libCoverage.createCoverageMap({});
  for (const file of map.files()) {
    if (isCounted(file)) filtered.addFileCoverage(map.fileCoverageFor(file));
  }
  const context = libReport.createContext({ dir, coverageMap: filtered });
  reports.create('html', {}).execute(context);
  reports.create('lcovonly', {}).execute(context);
  reports.create('json', {}).execute(context);
  reports.create('text', { file: 'coverage.txt' }).execute(context);
}
