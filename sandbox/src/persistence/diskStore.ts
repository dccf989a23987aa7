/**
 * Durable storage in a data folder: `snapshot.json` (written to a temp file, fsync'd and
 * renamed, so it is always whole) plus `journal.ndjson`, one fsync'd line of effects per
 * committed write. A crash leaves at worst a torn last journal line, which is ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SandboxSnapshot, StoreEffect } from '../store/types';

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.ndjson';

export interface LoadedData {
  snapshot: SandboxSnapshot;
  /** Committed writes after the snapshot, oldest first. */
  journal: StoreEffect[][];
  /** Lines that could not be read (a torn last line after a crash). */
  skippedLines: number;
}

function fsyncDirectory(directory: string): void {
  // Makes the rename itself durable; not every platform can open a directory.
  let fd: number | undefined;
  try {
    fd = fs.openSync(directory, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export class DiskStore {
  private journalFd: number | undefined;

  constructor(readonly directory: string) {
    fs.mkdirSync(directory, { recursive: true });
  }

  /** What the folder holds; undefined when it has no store yet. */
  load(): LoadedData | undefined {
    const snapshotPath = path.join(this.directory, SNAPSHOT);
    if (!fs.existsSync(snapshotPath)) return undefined;
    const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as SandboxSnapshot;
    const journal: StoreEffect[][] = [];
    let skippedLines = 0;
    const journalPath = path.join(this.directory, JOURNAL);
    if (fs.existsSync(journalPath)) {
      const text = fs.readFileSync(journalPath, 'utf8');
      const lines = text.split('\n');
      // The part after the last newline was never completed.
      const torn = lines.pop();
      if (torn) skippedLines += 1;
      for (const line of lines) {
        if (line === '') continue;
        try {
          journal.push((JSON.parse(line) as { effects: StoreEffect[] }).effects);
        } catch {
          // A damaged line can only be the last write; nothing after it was acknowledged.
          skippedLines += 1;
          break;
        }
      }
    }
    return { snapshot, journal, skippedLines };
  }

  /** Appends one committed write and waits until it is on disk. */
  append(effects: StoreEffect[]): void {
    if (this.journalFd === undefined) {
      this.journalFd = fs.openSync(path.join(this.directory, JOURNAL), 'a');
    }
    fs.writeSync(this.journalFd, `${JSON.stringify({ effects })}\n`);
    fs.fsyncSync(this.journalFd);
  }

  /** Replaces snapshot + journal by one snapshot of the current state. */
  compact(snapshot: SandboxSnapshot): void {
    const target = path.join(this.directory, SNAPSHOT);
    const temporary = `${target}.${process.pid}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(snapshot));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
    fsyncDirectory(this.directory);
    // Only now is the journal redundant. Replaying it over the new snapshot would be
    // harmless too (effects are full states), so a crash between the steps is fine.
    this.closeJournal();
    fs.writeFileSync(path.join(this.directory, JOURNAL), '');
  }

  close(): void {
    this.closeJournal();
  }

  private closeJournal(): void {
    if (this.journalFd !== undefined) {
      fs.closeSync(this.journalFd);
      this.journalFd = undefined;
    }
  }
}
