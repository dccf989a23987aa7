/**
 * `npm run sandbox -- --port 4010 --data <dir> --seed demo|empty|scale:N --token <t>`
 * plus --index-lag-ms, --rate-limits on|off, --latency-ms, --jitter-ms, --reset.
 */
import { startSandbox, type StartSandboxOptions } from './server';
import type { SandboxConfigPatch } from './config';
import { isValidSeed } from './seeds/buildSeed';

const USAGE = `Usage: npm run sandbox -- [options]
  --port <n>            port on 127.0.0.1 (default 4010; 0 = any free port)
  --data <dir>          keep the store in <dir> (default: memory only)
  --seed <name>         demo | empty | scale:N (default demo; only fills an empty --data)
  --reset               reseed even if --data holds a store
  --token <t>           bearer token to accept (default local-dev-token)
  --index-lag-ms <n>    writes reach search after n ms (default 0)
  --rate-limits on|off  HubSpot's 10-second and search limits (default on)
  --latency-ms <n>      fixed latency added to every HubSpot call (default 0)
  --jitter-ms <n>       random extra latency up to n ms (default 0)
  --quiet               print only the listening line`;

class UsageError extends Error {}

function parseArgs(argv: string[]): StartSandboxOptions {
  const options: StartSandboxOptions = { port: 4010, seed: 'demo', token: 'local-dev-token' };
  const config: SandboxConfigPatch = {};
  const latency = { fixedMs: 0, jitterMs: 0 };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    const [name, inline] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined) throw new UsageError(`${name ?? flag} needs a value`);
      return next;
    };
    const number = (): number => {
      const raw = value();
      if (!/^\d+$/.test(raw))
        throw new UsageError(`${name ?? flag} needs a whole number, got "${raw}"`);
      return Number(raw);
    };
    switch (name) {
      case '--port':
        options.port = number();
        if (options.port > 65535) throw new UsageError('--port must be at most 65535');
        break;
      case '--data':
        options.dataDir = value();
        break;
      case '--seed':
        options.seed = value();
        if (!isValidSeed(options.seed))
          throw new UsageError(`unknown seed "${options.seed}": use demo, empty or scale:N`);
        break;
      case '--reset':
        options.resetData = true;
        break;
      case '--token':
        options.token = value();
        break;
      case '--index-lag-ms':
        config.indexLagMs = number();
        break;
      case '--rate-limits': {
        const state = value();
        if (state !== 'on' && state !== 'off')
          throw new UsageError('--rate-limits takes on or off');
        if (state === 'off') config.rateLimits = { tenSecondly: null, secondly: null, daily: null };
        break;
      }
      case '--latency-ms':
        latency.fixedMs = number();
        break;
      case '--jitter-ms':
        latency.jitterMs = number();
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (latency.fixedMs > 0 || latency.jitterMs > 0) config.latency = { default: latency };
  options.config = config;
  return options;
}

async function main(): Promise<void> {
  let options: StartSandboxOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`sandbox: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(
        `sandbox: port ${options.port ?? ''} on 127.0.0.1 is already in use; pick another with --port`,
      );
    } else if (code === 'EACCES') {
      console.error(
        `sandbox: not allowed to listen on port ${options.port ?? ''}; pick another with --port`,
      );
    } else {
      console.error(
        `sandbox: could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    process.exit(1);
  }
  console.log(`CRM sandbox listening on ${sandbox.url}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    if (!options.quiet) console.log(`[sandbox] ${signal}: closing`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`sandbox: error while closing: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
