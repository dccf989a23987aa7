/**
 * Usage: the typed HubSpot 2026-09 client every function calls HubSpot through.
 *
 *   const { crm } = invocation;
 *   const page = await crm.call('POST', '/crm/objects/2026-09/{objectType}/batch/read', {
 *     path: { objectType: 'tickets' },
 *     body: { inputs: [{ id: '12' }], properties: ['subject'], propertiesWithHistory: [] },
 *   }); // page: BatchResponseSimplePublicObject, straight from HubSpot's spec
 *
 * Path keys, path parameters, query, bodies and answers are the spec's (crmPaths.ts): an
 * unknown path or field does not compile. `call` retries within the invocation's budget;
 * `callOnce` is for a write that must not run twice (a create) and ends in
 * WriteOutcomeUnknown when HubSpot may have done it. Failures are CrmHttpError (code, body,
 * headers), which callWithBudget/toFunctionError already understand.
 */
import type { Client } from '@hubspot/api-client';
import type { Budget } from './callWithBudget';
import type { CrmPath, MethodOf, RequestOf, ResponseOf } from './crmPaths';
import { sendCrmRequest, type QueryValue } from './crmTransport';

export interface CrmApi {
  /** A read or an idempotent write: retried after 429 (not DAILY), 5xx and network errors. */
  call<P extends CrmPath, M extends MethodOf<P>>(
    method: M,
    path: P,
    request: RequestOf<P, M>,
  ): Promise<ResponseOf<P, M>>;
  /** A write that is not idempotent: retried only when HubSpot surely did nothing. */
  callOnce<P extends CrmPath, M extends MethodOf<P>>(
    method: M,
    path: P,
    request: RequestOf<P, M>,
  ): Promise<ResponseOf<P, M>>;
}

/** `/crm/objects/2026-09/{objectType}` with `{objectType: 'tickets'}` -> `.../tickets`. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`Missing path parameter ${name} for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

interface LooseRequest {
  path?: Record<string, unknown>;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

export function createCrmApi(client: Client, budget: Budget): CrmApi {
  const send = (method: string, path: string, request: LooseRequest) => {
    const filled = fillPath(path, request.path);
    return () =>
      sendCrmRequest(client, {
        method,
        path: filled,
        ...(request.query ? { query: request.query } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
      });
  };
  return {
    call: (method, path, request) =>
      budget.call(send(method, path, request as LooseRequest)) as Promise<
        ResponseOf<typeof path, typeof method>
      >,
    callOnce: (method, path, request) =>
      budget.callOnce(send(method, path, request as LooseRequest)) as Promise<
        ResponseOf<typeof path, typeof method>
      >,
  };
}
