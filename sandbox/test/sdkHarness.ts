/**
 * What every sandbox test needs: an in-process sandbox on a random port, the real
 * `@hubspot/api-client` pointed at it (its `apiRequest` carries the 2026-09 calls, see
 * crmApi.ts), the control client, and raw HTTP for what no client would send. Memory
 * only, so each test file owns its own store.
 */
import { Client } from '@hubspot/api-client';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../src/server';
import { createSandboxControl, type SandboxControl } from '../src/control';

export const TOKEN = 'local-dev-token';

export interface Harness {
  sandbox: RunningSandbox;
  control: SandboxControl;
  client: Client;
}

export interface ClientOptions {
  numberOfApiCallRetries?: number;
  accessToken?: string;
}

/** The SDK keeps retry settings in a process-wide singleton: one client per test file. */
export function sdkClient(url: string, options: ClientOptions = {}): Client {
  return new Client({
    accessToken: options.accessToken ?? TOKEN,
    basePath: url,
    ...(options.numberOfApiCallRetries === undefined
      ? {}
      : { numberOfApiCallRetries: options.numberOfApiCallRetries }),
  });
}

export async function startHarness(
  seed: 'demo' | 'empty' | `scale:${number}`,
  options: Omit<StartSandboxOptions, 'seed' | 'port'> = {},
  clientOptions: ClientOptions = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ quiet: true, ...options, seed, port: 0 });
  return {
    sandbox,
    control: createSandboxControl(sandbox.url),
    client: sdkClient(sandbox.url, clientOptions),
  };
}

export type Json = Record<string, unknown>;

export interface RawResponse {
  status: number;
  contentType: string | null;
  headers: Headers;
  text: string;
  /** The parsed body; `{}` when empty. */
  body: Json;
}

export interface RawRequest {
  method?: string;
  /** Serialised as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** Leave out the bearer token. */
  anonymous?: boolean;
}

export async function rawCall(
  url: string,
  path: string,
  request: RawRequest = {},
): Promise<RawResponse> {
  const payload =
    request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  const response = await fetch(`${url}${path}`, {
    method: request.method ?? 'GET',
    headers: {
      ...(request.anonymous ? {} : { authorization: `Bearer ${TOKEN}` }),
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...(request.headers ?? {}),
    },
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await response.text();
  let body: Json = {};
  if (text) {
    try {
      body = JSON.parse(text) as Json;
    } catch {
      body = { unparsable: text };
    }
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    headers: response.headers,
    text,
    body,
  };
}

/** HubSpot's error envelope, as the contract doc gives it. */
export function expectEnvelope(body: unknown, category?: string): void {
  expect(body).toMatchObject({
    status: 'error',
    message: expect.any(String),
    correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/i),
    ...(category ? { category } : { category: expect.any(String) }),
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
