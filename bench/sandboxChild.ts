/**
 * Runs the CRM sandbox in its own process for the bench, so the sandbox's own work
 * (search, serialising thousands of tickets) never shares an event loop with the code
 * being timed. Started by sandboxProcess.ts; reports its URL over IPC.
 */
import { startSandbox } from '../sandbox/src/server';

async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0, seed: 'empty', quiet: true, dataDir: null });
  process.send?.({ type: 'ready', url: sandbox.url });
  const stop = (): void => {
    void sandbox.close().finally(() => process.exit(0));
  };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
