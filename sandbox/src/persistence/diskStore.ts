/**
 * Durable storage in a data folder: `snapshot.json` (written to a temp file, fsync'd and
 * renamed, so it is always whole) plus `journal.ndjson`, one fsync'd line of effects per
 * committed write. A crash leaves at worst a torn last journal line (no newline: never
 * acknowledged), which is ignored. Anything else that cannot be read is refused with the
 * file and line named, before anything is compacted: a write that was acknowledged is
 * never silently dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SandboxSnapshot, StoreEffect } from '../store/types';
import { acquireFolderLock, type FolderLock } from './folderLock';
import { journalEntryProblem } from './journalEntry';

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.ndjson';

export interface JournalEntry {
  line: number;
  effects: StoreEffect[];
}

export interface LoadedData {
  snapshot: SandboxSnapshot;
  /** Committed writes after the snapshot, oldest first, with their journal line. */
  journal: JournalEntry[];
  journalPath: string;
  /** Lines that could not be read (a torn last line after a crash). */
  skippedLines: number;
}

/** The data folder holds something that cannot be read without losing data. */
export class DataFolderError extends Error {}

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

function readJournal(journalPath: string): { journal: JournalEntry[]; skippedLines: number } {
  const journal: JournalEntry[] = [];
  if (!fs.existsSync(journalPath)) return { journal, skippedLines: 0 };
  const lines = fs.readFileSync(journalPath, 'utf8').split('\n');
  // The part after the last newline was never completed, hence never acknowledged.
  const tail = lines.pop() ?? '';
  let skippedLines = 0;
  const parse = (line: string, lineNumber: number, isTail: boolean): StoreEffect[] | undefined => {
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      if (isTail) return undefined;
      throw new DataFolderError(
        `${journalPath}:${lineNumber}: this journal line is damaged (not JSON), and ${
          lines.length - lineNumber
        } acknowledged write(s) follow it. Refusing to start, so that nothing is lost: repair or remove the line, or start over with --reset.`,
      );
    }
    const problem = journalEntryProblem(entry);
    if (problem) {
      if (isTail) return undefined;
      throw new DataFolderError(
        `${journalPath}:${lineNumber}: ${problem}. Refusing to start, so that nothing is lost: repair or remove the line, or start over with --reset.`,
      );
    }
    return (entry as { effects: StoreEffect[] }).effects;
  };
  lines.forEach((line, index) => {
    if (line === '') return;
    const effects = parse(line, index + 1, false);
    if (effects) journal.push({ line: index + 1, effects });
  });
  if (tail !== '') {
    const effects = parse(tail, lines.length + 1, true);
    if (effects) journal.push({ line: lines.length + 1, effects });
    else skippedLines += 1;
  }
  return { journal, skippedLines };
}

export class DiskStore {
  private journalFd: number | undefined;
  private readonly lock: FolderLock;

  constructor(readonly directory: string) {
    fs.mkdirSync(directory, { recursive: true });
    this.lock = acquireFolderLock(directory);
  }

  /** What the folder holds; undefined when it has no store yet. */
  load(): LoadedData | undefined {
    const snapshotPath = path.join(this.directory, SNAPSHOT);
    const journalPath = path.join(this.directory, JOURNAL);
    if (!fs.existsSync(snapshotPath)) {
      const journalSize = fs.existsSync(journalPath) ? fs.statSync(journalPath).size : 0;
      if (journalSize > 0) {
        throw new DataFolderError(
          `${snapshotPath} is missing but ${journalPath} holds ${journalSize} bytes of writes. Refusing to reseed over them: restore the snapshot, or start over with --reset.`,
        );
      }
      return undefined;
    }
    let snapshot: SandboxSnapshot;
    try {
      snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as SandboxSnapshot;
    } catch (error) {
      throw new DataFolderError(
        `${snapshotPath} cannot be read (${error instanceof Error ? error.message : String(error)}). Refusing to start: restore it, or start over with --reset.`,
      );
    }
    return { snapshot, journalPath, ...readJournal(journalPath) };
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
    this.lock.release();
  }

  private closeJournal(): void {
    if (this.journalFd !== undefined) {
      fs.closeSync(this.journalFd);
      this.journalFd = undefined;
    }
  }
}
