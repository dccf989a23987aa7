/**
 * What crosses the Worker boundary. The page (host) exposes nothing to the worker
 * directly; it calls `render` once with a bridge object whose functions @remote-ui/rpc
 * turns into proxies in the worker.
 */
import type { RemoteChannel } from '@remote-ui/core';

export interface AlertRequest {
  type?: 'info' | 'warning' | 'success' | 'danger' | 'tip';
  title?: string;
  message: string;
}

export interface ServerlessRequest {
  propertiesToSend?: string[];
  parameters?: Record<string, unknown>;
}

/**
 * A failed function call travels as data: a host function that throws makes
 * @remote-ui/rpc rethrow on the page as well (an unhandled rejection there).
 */
export type ServerlessOutcome = { ok: true; result: unknown } | { ok: false; message: string };

export interface HostBridge {
  serverless(uid: string, options: ServerlessRequest): Promise<ServerlessOutcome>;
  addAlert(alert: AlertRequest): void;
  closeOverlay(id: string): void;
  reloadPage(): void;
  copyTextToClipboard(text: string): Promise<void>;
  fetchCrmObjectProperties(properties: string[] | '*'): Promise<Record<string, string>>;
  log(level: 'info' | 'warn' | 'error', message: string): void;
  /** The card threw while rendering: HubSpot replaces it with an error, not a blank body. */
  crashed(message: string): void;
}

/** The card's `context` for crm.record.sidebar, as HubSpot fills it. */
export interface CardContext {
  location: 'crm.record.sidebar';
  crm: { objectId: number; objectTypeId: string };
  user: {
    id: number;
    email: string;
    emails: string[];
    firstName: string;
    lastName: string;
    locale: string;
    language: string;
    roles: string[];
    teams: { id: number; name: string; teammates: number[] }[];
    permissions: string[];
  };
  portal: { id: number; timezone: string };
  extension: { appId: number; appName: string; cardTitle: string };
}

/** Exposed by the worker. */
export interface WorkerApi {
  render(channel: RemoteChannel, context: CardContext, bridge: HostBridge): Promise<void>;
}
