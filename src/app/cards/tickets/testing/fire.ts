/**
 * `trigger(prop, arg)` in @hubspot/ui-extensions 0.17 types `arg` as the handler itself,
 * though at run time it is the handler's (single) argument. This helper types it as that.
 */
import type { UnknownComponentProps } from '@hubspot/ui-extensions';
import type { RenderedElementNode } from '@hubspot/ui-extensions/testing';

type HandlerArg<P, K extends keyof P> =
  NonNullable<P[K]> extends (arg: infer A, ...rest: never[]) => unknown ? A : never;

export function fire<P extends UnknownComponentProps, K extends keyof P & string>(
  node: RenderedElementNode<P>,
  prop: K,
  arg: HandlerArg<P, K>,
): void {
  (node.trigger as (name: string, value: unknown) => void)(prop, arg);
}
