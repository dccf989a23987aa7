import type { Client } from '@hubspot/api-client';
import { Request as SdkRequest } from '@hubspot/api-client/lib/src/services/http/Request';
import type { ApiFailure } from './apiFailure';

/**
 * One HTTP exchange with HubSpot. The SDK's own `Request` (what `client.apiRequest` builds)
 * supplies the base URL, the Authorization header and its headers; the exchange itself is
 * `fetch` with `redirect: 'manual'`, because `apiRequest` follows redirects: HubSpot's API
 * never redirects, and following one would send the token (and the ticket text) to
 * wherever the `Location` points. A redirect is refused as an error instead.
 */

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface CrmHttpRequest {
  method: string;
  /** Already filled in: `/crm/objects/2026-09/tickets/123`. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

/** A non-2xx answer, in the shape the retry and error code reads (see apiFailure). */
export class CrmHttpError extends Error implements ApiFailure {
  constructor(
    readonly code: number,
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {
    super(`HubSpot answered HTTP ${code}`);
    this.name = 'CrmHttpError';
  }
}

/** A 2xx whose body is not JSON: the call's outcome cannot be read. */
export class UnreadableResponse extends Error {
  constructor(readonly status: number) {
    super(`HubSpot answered HTTP ${status} with a body that is not JSON`);
    this.name = 'UnreadableResponse';
  }
}

function toQueryString(query: Record<string, QueryValue> | undefined): Record<string, string> {
  const qs: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    // HubSpot takes list parameters comma-separated as well as repeated.
    qs[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return qs;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export async function sendCrmRequest(client: Client, request: CrmHttpRequest): Promise<unknown> {
  const qs = toQueryString(request.query);
  const sdkRequest = new SdkRequest(client.config, {
    method: request.method,
    path: request.path,
    ...(Object.keys(qs).length > 0 ? { qs } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const response = await fetch(sdkRequest.getUrl(), {
    ...sdkRequest.getSendData(),
    redirect: 'manual',
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await response.text();
  if (response.status < 200 || response.status > 299) {
    const parsed = text === '' ? { ok: true as const, value: null } : parseJson(text);
    throw new CrmHttpError(response.status, parsed.ok ? parsed.value : text, headers);
  }
  if (text === '') return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UnreadableResponse(response.status);
  return parsed.value;
}
