import type { ServerlessOutcome } from '../worker/hostBridge';

/** The page's calls to the preview server (same origin). */
export interface CardInfo {
  uid: string;
  name: string;
  objectTypes: string[];
  workerUrl: string;
}

export interface PreviewInfo {
  mode: 'sandbox' | 'live';
  portalId: number;
  appName: string;
  cards: CardInfo[];
}

export type RecordType = 'contacts' | 'companies';

export interface RecordSummary {
  type: RecordType;
  id: string;
  name: string;
  subtitle: string;
}

export interface RecordDetails extends RecordSummary {
  objectTypeId: '0-1' | '0-2';
  properties: { label: string; value: string }[];
}

export interface SandboxConfig {
  indexLagMs?: number;
  latency?: { default?: { fixedMs?: number; jitterMs?: number } };
  faults?: { rates?: Record<string, number | undefined> };
}

/** HubSpot is down or busy: the page keeps its shell and tries again. */
export class UnavailableError extends Error {}
/** The record does not exist: trying again will not help. */
export class NotFoundError extends Error {}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { message?: string; unavailable?: boolean };
  if (body.unavailable) throw new UnavailableError(body.message ?? 'HubSpot is unavailable');
  if (response.status === 404) throw new NotFoundError(body.message ?? 'Not found');
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

export const previewApi = {
  info: () => fetch('/api/info').then((r) => json<PreviewInfo>(r)),
  listRecords: (type: RecordType, query: string) =>
    fetch(`/api/records/${type}?q=${encodeURIComponent(query)}`).then((r) =>
      json<{ results: RecordSummary[] }>(r),
    ),
  getRecord: (type: RecordType, id: string) =>
    fetch(`/api/records/${type}/${encodeURIComponent(id)}`).then((r) => json<RecordDetails>(r)),
  getSandboxConfig: () => fetch('/api/sandbox/config').then((r) => json<SandboxConfig>(r)),
  patchSandboxConfig: (patch: SandboxConfig) =>
    fetch('/api/sandbox/config', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    }).then((r) => json<SandboxConfig>(r)),
  async serverless(
    uid: string,
    body: {
      parameters: unknown;
      propertiesToSend: string[];
      objectId: number;
      objectTypeId: string;
    },
  ): Promise<ServerlessOutcome> {
    try {
      const response = await fetch(`/api/serverless/${encodeURIComponent(uid)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const outcome = (await response.json()) as
        { ok: true; result: unknown } | { ok: false; errorType: string; message: string };
      return outcome.ok
        ? outcome
        : { ok: false, message: `${outcome.errorType}: ${outcome.message}` };
    } catch (error) {
      return {
        ok: false,
        message: `The preview server did not answer: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  },
};
