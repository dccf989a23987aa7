import type { PeakRate, SizeFigures } from './cases/peakLoad';
import type { Summary } from './stats';

/** One row of the results table: our figure, the baseline's, and what they cost in calls. */
export interface CaseRow {
  case: string;
  /** Wall time in ms. */
  ours: Summary | null;
  baseline: Summary | null;
  /** baseline median / ours median. */
  ratio: number | null;
  /** Median HubSpot calls per run (and our most in any run: retries, cache fills). */
  calls: { ours: number | null; oursMax: number | null; baseline: number | null };
  /** Our HubSpot calls by route, summed over all runs (JSON only). */
  oursByRoute: Record<string, number> | null;
  /** Most sequential round trips seen in any run. */
  roundTrips: { ours: number | null; baseline: number | null };
  /** Failures, mismatches, counts worth a look. */
  notes: string[];
}

export interface SizeRow {
  what: string;
  bytes: number;
  gzipBytes: number;
}

export interface TargetCheck {
  target: string;
  pass: boolean;
  detail: string;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  options: { quick: boolean; latencyMs: number; jitterMs: number; runs: number; largeRuns: number };
  rows: CaseRow[];
  sizes: SizeRow[];
  coldRequireMs: Summary | null;
  peak: PeakRate[];
  /** Calls and searches per first paint by record size (warm, one open at a time). */
  callsBySize: SizeFigures[];
  rollUp: RollUpFigures | null;
  storm: StormFigures | null;
  targets: TargetCheck[];
}

export interface RollUpFigures {
  contacts: number;
  tickets: number;
  /** Every run counted every ticket and left no contact out. */
  exact: boolean;
  problems: string[];
  warmCalls: number;
  warmSearches: number;
  warmRoundTrips: number;
  warmMs: number;
}

export interface StormFigures {
  opens: number;
  correct: number;
  cleanFailures: number;
  wrongAnswers: number;
  maxMs: number;
  p50: number;
  failuresByCode: Record<string, number>;
}

export function ratioOf(baseline: Summary | null, ours: Summary | null): number | null {
  if (!baseline || !ours || !(ours.median > 0)) return null;
  return baseline.median / ours.median;
}
