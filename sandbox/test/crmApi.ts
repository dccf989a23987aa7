/**
 * The 2026-09 CRM paths for sandbox tests, called as the functions call them: through the
 * real `@hubspot/api-client`'s `client.apiRequest` (auth, base URL, retry decorator). It
 * answers every status without throwing, so tests read status and body as sent.
 */
import type { Client } from '@hubspot/api-client';
import {
  CrmRequestError,
  crmExchange,
  crmPath,
  type CrmMethod,
  type CrmResponse,
} from '../src/testing/crmRequest';
import type { Json } from './sdkHarness';

export { crmPath, CrmRequestError };
export { CRM_API_VERSION } from '../src/testing/crmRequest';

export type CrmAnswer<T = Json> = CrmResponse<T>;

export interface CrmCallOptions {
  body?: unknown;
  qs?: Record<string, string | number | boolean | readonly string[] | undefined>;
}

export function crmCall<T = Json>(
  client: Client,
  method: CrmMethod,
  path: string,
  options: CrmCallOptions = {},
): Promise<CrmAnswer<T>> {
  return crmExchange<T>(client, { method, path, ...options });
}

/** A call that must answer `status`; returns its body (the failure shows the whole answer). */
export async function crmExpect<T = Json>(
  client: Client,
  status: number,
  method: CrmMethod,
  path: string,
  options: CrmCallOptions = {},
): Promise<T> {
  const answer = await crmCall<T>(client, method, path, options);
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
  return answer.body;
}

type Qs = CrmCallOptions['qs'];

export interface PublicObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  associations?: Record<string, { results: { id: string; type: string }[] }>;
  propertiesWithHistory?: Record<string, { value: string; timestamp: string }[]>;
}

export interface ObjectPage {
  results: PublicObject[];
  paging?: { next: { after: string; link?: string } };
}

export interface SearchPage {
  total: number;
  results: PublicObject[];
  paging?: { next: { after: string } };
}

export interface BatchAnswer {
  status: string;
  results: (PublicObject & { new?: boolean })[];
  numErrors?: number;
  errors?: Json[];
  startedAt: string;
  completedAt: string;
}

/** An answer whose status is one of `expected`; anything else throws CrmRequestError. */
async function expecting<T>(
  client: Client,
  expected: readonly number[],
  method: CrmMethod,
  path: string,
  options: CrmCallOptions = {},
): Promise<CrmAnswer<T>> {
  const answer = await crmCall<T>(client, method, path, options);
  if (!expected.includes(answer.status)) {
    throw new CrmRequestError(answer.status, answer.body, { method, path }, answer.headers);
  }
  return answer;
}

/**
 * The calls the sandbox tests make, one per 2026-09 operation, through `apiRequest`.
 * Each resolves with the body of its documented success status and rejects with
 * `CrmRequestError` (status, HubSpot's body, headers) otherwise; batch calls that may
 * answer 207 resolve with the whole answer.
 */
export function crmApi(client: Client) {
  const body = async <T>(
    status: number,
    method: CrmMethod,
    path: string,
    options?: CrmCallOptions,
  ): Promise<T> => (await expecting<T>(client, [status], method, path, options)).body;
  return {
    create: (type: string, input: Json) =>
      body<PublicObject>(201, 'POST', crmPath.objects(type), { body: input }),
    getById: (type: string, id: string, qs?: Qs) =>
      body<PublicObject>(200, 'GET', crmPath.object(type, id), { qs }),
    getPage: (type: string, qs?: Qs) => body<ObjectPage>(200, 'GET', crmPath.objects(type), { qs }),
    update: (type: string, id: string, properties: Json, qs?: Qs) =>
      body<PublicObject>(200, 'PATCH', crmPath.object(type, id), { body: { properties }, qs }),
    archive: (type: string, id: string) =>
      expecting<Json>(client, [204], 'DELETE', crmPath.object(type, id)),
    search: (type: string, request: Json) =>
      body<SearchPage>(200, 'POST', crmPath.search(type), { body: request }),
    batchRead: (type: string, request: Json, qs?: Qs) =>
      expecting<BatchAnswer>(client, [200, 207], 'POST', crmPath.batch(type, 'read'), {
        body: request,
        qs,
      }),
    batchCreate: (type: string, request: Json) =>
      expecting<BatchAnswer>(client, [201, 207], 'POST', crmPath.batch(type, 'create'), {
        body: request,
      }),
    batchUpdate: (type: string, request: Json) =>
      expecting<BatchAnswer>(client, [200, 207], 'POST', crmPath.batch(type, 'update'), {
        body: request,
      }),
    batchUpsert: (type: string, request: Json) =>
      expecting<BatchAnswer>(client, [200, 207], 'POST', crmPath.batch(type, 'upsert'), {
        body: request,
      }),
    batchArchive: (type: string, request: Json) =>
      expecting<Json>(client, [204], 'POST', crmPath.batch(type, 'archive'), { body: request }),
    properties: (type: string, qs?: Qs) =>
      body<{ results: Json[] }>(200, 'GET', crmPath.properties(type), { qs }),
    property: (type: string, name: string) => body<Json>(200, 'GET', crmPath.property(type, name)),
    createProperty: (type: string, definition: Json) =>
      body<Json>(201, 'POST', crmPath.properties(type), { body: definition }),
    pipelines: (type: string) =>
      body<{ results: (Json & { id: string; stages: Json[] })[] }>(
        200,
        'GET',
        crmPath.pipelines(type),
      ),
    pipeline: (type: string, id: string) =>
      body<Json & { id: string; stages: Json[] }>(200, 'GET', crmPath.pipeline(type, id)),
    /** Association batch read; 207 when some inputs have no links. */
    links: (fromType: string, toType: string, inputs: { id: string; after?: string }[]) =>
      expecting<LinkBatch>(
        client,
        [200, 207],
        'POST',
        crmPath.associations(fromType, toType, 'read'),
        {
          body: { inputs },
        },
      ),
    /** The ids linked to one record, following `after` to the end. */
    async linkedIds(fromType: string, id: string, toType: string): Promise<string[]> {
      const ids: string[] = [];
      let after: string | undefined;
      do {
        const answer: CrmAnswer<LinkBatch> = await expecting<LinkBatch>(
          client,
          [200, 207],
          'POST',
          crmPath.associations(fromType, toType, 'read'),
          { body: { inputs: [{ id, ...(after ? { after } : {}) }] } },
        );
        const [row] = answer.body.results;
        ids.push(...(row?.to ?? []).map((linked) => linked.toObjectId));
        after = row?.paging?.next?.after;
      } while (after);
      return ids;
    },
    labels: (fromType: string, toType: string) =>
      body<{ results: { category: string; typeId: number; label: string | null }[] }>(
        200,
        'GET',
        crmPath.labels(fromType, toType),
      ),
    createLabel: (fromType: string, toType: string, definition: Json) =>
      body<{ results: { category: string; typeId: number; label: string | null }[] }>(
        200,
        'POST',
        crmPath.labels(fromType, toType),
        { body: definition },
      ),
    defaultLink: (fromType: string, fromId: string, toType: string, toId: string) =>
      body<Json>(200, 'PUT', crmPath.defaultLink(fromType, fromId, toType, toId)),
    link: (fromType: string, fromId: string, toType: string, toId: string, types: Json[]) =>
      body<Json>(201, 'PUT', crmPath.link(fromType, fromId, toType, toId), { body: types }),
    unlink: (fromType: string, fromId: string, toType: string, toId: string) =>
      expecting<Json>(client, [204], 'DELETE', crmPath.link(fromType, fromId, toType, toId)),
  };
}

export type CrmApi = ReturnType<typeof crmApi>;

export interface LinkBatch {
  status: string;
  results: {
    from: { id: string };
    to: {
      toObjectId: string;
      associationTypes: { category: string; typeId: number; label: string | null }[];
    }[];
    paging?: { next?: { after: string } };
  }[];
  numErrors?: number;
  errors?: Json[];
}

/** Awaits a call that must fail with `status` and HubSpot's envelope; returns the body. */
export async function expectCrmError(
  call: Promise<unknown>,
  status: number,
  category: string,
): Promise<Json> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CrmRequestError);
  const failure = error as CrmRequestError;
  expect({ status: failure.status, body: failure.body }).toMatchObject({
    status,
    body: {
      status: 'error',
      message: expect.any(String),
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/i),
      category,
    },
  });
  return failure.body as Json;
}

/** Awaits a call that must fail; returns its CrmRequestError (status, body, headers). */
export async function crmFailure(call: Promise<unknown>): Promise<CrmRequestError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CrmRequestError);
  return error as CrmRequestError;
}
