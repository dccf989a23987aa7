import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFunctions, discoverFunctionEntries } from './buildFunctions';

/** The build against a throw-away functions folder laid out like the project's. */

let functionsDir: string;

function write(relative: string, content: string): void {
  const file = path.join(functionsDir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function declare(uid: string, name: string): void {
  write(
    `${name}-hsmeta.json`,
    JSON.stringify({
      uid,
      type: 'app-function',
      config: { entrypoint: `/app/functions/dist/${name}.js`, secretKeys: [] },
    }),
  );
}

beforeEach(() => {
  functionsDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fn-build-')), 'app', 'functions');
  write('src/shared/greet.ts', `export const greet = (name: string): string => 'hello ' + name;`);
  write(
    'src/entries/sayHello.ts',
    `import { z } from 'zod';
     import { greet } from '../shared/greet';
     export const main = async (context: { parameters: unknown }) =>
       ({ ok: true, data: greet(z.object({ name: z.string() }).parse(context.parameters).name) });`,
  );
  declare('say_hello', 'sayHello');
  write('card-hsmeta.json', JSON.stringify({ uid: 'c', type: 'card', config: {} }));
});

afterEach(() => {
  fs.rmSync(path.resolve(functionsDir, '..', '..'), { recursive: true, force: true });
});

describe('buildFunctions', () => {
  it('builds each declared function into the CommonJS file its hsmeta entrypoint names', async () => {
    const { entries, outDir } = await buildFunctions({ functionsDir });
    expect(entries.map((entry) => entry.uid)).toEqual(['say_hello']);
    expect(fs.readdirSync(outDir)).toEqual(['sayHello.js']);
    const code = fs.readFileSync(path.join(outDir, 'sayHello.js'), 'utf8');
    // Local modules are bundled in; packages HubSpot installs stay external.
    expect(code).toMatch(/["']hello /);
    expect(code).toMatch(/require\("zod"\)/);
    expect(code).not.toMatch(/^\s*(import|export) /m);
  });

  it('removes files of functions that are no longer declared', async () => {
    write('dist/removedFunction.js', 'exports.main = () => ({});');
    await buildFunctions({ functionsDir });
    expect(fs.readdirSync(path.join(functionsDir, 'dist'))).toEqual(['sayHello.js']);
  });

  it('fails naming the hsmeta file when the entry source is missing', () => {
    declare('orphan', 'orphanFunction');
    expect(() => discoverFunctionEntries(functionsDir)).toThrow(
      /orphanFunction-hsmeta\.json: .*src\/entries\/orphanFunction\.ts/,
    );
  });

  it('leaves no stale bundle behind when the build fails', async () => {
    await buildFunctions({ functionsDir });
    write('src/entries/sayHello.ts', 'export const main = (;');
    await expect(buildFunctions({ functionsDir })).rejects.toThrow(
      /Building the app functions failed/,
    );
    expect(fs.readdirSync(path.join(functionsDir, 'dist'))).toEqual([]);
  });

  it('rebuilds on change in watch mode', async () => {
    const builds: boolean[] = [];
    const waiters: Array<() => void> = [];
    const nextBuild = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
    const firstBuild = nextBuild();
    const { close } = await buildFunctions({
      functionsDir,
      watch: true,
      quiet: true,
      onRebuild: ({ ok }) => {
        builds.push(ok);
        waiters.shift()?.();
      },
    });
    try {
      await firstBuild;
      const secondBuild = nextBuild();
      write('src/shared/greet.ts', `export const greet = (name: string): string => 'hi ' + name;`);
      await secondBuild;
      const code = fs.readFileSync(path.join(functionsDir, 'dist', 'sayHello.js'), 'utf8');
      expect(code).toMatch(/["']hi /);
      expect(builds).toEqual([true, true]);
    } finally {
      await close?.();
    }
  });
});
