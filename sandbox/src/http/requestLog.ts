/** The log of HubSpot calls the control API reports (`GET /__sandbox/requests`). */
import type { SandboxRequestEntry, SandboxRequestLog } from '../control';

/** Old entries are dropped past this; counts keep going. */
const MAX_ENTRIES = 100_000;

export class RequestLog {
  private entries: SandboxRequestEntry[] = [];
  private byRoute: Record<string, number> = {};
  private total = 0;

  record(entry: SandboxRequestEntry): void {
    this.total += 1;
    this.byRoute[entry.route] = (this.byRoute[entry.route] ?? 0) + 1;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  read(): SandboxRequestLog {
    return { total: this.total, byRoute: { ...this.byRoute }, log: [...this.entries] };
  }

  clear(): void {
    this.entries = [];
    this.byRoute = {};
    this.total = 0;
  }
}
