import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as sdk from '@hubspot/ui-extensions';
import { renderToStaticMarkup } from 'react-dom/server';
import { createPreviewController, HTML_COMPONENTS } from './registry';

const CARDS_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'src', 'app', 'cards');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Value imports from the SDK's main entry, as the cards write them. */
function importedSdkNames(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(CARDS_DIR)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /import\s+\{([^}]*)\}\s+from\s+'@hubspot\/ui-extensions'/g,
    )) {
      for (const part of (match[1] ?? '').split(',')) {
        const name = part.trim();
        if (name && !name.startsWith('type ') && /^[A-Z]/.test(name)) names.add(name);
      }
    }
  }
  return names;
}

/** A remote component is its name, or a wrapper whose displayName is the name. */
function remoteNameOf(component: unknown, exportName: string): string {
  if (typeof component === 'string') return component;
  if (
    typeof component === 'function' &&
    'displayName' in component &&
    typeof component.displayName === 'string'
  )
    return component.displayName;
  return exportName;
}

describe('the preview host components', () => {
  it('has an HTML implementation of every SDK component the cards render', () => {
    const exports = sdk as unknown as Record<string, unknown>;
    const needed: string[] = [];
    for (const exportName of importedSdkNames()) {
      const component = exports[exportName];
      if (
        component === undefined ||
        (typeof component !== 'string' && typeof component !== 'function')
      )
        continue;
      needed.push(remoteNameOf(component, exportName));
      // Compound components (Dropdown.ButtonItem) render under their own names.
      const members = typeof component === 'function' ? Object.values(component) : [];
      for (const value of members) {
        if (typeof value === 'function' || typeof value === 'string')
          needed.push(remoteNameOf(value, ''));
      }
    }
    expect(needed.length).toBeGreaterThan(10);
    expect(needed.filter((name) => name && !HTML_COMPONENTS[name])).toEqual([]);
  });

  it('draws a component it does not know as a visible placeholder and warns once', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const Unknown = createPreviewController().get('CrmStageTracker');

    const html = renderToStaticMarkup(<Unknown />) + renderToStaticMarkup(<Unknown />);

    expect(html).toContain('data-unknown-component="CrmStageTracker"');
    expect(html).toContain('&lt;CrmStageTracker&gt; is not implemented in the preview');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('returns the HTML implementation for a known name', () => {
    expect(createPreviewController().get('Button')).toBe(HTML_COMPONENTS.Button);
  });
});
