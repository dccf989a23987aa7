/**
 * Runs the sandbox CLI in a child process, as `npm run sandbox` does, so start-up time is
 * spawn-to-ready-line and resident memory is the sandbox's own (read from /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const READY_LINE = /CRM sandbox listening on (http:\/\/\S+)/;

export interface SandboxChild {
  url: string;
  pid: number;
  startupMs: number;
  stop(): Promise<void>;
}

export function startSandboxChild(args: string[], timeoutMs: number): Promise<SandboxChild> {
  const root = path.resolve(__dirname, '..', '..');
  const started = performance.now();
  // `node --import tsx` rather than the tsx binary: the pid is then the sandbox itself.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'sandbox', 'src', 'cli.ts'), ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      void stop();
      reject(
        new Error(`The sandbox did not print its ready line within ${timeoutMs} ms\n${stderr}`),
      );
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited early (code ${String(code)})\n${stderr}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY_LINE.exec(stdout);
      if (!match?.[1] || child.pid === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({ url: match[1], pid: child.pid, startupMs: performance.now() - started, stop });
    });
  });
}

/** Resident memory of a process in MB (Linux /proc); undefined elsewhere. */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
