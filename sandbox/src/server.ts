/** Starts the local CRM sandbox: `startSandbox(options)` as docs/architecture.md describes. */
import type { SandboxConfigPatch } from './config';
import { SandboxCore } from './sandboxCore';
import { createApp } from './http/createApp';

export interface StartSandboxOptions {
  /** 0 = any free port; the CLI defaults to 4010. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), localhost or ::1. */
  host?: string;
  token?: string;
  /** 'demo' | 'empty' | 'scale:N'; default 'demo'. */
  seed?: string;
  /** Persistence folder; null/undefined = memory only. */
  dataDir?: string | null;
  config?: SandboxConfigPatch;
  quiet?: boolean;
  /** Start from the seed even when dataDir holds a store (the CLI's --reset). */
  resetData?: boolean;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new Error(`The CRM sandbox binds loopback only (127.0.0.1, localhost, ::1), not ${host}`);
  }
  const core = new SandboxCore({
    seed: options.seed ?? 'demo',
    dataDir: options.dataDir ?? null,
    ...(options.config ? { config: options.config } : {}),
    ...(options.resetData ? { resetData: true } : {}),
  });
  const app = createApp(core, options.token ?? 'local-dev-token');
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    core.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const urlHost = host === '::1' ? '[::1]' : host;
  const url = `http://${urlHost}:${port}`;
  if (!options.quiet) {
    for (const note of core.loadNotes) console.log(`[sandbox] ${note}`);
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        await app.close();
        core.close();
      })();
      return closing;
    },
  };
}
