/**
 * Runs in the card's Web Worker BEFORE the unmodified card entry is evaluated: the SDK
 * reads `self.extend_V2` when its module loads, so the globals it expects must already
 * be there. This is the part of HubSpot's own worker that a card can observe.
 */
import { createRemoteRoot, type RemoteChannel } from '@remote-ui/core';
import { createRoot } from '@remote-ui/react';
import { createEndpoint, fromWebWorker, retain } from '@remote-ui/rpc';
import { Component, createElement, type ErrorInfo, type ReactElement, type ReactNode } from 'react';
import type { CardContext, HostBridge, ServerlessRequest, WorkerApi } from './hostBridge';

interface CardApi {
  context: CardContext;
  actions: Record<string, unknown>;
  runServerlessFunction: (args: {
    name: string;
    parameters?: Record<string, unknown>;
  }) => Promise<unknown>;
}

type RenderCallback = (api: CardApi) => ReactElement;

interface WorkerGlobals {
  __HUBSPOT_EXTENSION_WORKER__: boolean;
  extend_V2: (callback: RenderCallback) => void;
  serverless: (uid: string, options: ServerlessRequest) => Promise<unknown>;
  hsFetch: (url: string, init?: RequestInit) => Promise<Response>;
  logger: Record<'debug' | 'info' | 'warn' | 'error', (data: unknown) => void>;
  hsWorkerAPI: Record<string, unknown>;
}

const scope = self as unknown as WorkerGlobals & Parameters<typeof fromWebWorker>[0];

let renderCallback: RenderCallback | null = null;
let api: CardApi | null = null;
let bridge: HostBridge | null = null;
let mountRequest: (() => void) | null = null;

function requireBridge(): HostBridge {
  if (!bridge) throw new Error('The preview host has not connected to this card yet.');
  return bridge;
}

function requireApi(): CardApi {
  if (!api) throw new Error('useExtensionContext was called before the card was rendered.');
  return api;
}

function buildActions(host: HostBridge): Record<string, unknown> {
  return {
    addAlert: (alert: Parameters<HostBridge['addAlert']>[0]) => host.addAlert(alert),
    closeOverlay: (id: string) => host.closeOverlay(id),
    reloadPage: () => host.reloadPage(),
    refreshObjectProperties: () => undefined,
    onCrmPropertiesUpdate: () => undefined,
    fetchCrmObjectProperties: (properties: string[] | '*') =>
      host.fetchCrmObjectProperties(properties),
    copyTextToClipboard: (text: string) => host.copyTextToClipboard(text),
    openIframeModal: (payload: { uri: string }) =>
      host.log('warn', `openIframeModal(${payload.uri}) is not supported in the preview`),
    navigateToPage: () => host.log('warn', 'navigateToPage is not supported on a record page'),
  };
}

scope.__HUBSPOT_EXTENSION_WORKER__ = true;
scope.extend_V2 = (callback) => {
  renderCallback = callback;
  mountRequest?.();
};
scope.serverless = async (uid, options) => {
  const outcome = await requireBridge().serverless(uid, options ?? {});
  // HubSpot rejects the card's promise when the function itself failed.
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
};
scope.hsFetch = (url, init) => fetch(url, init);
scope.logger = {
  debug: (data) => console.debug(data),
  info: (data) => console.info(data),
  warn: (data) => console.warn(data),
  error: (data) => console.error(data),
};
scope.hsWorkerAPI = {
  useExtensionContext: () => requireApi().context,
  useExtensionActions: () => requireApi().actions,
  useExtensionApi: () => requireApi(),
  useAppPageLocation: () => ({ pathname: '/', params: {} }),
  // CRM data hooks (useCrmProperties, useAssociations, useCrmSearch) have no local
  // counterpart yet: say so instead of failing with "undefined is not a function".
  ...Object.fromEntries(
    [
      'fetchCrmSearch',
      'fetchCrmProperties',
      'fetchAssociations',
      'fetchHubSpotApi',
      'formatCrmProperties',
    ].map((name) => [
      name,
      () => Promise.reject(new Error(`hsWorkerAPI.${name} is not available in the local preview`)),
    ]),
  ),
};

/**
 * Catches what the card throws while rendering: React would unmount the whole tree and
 * leave a blank card. The host shows "The card failed to load" with the message instead.
 */
class CardErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const where = info.componentStack?.trim().split('\n')[0]?.trim() ?? '';
    bridge?.crashed(`${error.message}${where ? ` (${where})` : ''}`);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

const endpoint = createEndpoint<unknown>(fromWebWorker(scope));

const workerApi: WorkerApi = {
  render(channel: RemoteChannel, context: CardContext, host: HostBridge) {
    // The proxies outlive this call: keep them until the worker is terminated.
    retain(channel);
    retain(host);
    bridge = host;
    api = {
      context,
      actions: buildActions(host),
      runServerlessFunction: ({ name, parameters }) =>
        scope.serverless(name, { parameters: parameters ?? {} }),
    };
    const cardApi = api;
    return new Promise<void>((resolve) => {
      const mount = () => {
        if (!renderCallback) return;
        mountRequest = null;
        const root = createRemoteRoot(channel);
        createRoot(root).render(createElement(CardErrorBoundary, null, renderCallback(cardApi)));
        void root.mount();
        resolve();
      };
      mountRequest = mount;
      mount();
    });
  },
};
endpoint.expose(workerApi as unknown as Record<string, (...args: never[]) => unknown>);
