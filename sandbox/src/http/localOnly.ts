/**
 * The sandbox serves this machine only. A web page the developer happens to visit can
 * still reach 127.0.0.1: with a cross-origin "simple" request (a form POST needs no CORS
 * preflight) or through DNS rebinding (its own host name resolving to 127.0.0.1, so that
 * the page may read the answers). Both are refused: a request must name a loopback host,
 * and any Origin it carries must be a loopback origin; state-changing control calls must
 * say they send JSON, which no simple request can.
 */
import type { FastifyRequest } from 'fastify';
import { HubSpotError } from './hubspotError';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** `127.0.0.1:4010` -> `127.0.0.1`, `[::1]:4010` -> `[::1]`. */
function hostName(hostHeader: string): string {
  const trimmed = hostHeader.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  return trimmed.split(':')[0] ?? '';
}

export function isLoopbackHost(hostHeader: string | undefined): boolean {
  return hostHeader !== undefined && LOOPBACK_HOSTS.has(hostName(hostHeader));
}

export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.host);
  } catch {
    return false;
  }
}

function forbidden(message: string): HubSpotError {
  return new HubSpotError(403, 'FORBIDDEN', message);
}

export function checkLocalRequest(request: FastifyRequest, isControl: boolean): void {
  const host = request.headers.host;
  if (!isLoopbackHost(host)) {
    throw forbidden(
      `Host "${host ?? ''}" is not this sandbox: it answers only requests to 127.0.0.1, localhost or [::1].`,
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    throw forbidden(
      `Requests from the web page ${origin} are refused: the sandbox serves this machine only.`,
    );
  }
  if (isControl && request.method !== 'GET' && request.method !== 'HEAD') {
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      throw new HubSpotError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `The control API takes ${request.method} requests as application/json only (got "${type}").`,
      );
    }
  }
}
