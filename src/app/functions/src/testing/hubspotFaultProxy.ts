import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fault-injecting HTTP proxy between the functions and the sandbox, for the faults the
 * sandbox cannot make itself because they happen after its handler ran: the write is
 * done, then the answer is lost (connection dropped, a 502 from a gateway, a 200 that is
 * not JSON). It can also refuse a route outright (a 403 for a missing scope). Everything
 * else is passed through unchanged. Test-only (`testing/` is never uploaded).
 */

export type ProxyFault =
  /** Answered by the proxy without reaching the sandbox. */
  | { kind: 'refuse'; status: 401 | 403; body?: unknown }
  /** Forwarded; the sandbox's answer is then replaced by one of these. */
  | { kind: 'dropAfterWrite' }
  | { kind: 'gatewayErrorAfterWrite' }
  | { kind: 'unreadableAfterWrite' };

export interface ProxyRule {
  method: string;
  /** The exact path (no query) this rule applies to. */
  path: string;
  fault: ProxyFault;
  /** How many matching requests it applies to; default every one. */
  times?: number;
}

export interface HubSpotFaultProxy {
  url: string;
  /** Replaces the rules. */
  setRules(rules: ProxyRule[]): void;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startHubSpotFaultProxy(upstreamUrl: string): Promise<HubSpotFaultProxy> {
  let rules: { rule: ProxyRule; left: number }[] = [];

  const take = (method: string, path: string): ProxyFault | null => {
    const entry = rules.find(
      (candidate) =>
        candidate.left > 0 && candidate.rule.method === method && candidate.rule.path === path,
    );
    if (!entry) return null;
    entry.left -= 1;
    return entry.rule.fault;
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const url = req.url ?? '/';
      const body = await readBody(req);
      const fault = take(method, url.split('?')[0] ?? url);
      if (fault?.kind === 'refuse') {
        res.writeHead(fault.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            fault.body ?? {
              status: 'error',
              category: 'MISSING_SCOPES',
              message: 'This app hasn’t been granted all required scopes to make this call.',
              correlationId: '2a7f4a3e-3b0a-4c55-9d1e-8f0c6b2d9e11',
            },
          ),
        );
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'content-length') {
          headers[name] = value;
        }
      }
      const upstream = await fetch(`${upstreamUrl}${url}`, {
        method,
        headers,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
        redirect: 'manual',
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      if (fault?.kind === 'dropAfterWrite') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'gatewayErrorAfterWrite') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html><body>502 Bad Gateway</body></html>');
        return;
      }
      if (fault?.kind === 'unreadableAfterWrite') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(answer.subarray(0, Math.floor(answer.length / 2)));
        return;
      }
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') {
          out[name] = value;
        }
      });
      res.writeHead(upstream.status, out);
      res.end(answer);
    })().catch(() => {
      res.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRules(next) {
      rules = next.map((rule) => ({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
