import path from 'node:path';
import libCoverage, { type FileCoverageData } from 'istanbul-lib-coverage';
import { mergeCoverage, summarizeAreas, type Area } from './coverageReport';

const ROOT = path.resolve(__dirname, '..');

/** A file whose lines are statements, as v8-to-istanbul reports them: `hits[i]` for line i+1. */
function fileCoverage(relative: string, hits: number[], extra: object = {}): FileCoverageData {
  const file = path.join(ROOT, relative);
  const statementMap = Object.fromEntries(
    hits.map((_hit, index) => [
      String(index),
      { start: { line: index + 1, column: 0 }, end: { line: index + 1, column: 10 } },
    ]),
  );
  const s = Object.fromEntries(hits.map((hit, index) => [String(index), hit]));
  return { path: file, statementMap, s, fnMap: {}, f: {}, branchMap: {}, b: {}, ...extra };
}

const SANDBOX: Area = {
  name: 'sandbox',
  folder: 'sandbox/src/',
  thresholds: { lines: 90, branches: 80 },
};

describe('per-area gates', () => {
  it('fails an area below its line threshold, naming the figure', () => {
    const map = libCoverage.createCoverageMap({});
    map.addFileCoverage(fileCoverage('sandbox/src/a.ts', [1, 1, 0, 0]));
    const [result] = summarizeAreas(map, [SANDBOX]);
    expect(result?.failures).toEqual(['lines 50% < 90%']);
  });

  it('passes an area at its thresholds, and counts no test file in it', () => {
    const map = libCoverage.createCoverageMap({});
    map.addFileCoverage(fileCoverage('sandbox/src/a.ts', [1, 1, 1, 1, 1, 1, 1, 1, 1, 0]));
    map.addFileCoverage(fileCoverage('sandbox/src/a.test.ts', [0, 0, 0]));
    const [result] = summarizeAreas(map, [SANDBOX]);
    expect(result).toMatchObject({ files: 1, failures: [] });
  });

  it('fails an area that has no file at all (a wrong folder must not pass)', () => {
    const [result] = summarizeAreas(libCoverage.createCoverageMap({}), [SANDBOX]);
    expect(result?.failures).toEqual(['no file counted under sandbox/src/']);
  });
});

describe('merging jest with the function containers', () => {
  const source = 'src/app/functions/src/run/x.ts';

  it("drops jest's never-loaded placeholder where the containers ran the file", () => {
    const jest = { [path.join(ROOT, source)]: fileCoverage(source, [0, 0, 0], { all: true }) };
    const containers = { [path.join(ROOT, source)]: fileCoverage(source, [1, 1, 0]) };
    const merged = mergeCoverage(jest, containers);
    expect(merged.fileCoverageFor(path.join(ROOT, source)).getLineCoverage()).toEqual({
      1: 1,
      2: 1,
      3: 0,
    });
  });

  it('adds up what both ran in-process and in the containers', () => {
    const jest = { [path.join(ROOT, source)]: fileCoverage(source, [0, 2, 0]) };
    const containers = { [path.join(ROOT, source)]: fileCoverage(source, [1, 1, 0]) };
    const merged = mergeCoverage(jest, containers);
    expect(merged.fileCoverageFor(path.join(ROOT, source)).getLineCoverage()).toEqual({
      1: 1,
      2: 3,
      3: 0,
    });
  });
});
