import { Client } from '@hubspot/api-client';
import type { FunctionEnv } from '../run/functionEnv';

/**
 * The SDK client for one invocation: the transport's source of the base URL and the
 * Authorization header (crmTransport.ts builds each request with the SDK's own `Request`).
 * Its own retries are off (`numberOfApiCallRetries: 0`): on a TEN_SECONDLY 429 it would
 * sleep 10 s, past the function's budget, so `callWithBudget` retries instead, within the
 * time left.
 */
export function createHubSpotClient(env: FunctionEnv): Client {
  return new Client({ accessToken: env.token, basePath: env.baseUrl, numberOfApiCallRetries: 0 });
}
