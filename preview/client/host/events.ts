/** The event objects HubSpot hands to card callbacks: plain data, cloneable across the worker boundary. */
export interface CardEvent {
  type: string;
  bubbles: boolean;
  timeStamp: number;
  id: string;
  targetValue?: unknown;
}

let sequence = 0;

export function toCardEvent(
  event: { type: string; bubbles: boolean; timeStamp: number },
  targetValue?: unknown,
): CardEvent {
  sequence += 1;
  const base = {
    type: event.type,
    bubbles: event.bubbles,
    timeStamp: event.timeStamp,
    id: `evt-${sequence}`,
  };
  return targetValue === undefined ? base : { ...base, targetValue };
}

/** Remote callbacks are rpc proxies: their promises reject when the card throws, which must not crash the page. */
export type RemoteCallback = (...args: never[]) => unknown;

export function callRemote<A extends unknown[]>(
  callback: ((...args: A) => unknown) | undefined,
  ...args: A
): void {
  if (!callback) return;
  try {
    const result = callback(...args);
    if (result instanceof Promise)
      result.catch((error: unknown) => console.error('Card callback failed:', error));
  } catch (error) {
    console.error('Card callback failed:', error);
  }
}
