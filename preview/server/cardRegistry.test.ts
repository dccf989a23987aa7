import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_SRC_DIR, PROJECT_SRC_DIR, findCards } from './cardRegistry';

describe('findCards', () => {
  let srcDir: string;

  beforeEach(() => {
    srcDir = mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    mkdirSync(path.join(srcDir, 'app', 'cards'), { recursive: true });
  });

  afterEach(() => rmSync(srcDir, { recursive: true, force: true }));

  const write = (relative: string, content: unknown) =>
    writeFileSync(
      path.join(srcDir, relative),
      typeof content === 'string' ? content : JSON.stringify(content),
    );

  it('reads uid, name, object types and the entry file of each card hsmeta', () => {
    write('app/cards/Mine.tsx', 'export {};');
    write('app/cards/mine-hsmeta.json', {
      uid: 'mine',
      type: 'card',
      config: { name: 'Mine', entrypoint: '/app/cards/Mine.tsx', objectTypes: ['Contacts'] },
    });

    expect(findCards(srcDir)).toEqual([
      {
        uid: 'mine',
        name: 'Mine',
        objectTypes: ['contacts'],
        entryFile: path.join(srcDir, 'app', 'cards', 'Mine.tsx'),
      },
    ]);
  });

  it('skips hsmeta files that are not cards or whose entry does not exist', () => {
    write('app/cards/fn-hsmeta.json', {
      uid: 'fn',
      type: 'app-function',
      config: { entrypoint: '/app/cards/Fn.js' },
    });
    write('app/cards/ghost-hsmeta.json', {
      uid: 'ghost',
      type: 'card',
      config: { entrypoint: '/app/cards/Ghost.tsx', objectTypes: ['contacts'] },
    });

    expect(findCards(srcDir)).toEqual([]);
  });

  it('finds the project cards for contacts and companies, and the fixture card for both', () => {
    const project = findCards(PROJECT_SRC_DIR).flatMap((card) => card.objectTypes);
    expect(project).toEqual(expect.arrayContaining(['contacts', 'companies']));
    expect(findCards(FIXTURE_SRC_DIR).map((card) => card.uid)).toEqual(['preview_fixture_card']);
  });
});
