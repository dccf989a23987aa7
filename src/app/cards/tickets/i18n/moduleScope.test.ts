/**
 * `strings` is the user's language only once the card has started (activateLocale runs
 * in TicketsCard's first render), so a module that reads it at load time - a constant
 * list of options, say - keeps English forever. This finds every such read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const cardsRoot = join(__dirname, '..');
const ACTIVE_CATALOGS = new Set(['strings', 'errorTitles']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `strings.x` / `errorTitles[x]` reached without entering a function first. */
function loadTimeReads(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return; // runs later, not at load
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      ACTIVE_CATALOGS.has(node.expression.text)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${name}:${line + 1} ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('strings are read when rendering, never when a module loads', () => {
  it('no card module reads the active catalog at load time', () => {
    const files = sourceFiles(cardsRoot).filter((file) => !file.endsWith('strings.ts'));
    expect(files.length).toBeGreaterThan(10);
    const reads = files.flatMap((file) =>
      loadTimeReads(relative(cardsRoot, file), readFileSync(file, 'utf8')),
    );
    expect(reads).toEqual([]);
  });

  it('tells a constant built at load from one built at render', () => {
    const atLoad = 'const options = [{ label: strings.filterOpen }];\nconst t = errorTitles[c];';
    expect(loadTimeReads('a.tsx', atLoad)).toEqual([
      'a.tsx:1 strings.filterOpen',
      'a.tsx:2 errorTitles[c]',
    ]);
    const atRender =
      'const options = () => [{ label: strings.filterOpen }];\nfunction f() { return strings.x; }';
    expect(loadTimeReads('b.tsx', atRender)).toEqual([]);
  });
});
