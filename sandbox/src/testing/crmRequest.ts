/**
 * Calls a 2026-09 CRM path the way the functions do: through the real
 * `@hubspot/api-client`'s `client.apiRequest` (its auth, base URL and retry decorator).
 * For tooling that reads or seeds the sandbox (test kits, bench, preview server); a
 * non-2xx answer throws `CrmRequestError` with HubSpot's status and body.
 */
import type { Client } from '@hubspot/api-client';

export const CRM_API_VERSION = '2026-09';

const OBJECTS = `/crm/objects/${CRM_API_VERSION}`;
const ASSOCIATIONS = `/crm/associations/${CRM_API_VERSION}`;

/** The 2026-09 paths, filled in (types are names or ids: `tickets`, `0-5`). */
export const crmPath = {
  objects: (type: string) => `${OBJECTS}/${type}`,
  object: (type: string, id: string) => `${OBJECTS}/${type}/${encodeURIComponent(id)}`,
  batch: (type: string, op: 'read' | 'create' | 'update' | 'upsert' | 'archive') =>
    `${OBJECTS}/${type}/batch/${op}`,
  search: (type: string) => `${OBJECTS}/${type}/search`,
  link: (fromType: string, fromId: string, toType: string, toId: string) =>
    `${OBJECTS}/${fromType}/${encodeURIComponent(fromId)}/associations/${toType}/${encodeURIComponent(toId)}`,
  defaultLink: (fromType: string, fromId: string, toType: string, toId: string) =>
    `${OBJECTS}/${fromType}/${encodeURIComponent(fromId)}/associations/default/${toType}/${encodeURIComponent(toId)}`,
  associations: (
    fromType: string,
    toType: string,
    op: 'read' | 'create' | 'associate/default' | 'archive' | 'labels/archive',
  ) => `${ASSOCIATIONS}/${fromType}/${toType}/batch/${op}`,
  labels: (fromType: string, toType: string) => `${ASSOCIATIONS}/${fromType}/${toType}/labels`,
  label: (fromType: string, toType: string, typeId: number) =>
    `${ASSOCIATIONS}/${fromType}/${toType}/labels/${typeId}`,
  properties: (type: string) => `/crm/properties/${CRM_API_VERSION}/${type}`,
  property: (type: string, name: string) => `/crm/properties/${CRM_API_VERSION}/${type}/${name}`,
  pipelines: (type: string) => `/crm/pipelines/${CRM_API_VERSION}/${type}`,
  pipeline: (type: string, id: string) => `/crm/pipelines/${CRM_API_VERSION}/${type}/${id}`,
  stages: (type: string, id: string) => `/crm/pipelines/${CRM_API_VERSION}/${type}/${id}/stages`,
  owners: () => `/crm/owners/${CRM_API_VERSION}`,
  owner: (id: string) => `/crm/owners/${CRM_API_VERSION}/${encodeURIComponent(id)}`,
};

export type CrmMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CrmRequest {
  method: CrmMethod;
  path: string;
  body?: unknown;
  /** List values go comma-separated, as HubSpot accepts them. */
  qs?: Record<string, string | number | boolean | readonly string[] | undefined>;
}

export interface CrmResponse<T> {
  status: number;
  /** Parsed JSON; `{}` for an empty body (204). */
  body: T;
  headers: Record<string, string>;
}

export class CrmRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    request: CrmRequest,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${request.method} ${request.path} answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'CrmRequestError';
  }
}

function queryString(qs: CrmRequest['qs']): Record<string, string> | undefined {
  if (!qs) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(qs)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}

/** Any answer, 2xx or not, as sent. */
export async function crmExchange<T = Record<string, unknown>>(
  client: Client,
  request: CrmRequest,
): Promise<CrmResponse<T>> {
  const qs = queryString(request.qs);
  const response = await client.apiRequest({
    method: request.method,
    path: request.path,
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(qs && Object.keys(qs).length > 0 ? { qs } : {}),
  });
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let body: unknown = {};
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = { unparsable: text };
    }
  }
  return { status: response.status, body: body as T, headers };
}

/** A 2xx answer's body; anything else throws CrmRequestError. */
export async function crmRequest<T = Record<string, unknown>>(
  client: Client,
  request: CrmRequest,
): Promise<T> {
  const response = await crmExchange<T>(client, request);
  if (response.status < 200 || response.status > 299) {
    throw new CrmRequestError(response.status, response.body, request, response.headers);
  }
  return response.body;
}
