import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PLATFORM_VERSION, validateProject, type ValidationProblem } from './validateProject';

type Files = Record<string, unknown>;

const validProject = (): Files => ({
  'hsproject.json': { name: 'p', srcDir: 'src', platformVersion: PLATFORM_VERSION },
  'src/app/app-hsmeta.json': {
    uid: 'my_app',
    type: 'app',
    config: {
      name: 'App',
      distribution: 'private',
      auth: { type: 'static', requiredScopes: ['tickets'], optionalScopes: [] },
    },
  },
  'src/app/cards/package.json': {
    type: 'module',
    dependencies: { '@hubspot/ui-extensions': '0.17.0', react: '18.3.1' },
  },
  'src/app/cards/card-hsmeta.json': {
    uid: 'my_card',
    type: 'card',
    config: {
      name: 'Tickets',
      location: 'crm.record.sidebar',
      entrypoint: '/app/cards/Card.tsx',
      objectTypes: ['contacts'],
    },
  },
  'src/app/cards/Card.tsx': 'export {};',
  'src/app/functions/package.json': { dependencies: { '@hubspot/api-client': '^13.5.0' } },
  'src/app/functions/fn-hsmeta.json': {
    uid: 'tickets_list',
    type: 'app-function',
    config: { entrypoint: '/app/functions/dist/ticketsList.js', secretKeys: [] },
  },
  'src/app/functions/dist/ticketsList.js': 'exports.main = async () => ({});',
});

const roots: string[] = [];

function writeProject(files: Files): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

async function problemsOf(change: (files: Files) => void): Promise<ValidationProblem[]> {
  const files = validProject();
  change(files);
  return validateProject(writeProject(files));
}

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('validateProject', () => {
  it(`accepts a well-formed ${PLATFORM_VERSION} project`, async () => {
    expect(await problemsOf(() => undefined)).toEqual([]);
  });

  it('accepts this repository once it is built', async () => {
    const root = path.resolve(__dirname, '..');
    const problems = await validateProject(root);
    // Only a missing build may be reported here: everything else must be clean.
    const notBuild = problems.filter((p) => !p.message.includes('npm run build'));
    expect(notBuild).toEqual([]);
  });

  it.each<[string, (files: Files) => void, Partial<ValidationProblem>]>([
    [
      'a wrong platform version',
      (f) => (f['hsproject.json'] = { name: 'p', srcDir: 'src', platformVersion: '2025.1' }),
      { file: 'hsproject.json', field: 'platformVersion' },
    ],
    [
      'a card location HubSpot does not have',
      (f) => {
        const card = f['src/app/cards/card-hsmeta.json'] as { config: Record<string, unknown> };
        card.config.location = 'crm.record.footer';
      },
      { file: 'src/app/cards/card-hsmeta.json', field: 'config.location' },
    ],
    [
      'an object type other than contacts or companies',
      (f) => {
        const card = f['src/app/cards/card-hsmeta.json'] as { config: Record<string, unknown> };
        card.config.objectTypes = ['contacts', 'CONTACT'];
      },
      { file: 'src/app/cards/card-hsmeta.json', field: 'config.objectTypes[1]' },
    ],
    [
      'a function entrypoint that was not built',
      (f) => delete f['src/app/functions/dist/ticketsList.js'],
      { file: 'src/app/functions/fn-hsmeta.json', field: 'config.entrypoint' },
    ],
    [
      'a public function endpoint',
      (f) => {
        const fn = f['src/app/functions/fn-hsmeta.json'] as { config: Record<string, unknown> };
        fn.config.endpoint = { path: 'x', method: ['GET'] };
      },
      { file: 'src/app/functions/fn-hsmeta.json', field: 'config.endpoint' },
    ],
    [
      'a uid with characters HubSpot refuses',
      (f) => ((f['src/app/functions/fn-hsmeta.json'] as { uid: string }).uid = 'tickets list'),
      { file: 'src/app/functions/fn-hsmeta.json', field: 'uid' },
    ],
    [
      'a uid used twice',
      (f) => ((f['src/app/functions/fn-hsmeta.json'] as { uid: string }).uid = 'my_card'),
      { field: 'uid' },
    ],
    [
      'a legacy serverless.json',
      (f) => (f['src/app/functions/serverless.json'] = {}),
      { file: 'src/app/functions/serverless.json', field: '(file)' },
    ],
    [
      'an hsmeta file in a sub-folder HubSpot never scans',
      (f) => (f['src/app/cards/sub/other-hsmeta.json'] = { uid: 'x', type: 'card', config: {} }),
      { file: 'src/app/cards/sub/other-hsmeta.json', field: '(location)' },
    ],
    [
      'broken JSON in an hsmeta file',
      (f) => (f['src/app/cards/card-hsmeta.json'] = '{"uid": "my_card",'),
      { file: 'src/app/cards/card-hsmeta.json', field: '(json)' },
    ],
    [
      'functions declared as ES modules',
      (f) => (f['src/app/functions/package.json'] = { type: 'module', dependencies: {} }),
      { file: 'src/app/functions/package.json', field: 'type' },
    ],
    [
      'OAuth auth on an app with functions',
      (f) => {
        const app = f['src/app/app-hsmeta.json'] as { config: { auth: Record<string, unknown> } };
        app.config.auth.type = 'oauth';
      },
      { file: 'src/app/app-hsmeta.json', field: 'config.auth.type' },
    ],
  ])('names the file and field for %s', async (_name, change, expected) => {
    const problems = await problemsOf(change);
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });
});
