import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createUploadFilter, listUploadedFiles, uploadFileSet } from './uploadFileSet';

const PROJECT_ROOT = path.resolve(__dirname, '../..');
const projectHsignore = fs.readFileSync(path.join(PROJECT_ROOT, '.hsignore'), 'utf8');

function makeTree(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-set-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  return root;
}

describe("the upload file set (HubSpot CLI's ignore rules + the project's .hsignore)", () => {
  const isUploaded = createUploadFilter(projectHsignore);

  it.each([
    'app/cards/ContactTickets.tsx',
    'app/cards/tsconfig.json',
    'app/cards/package.json',
    'app/cards/eslint.config.js',
    'app/functions/dist/ticketsList.js',
    'app/functions/ticket-create-hsmeta.json',
    'app/functions/package-lock.json',
  ])('uploads %s', (file) => {
    expect(isUploaded(file)).toBe(true);
  });

  it.each([
    ['a test', 'app/cards/tickets/list/TicketList.test.tsx'],
    ['a function test', 'app/functions/src/entries/ticketsList.test.ts'],
    ['a test helper folder', 'app/cards/tickets/testing/renderCard.tsx'],
    ['a __tests__ folder', 'app/functions/src/__tests__/x.ts'],
    ['installed packages', 'app/functions/node_modules/zod/index.js'],
    ['a dotfile', 'app/cards/.prettierrc.json'],
    ['a dot folder', 'app/functions/.cache/x.json'],
    ['the .env file', 'app/functions/.env'],
    ['an npm log', 'app/functions/npm-debug.log'],
    ['a HubSpot CLI config', 'hubspot.config.yml'],
  ])('drops %s (%s)', (_what, file) => {
    expect(isUploaded(file)).toBe(false);
  });

  it('uploads tests when .hsignore is absent: only the CLI rules apply then', () => {
    expect(createUploadFilter(null)('app/cards/Card.test.tsx')).toBe(true);
    expect(createUploadFilter(null)('app/cards/node_modules/react/index.js')).toBe(false);
  });

  it('lists only uploaded files and never walks into a dropped folder', () => {
    const root = makeTree([
      'app/cards/Card.tsx',
      'app/cards/Card.test.tsx',
      'app/cards/node_modules/react/index.js',
      'app/cards/testing/fake.ts',
      'app/functions/dist/fn.js',
    ]);
    const seen: string[] = [];
    const listing = listUploadedFiles(root, (file) => {
      seen.push(file);
      return isUploaded(file);
    });
    expect(listing.files).toEqual(['app/cards/Card.tsx', 'app/functions/dist/fn.js']);
    expect(seen.filter((file) => file.includes('node_modules/'))).toEqual([
      'app/cards/node_modules/',
    ]);
    expect(listing.checked).toContainEqual({ path: 'app/cards/testing/fake.ts', uploaded: false });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("of this project holds every hsmeta file and the cards' tsconfig, and no test", () => {
    const { files } = uploadFileSet(PROJECT_ROOT);
    expect(files).toContain('app/cards/tsconfig.json');
    expect(files).toContain('app/app-hsmeta.json');
    expect(files.filter((file) => /\.test\.tsx?$|\/testing\/|node_modules/.test(file))).toEqual([]);
  });
});
