/** Drawn for any component name the preview has no HTML for: visible, never silently dropped. */
import type { ReactNode } from 'react';

const warned = new Set<string>();

export function createPlaceholder(name: string) {
  function UnknownComponent({ children }: { children?: ReactNode }) {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(
        `[preview] The card rendered <${name}>, which the preview host does not implement yet.`,
      );
    }
    return (
      <div className="hs-unknown" data-unknown-component={name}>
        <div className="hs-unknown__name">&lt;{name}&gt; is not implemented in the preview</div>
        {children}
      </div>
    );
  }
  UnknownComponent.displayName = `Unknown(${name})`;
  return UnknownComponent;
}
