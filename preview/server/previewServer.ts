/**
 * The preview's HTTP server: the page and its bundles, the cards' `hubspot.serverless`
 * calls (answered by the local function runtime, with `propertiesToSend` filled as
 * HubSpot fills them), record reads for the page, and a proxy to the sandbox's control
 * API for the fault switches.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { CardDefinition } from './cardRegistry';
import { isLoopbackHost, isLoopbackOrigin } from '../../sandbox/src/http/localOnly';
import {
  CrmRequestError,
  getRecord,
  listRecords,
  OBJECT_TYPE_IDS,
  readPropertiesToSend,
  type CrmConnection,
  type RecordType,
} from './crmRecords';

/** The slice of the function runtime the preview uses (runtime/src/functionRuntime.ts). */
export interface FunctionInvoker {
  invoke(
    uid: string,
    request: { parameters: unknown; propertiesToSend: Record<string, unknown> },
  ): Promise<
    | { status: 'ok'; result: unknown; durationMs: number }
    | { status: 'error'; errorType: string; message: string; durationMs: number }
  >;
}

export interface PreviewServerOptions {
  port: number;
  host?: string;
  runtime: FunctionInvoker;
  crm: CrmConnection;
  /** Base URL of the sandbox (its `/__sandbox` control API); null in live mode. */
  sandboxUrl: string | null;
  cards: CardDefinition[];
  workerUrls: Map<string, string>;
  bundleDir: string;
  portalId: number;
  appName: string;
  log?: (line: string) => void;
}

const PUBLIC_DIR = path.resolve(__dirname, '..', 'public');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function isRecordType(value: string): value is RecordType {
  return value === 'contacts' || value === 'companies';
}

function recordTypeOf(objectTypeId: string): RecordType | null {
  const match = Object.entries(OBJECT_TYPE_IDS).find(([, id]) => id === objectTypeId);
  return match ? (match[0] as RecordType) : null;
}

async function serveFile(
  dir: string,
  relative: string,
): Promise<{ body: Buffer; type: string } | null> {
  const file = path.resolve(dir, relative);
  if (!file.startsWith(dir + path.sep)) return null;
  try {
    return {
      body: await readFile(file),
      type: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    };
  } catch {
    return null;
  }
}

function crmErrorStatus(error: unknown): { status: number; message: string } {
  if (error instanceof CrmRequestError)
    return { status: error.status === 404 ? 404 : 502, message: error.message };
  return { status: 502, message: error instanceof Error ? error.message : String(error) };
}

/**
 * HubSpot being down or busy is a state of the world the page shows (and retries), not a
 * failure of this server: it answers 200 `{unavailable, message}`, so a fault demo keeps
 * the browser console clean. A record that does not exist or a bad request stays an error.
 */
function recordReadFailure(error: unknown): { status: number; body: Record<string, unknown> } {
  const upstream = error instanceof CrmRequestError ? error.status : 0;
  const { message } = crmErrorStatus(error);
  if (upstream === 404) return { status: 404, body: { message } };
  if (upstream >= 400 && upstream < 500 && upstream !== 429)
    return { status: 502, body: { message } };
  return { status: 200, body: { unavailable: true, message } };
}

export interface RunningPreviewServer {
  url: string;
  port: number;
  app: FastifyInstance;
  /** Tells open pages to reload (a card or the page was rebuilt). */
  notifyReload(): void;
  close(): Promise<void>;
}

export async function startPreviewServer(
  options: PreviewServerOptions,
): Promise<RunningPreviewServer> {
  // Open event streams must not keep close() waiting.
  const app = Fastify({ logger: false, forceCloseConnections: true });
  const listeners = new Set<ServerResponse>();
  const log = options.log ?? (() => undefined);

  // A dev server on 127.0.0.1 is still reachable from any page the developer visits: a
  // cross-origin POST to /api/sandbox/reset would wipe the sandbox, and DNS rebinding
  // would let that page read records. Only this machine's pages may call it.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (
      !isLoopbackHost(request.headers.host) ||
      (origin !== undefined && !isLoopbackOrigin(origin))
    ) {
      return reply.code(403).send({
        ok: false,
        errorType: 'FORBIDDEN',
        message: 'The preview serves this machine only.',
      });
    }
    return undefined;
  });

  app.get('/', async (_request, reply) => {
    const file = await serveFile(PUBLIC_DIR, 'index.html');
    return reply.type('text/html; charset=utf-8').send(file?.body);
  });
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  app.get<{ Params: { '*': string } }>('/build/*', async (request, reply) => {
    const file = await serveFile(options.bundleDir, request.params['*']);
    if (!file) return reply.code(404).send({ message: 'Not built (yet)' });
    return reply.header('cache-control', 'no-store').type(file.type).send(file.body);
  });
  app.get<{ Params: { file: string } }>('/:file', async (request, reply) => {
    const file = await serveFile(PUBLIC_DIR, request.params.file);
    if (!file) return reply.code(404).send({ message: 'Not found' });
    return reply.type(file.type).send(file.body);
  });

  app.get('/api/events', (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    listeners.add(reply.raw);
    request.raw.on('close', () => listeners.delete(reply.raw));
  });

  app.get('/api/info', async () => ({
    mode: options.sandboxUrl ? 'sandbox' : 'live',
    portalId: options.portalId,
    appName: options.appName,
    cards: options.cards.map((card) => ({
      uid: card.uid,
      name: card.name,
      objectTypes: card.objectTypes,
      workerUrl: options.workerUrls.get(card.uid) ?? '',
    })),
  }));

  app.get<{ Params: { type: string }; Querystring: { q?: string } }>(
    '/api/records/:type',
    async (request, reply) => {
      const { type } = request.params;
      if (!isRecordType(type))
        return reply.code(400).send({ message: 'type must be contacts or companies' });
      try {
        return { results: await listRecords(options.crm, type, request.query.q ?? '') };
      } catch (error) {
        const { status, body } = recordReadFailure(error);
        return reply.code(status).send(body);
      }
    },
  );

  app.get<{ Params: { type: string; id: string } }>(
    '/api/records/:type/:id',
    async (request, reply) => {
      const { type, id } = request.params;
      if (!isRecordType(type))
        return reply.code(400).send({ message: 'type must be contacts or companies' });
      try {
        return await getRecord(options.crm, type, id);
      } catch (error) {
        const { status, body } = recordReadFailure(error);
        return reply.code(status).send(body);
      }
    },
  );

  app.post<{
    Params: { uid: string };
    Body: {
      parameters?: unknown;
      propertiesToSend?: unknown;
      objectId?: unknown;
      objectTypeId?: unknown;
    };
  }>('/api/serverless/:uid', async (request, reply) => {
    const { uid } = request.params;
    const body = request.body ?? {};
    const type = typeof body.objectTypeId === 'string' ? recordTypeOf(body.objectTypeId) : null;
    if (!type || (typeof body.objectId !== 'number' && typeof body.objectId !== 'string')) {
      return reply.code(400).send({
        ok: false,
        errorType: 'BAD_REQUEST',
        message: 'objectId and objectTypeId (0-1 or 0-2) are required',
      });
    }
    const names = Array.isArray(body.propertiesToSend)
      ? body.propertiesToSend.filter((name): name is string => typeof name === 'string')
      : [];
    let propertiesToSend: Record<string, string>;
    try {
      propertiesToSend = await readPropertiesToSend(
        options.crm,
        type,
        String(body.objectId),
        names,
      );
    } catch (error) {
      return {
        ok: false,
        errorType: 'PROPERTIES_UNAVAILABLE',
        message: crmErrorStatus(error).message,
      };
    }
    const outcome = await options.runtime.invoke(uid, {
      parameters: body.parameters ?? {},
      propertiesToSend,
    });
    log(
      `[fn] ${uid} ${outcome.status === 'ok' ? 'ok' : outcome.errorType} ${Math.round(outcome.durationMs)} ms`,
    );
    return outcome.status === 'ok'
      ? { ok: true, result: outcome.result }
      : { ok: false, errorType: outcome.errorType, message: outcome.message };
  });

  app.all<{ Params: { '*': string } }>('/api/sandbox/*', async (request, reply) => {
    if (!options.sandboxUrl)
      return reply.code(409).send({ message: 'Live mode: there is no sandbox to control.' });
    const hasBody =
      request.method !== 'GET' && request.method !== 'DELETE' && request.body !== undefined;
    const response = await fetch(`${options.sandboxUrl}/__sandbox/${request.params['*']}`, {
      method: request.method,
      headers: request.method === 'GET' ? {} : { 'content-type': 'application/json' },
      body: hasBody ? JSON.stringify(request.body) : undefined,
    });
    return reply
      .code(response.status)
      .type(response.headers.get('content-type') ?? 'application/json')
      .send(Buffer.from(await response.arrayBuffer()));
  });

  const address = await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  const port = new URL(address).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port: Number(port),
    app,
    notifyReload: () => {
      for (const listener of listeners) listener.write('event: reload\ndata: {}\n\n');
    },
    close: () => app.close(),
  };
}
