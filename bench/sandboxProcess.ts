import { fork } from 'node:child_process';
import path from 'node:path';

export interface SandboxProcess {
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/** Starts the sandbox in a child process (see sandboxChild.ts) and waits until it listens. */
export function startSandboxProcess(): Promise<SandboxProcess> {
  const child = fork(path.join(__dirname, 'sandboxChild.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.disconnect();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('The CRM sandbox did not start within 30 s'));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The CRM sandbox exited early (code ${code})`));
    });
    child.on('message', (message: unknown) => {
      const ready = message as { type?: string; url?: string };
      if (ready.type === 'ready' && typeof ready.url === 'string') {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ url: ready.url, stop });
      }
    });
  });
}
