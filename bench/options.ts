/** Command-line flags of `npm run bench`. */
export interface BenchOptions {
  /** CI smoke: fewer runs, one peak rate; must finish in under 3 minutes. */
  quick: boolean;
  /** Injected HubSpot latency per call, in ms (jitter is a quarter of it). */
  latencyMs: number;
  /** Measured runs per first-paint case (ours and the baseline each). */
  runs: number;
  /** Runs at 10,000 linked tickets, where one baseline run alone takes seconds. */
  largeRuns: number;
  /** Peak load: the rates (card opens per second) and how long each runs. */
  peakRates: number[];
  peakSeconds(rate: number): number;
  /** The company roll-up at 2,000 contacts (its load takes about a second). */
  rollUp: boolean;
  /** Card opens per 429 policy under the storm. */
  stormOpens: number;
  /** Fresh `node` processes timing the function bundle's cold `require`. */
  requireSamples: number;
  /** Where the JSON results go. */
  outFile: string;
}

/** The peak-load target: at least this many opens per second, sustained. */
export const TARGET_RATE = 8;

const USAGE = `Usage: npm run bench -- [--quick] [--latency <ms>] [--runs <n>] [--out <file>]
  --quick          CI smoke (< 3 min): fewer runs, 8 opens/s for 20 s, a shorter storm,
                   only the contact at 10,000 tickets, the 2,000-contact roll-up once
  --latency <ms>   injected HubSpot latency per call (default 80, jitter = latency / 4)
  --runs <n>       measured runs per case (default 5 and 3 at 10,000 tickets; quick 2 and 1)
  --out <file>     JSON results (default bench/results/latest.json)`;

function positiveInteger(flag: string, raw: string | undefined, allowZero = false): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(`${flag} needs a ${allowZero ? 'non-negative' : 'positive'} integer\n${USAGE}`);
  }
  return value;
}

export function parseBenchOptions(argv: string[], defaultOutFile: string): BenchOptions {
  let quick = false;
  let latencyMs = 80;
  let runs: number | undefined;
  let outFile = defaultOutFile;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--latency':
        index += 1;
        latencyMs = positiveInteger(flag, argv[index], true);
        break;
      case '--runs':
        index += 1;
        runs = positiveInteger(flag, argv[index]);
        break;
      case '--out':
        index += 1;
        if (!argv[index]) throw new Error(`--out needs a file\n${USAGE}`);
        outFile = argv[index] as string;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown flag ${flag}\n${USAGE}`);
    }
  }
  const chosenRuns = runs ?? (quick ? 2 : 5);
  return {
    quick,
    latencyMs,
    runs: chosenRuns,
    largeRuns: runs ?? (quick ? 1 : 3),
    peakRates: quick ? [TARGET_RATE] : [4, 6, TARGET_RATE, 10, 12],
    // The target rate runs the 60 s in a full run; the others, and --quick, less.
    peakSeconds: (rate) => (quick ? 20 : rate === TARGET_RATE ? 60 : 20),
    // In --quick too: its target (exact counts, no contact left out) gates CI.
    rollUp: true,
    stormOpens: quick ? 5 : 10,
    requireSamples: quick ? 5 : 9,
    outFile,
  };
}
