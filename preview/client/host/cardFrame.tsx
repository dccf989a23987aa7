/**
 * Runs one card in its own Web Worker (as HubSpot does) and draws what it renders.
 * A new worker per record/context: HubSpot also loads the card afresh per record page.
 */
import { createRemoteReceiver, RemoteRenderer } from '@remote-ui/react/host';
import { createEndpoint, fromWebWorker } from '@remote-ui/rpc';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AlertRequest, CardContext, HostBridge, WorkerApi } from '../worker/hostBridge';
import { createPreviewController } from './components/registry';
import { OverlayProvider, type OverlayState } from './overlays';
import { previewApi } from './previewApi';

interface CardFrameProps {
  workerUrl: string;
  context: CardContext;
  onAlert(alert: AlertRequest): void;
  onReload(): void;
  /** The card has drawn its first tree (or failed to load): it can replace the previous one. */
  onMounted?(): void;
}

export function CardFrame({ workerUrl, context, onAlert, onReload, onMounted }: CardFrameProps) {
  const receiver = useMemo(() => createRemoteReceiver(), []);
  const controller = useMemo(() => createPreviewController(), []);
  const overlayRef = useRef<OverlayState | null>(null);
  const [crash, setCrash] = useState<string | null>(null);
  const latest = useRef({ context, onAlert, onReload, onMounted });
  latest.current = { context, onAlert, onReload, onMounted };

  useEffect(() => {
    if (receiver.state === 'mounted') latest.current.onMounted?.();
    return receiver.on('mount', () => latest.current.onMounted?.());
  }, [receiver]);
  useEffect(() => {
    if (crash) latest.current.onMounted?.();
  }, [crash]);

  useEffect(() => {
    const worker = new Worker(workerUrl);
    worker.addEventListener('error', (event) =>
      setCrash(event.message || 'The card crashed while loading.'),
    );
    const endpoint = createEndpoint<WorkerApi>(fromWebWorker(worker));
    const bridge: HostBridge = {
      serverless: (uid, options) =>
        previewApi.serverless(uid, {
          parameters: options.parameters ?? {},
          propertiesToSend: options.propertiesToSend ?? [],
          objectId: latest.current.context.crm.objectId,
          objectTypeId: latest.current.context.crm.objectTypeId,
        }),
      addAlert: (alert) => latest.current.onAlert(alert),
      closeOverlay: (id) => overlayRef.current?.close(id),
      reloadPage: () => latest.current.onReload(),
      copyTextToClipboard: (text) => navigator.clipboard.writeText(text),
      fetchCrmObjectProperties: async () => ({
        hs_object_id: String(latest.current.context.crm.objectId),
      }),
      log: (level, message) => console[level](`[card] ${message}`),
      crashed: (message) => {
        console.error(`[card] crashed: ${message}`);
        setCrash(message);
      },
    };
    endpoint.call
      .render(receiver.receive, latest.current.context, bridge)
      .catch((error: unknown) => setCrash(error instanceof Error ? error.message : String(error)));
    return () => {
      endpoint.terminate();
      worker.terminate();
    };
  }, [workerUrl, receiver]);

  if (crash) {
    return (
      <div className="hs-alert hs-alert--danger" role="alert">
        <div className="hs-alert__title">The card failed to load</div>
        <div className="hs-alert__body">{crash}</div>
      </div>
    );
  }
  return (
    <OverlayProvider controlRef={overlayRef}>
      <RemoteRenderer receiver={receiver} controller={controller} />
    </OverlayProvider>
  );
}
