/**
 * One sandbox per data folder: two processes appending to one journal and compacting it
 * under each other lose writes. The lock file names its holder; a lock whose process is
 * gone (kill -9, a crash) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

const LOCK = 'sandbox.lock';

export interface FolderLock {
  release(): void;
}

export class FolderInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockPath: string): { pid: number; startedAt: string } | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { pid, startedAt } = parsed as { pid?: unknown; startedAt?: unknown };
    return typeof pid === 'number' ? { pid, startedAt: String(startedAt ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

export function acquireFolderLock(directory: string, token = `${process.pid}`): FolderLock {
  const lockPath = path.join(directory, LOCK);
  const content = JSON.stringify({ pid: process.pid, token, startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          // Only remove our own lock (a stale-lock takeover may have replaced it).
          if (fs.existsSync(lockPath) && fs.readFileSync(lockPath, 'utf8') === content) {
            fs.rmSync(lockPath, { force: true });
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(lockPath);
      if (holder && isAlive(holder.pid)) {
        throw new FolderInUseError(
          `The data folder ${directory} is in use by another sandbox (pid ${holder.pid}${
            holder.pid === process.pid ? ', this process' : ''
          }, since ${holder.startedAt}). Stop it, or give this one another --data folder.`,
        );
      }
      // Stale: its process is gone.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new FolderInUseError(`Could not lock the data folder ${directory}: ${lockPath}`);
}
