import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Offline checks of the HubSpot project. `hs project validate` needs an authenticated
 * account, so this runs HubSpot's own parser (`@hubspot/project-parsing-lib`) with
 * `skipValidation` and adds the `config` checks that parser leaves to the server.
 * Every problem names the file (relative to the project root) and the field.
 */

export interface ValidationProblem {
  file: string;
  field: string;
  message: string;
}

export const PLATFORM_VERSION = '2026.09';
const UID_PATTERN = /^[a-zA-Z0-9_\-.]+$/;
const UID_MAX_LENGTH = 64;
const CARD_LOCATIONS = ['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar'];
/** What these cards may sit on; HubSpot accepts more objects, this project wants these two. */
const CARD_OBJECT_TYPES = ['contacts', 'companies'];
const LEGACY_FILES = ['app.json', 'serverless.json', 'public-app.json'];
const TOP_LEVEL_KEYS = ['uid', 'type', 'config', 'dependencies'];

interface HsMeta {
  uid?: unknown;
  type?: unknown;
  config?: unknown;
  [key: string]: unknown;
}

type Report = (file: string, field: string, message: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

function readJson(file: string, rel: string, report: Report): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    report(rel, '(file)', 'is missing');
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    report(rel, '(json)', `is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function checkProjectFile(root: string, report: Report): { srcDir: string } | undefined {
  const config = readJson(path.join(root, 'hsproject.json'), 'hsproject.json', report);
  if (!isRecord(config)) return undefined;
  for (const key of ['name', 'srcDir', 'platformVersion']) {
    if (typeof config[key] !== 'string' || config[key] === '') {
      report('hsproject.json', key, 'is required and must be a non-empty string');
    }
  }
  if (config.platformVersion !== PLATFORM_VERSION) {
    report(
      'hsproject.json',
      'platformVersion',
      `must be "${PLATFORM_VERSION}" (app functions need it), found ${JSON.stringify(config.platformVersion)}`,
    );
  }
  return typeof config.srcDir === 'string' ? { srcDir: config.srcDir } : undefined;
}

function checkEntrypoint(
  srcRoot: string,
  rel: string,
  entrypoint: unknown,
  folder: string,
  extensions: string[],
  report: Report,
): void {
  if (typeof entrypoint !== 'string') {
    report(rel, 'config.entrypoint', 'is required');
    return;
  }
  if (!entrypoint.startsWith(`/app/${folder}/`)) {
    report(rel, 'config.entrypoint', `must start with /app/${folder}/, found "${entrypoint}"`);
    return;
  }
  if (!extensions.some((ext) => entrypoint.endsWith(ext))) {
    report(rel, 'config.entrypoint', `must end with ${extensions.join(' or ')}`);
  }
  if (!fs.existsSync(path.join(srcRoot, entrypoint))) {
    const hint = folder === 'functions' ? ' (run `npm run build` first)' : '';
    report(rel, 'config.entrypoint', `points to a file that does not exist: ${entrypoint}${hint}`);
  }
}

function checkApp(meta: HsMeta, rel: string, report: Report): void {
  const config = meta.config;
  if (!isRecord(config)) return;
  if (typeof config.name !== 'string' || config.name === '') {
    report(rel, 'config.name', 'is required');
  }
  if (config.distribution !== 'private') {
    report(rel, 'config.distribution', 'must be "private" (app functions need it)');
  }
  const auth = config.auth;
  if (!isRecord(auth)) {
    report(rel, 'config.auth', 'is required');
    return;
  }
  if (auth.type !== 'static') {
    report(rel, 'config.auth.type', 'must be "static" (app functions need it)');
  }
  if (!isStringArray(auth.requiredScopes) || auth.requiredScopes.length === 0) {
    report(rel, 'config.auth.requiredScopes', 'must be a non-empty list of scope names');
  }
  for (const key of ['optionalScopes', 'conditionallyRequiredScopes']) {
    if (auth[key] !== undefined && !isStringArray(auth[key])) {
      report(rel, `config.auth.${key}`, 'must be a list of scope names');
    }
  }
  if ('redirectUrls' in auth || 'redirectUrls' in config) {
    report(rel, 'config.auth.redirectUrls', 'is for OAuth apps; static auth has none');
  }
}

function checkCard(meta: HsMeta, rel: string, srcRoot: string, report: Report): void {
  const config = meta.config;
  if (!isRecord(config)) return;
  if (typeof config.name !== 'string' || config.name === '') {
    report(rel, 'config.name', 'is required');
  }
  if (typeof config.location !== 'string' || !CARD_LOCATIONS.includes(config.location)) {
    report(
      rel,
      'config.location',
      `must be one of ${CARD_LOCATIONS.join(', ')}, found ${JSON.stringify(config.location)}`,
    );
  }
  if (!isStringArray(config.objectTypes) || config.objectTypes.length === 0) {
    report(rel, 'config.objectTypes', 'must be a non-empty list');
  } else {
    for (const [index, type] of config.objectTypes.entries()) {
      if (!CARD_OBJECT_TYPES.includes(type)) {
        report(
          rel,
          `config.objectTypes[${index}]`,
          `"${type}" is not allowed here; use ${CARD_OBJECT_TYPES.join(' or ')}`,
        );
      }
    }
  }
  checkEntrypoint(srcRoot, rel, config.entrypoint, 'cards', ['.tsx', '.jsx', '.ts', '.js'], report);
}

function checkFunction(meta: HsMeta, rel: string, srcRoot: string, report: Report): void {
  const config = meta.config;
  if (!isRecord(config)) return;
  if ('endpoint' in config) {
    report(rel, 'config.endpoint', 'makes the function public and unauthenticated; remove it');
  }
  if (config.secretKeys !== undefined && !isStringArray(config.secretKeys)) {
    report(rel, 'config.secretKeys', 'must be a list of secret names');
  }
  checkEntrypoint(srcRoot, rel, config.entrypoint, 'functions', ['.js', '.cjs'], report);
}

const KIND_BY_FOLDER: Record<string, string> = {
  app: 'app',
  'app/cards': 'card',
  'app/functions': 'app-function',
};

function checkHsMeta(
  file: string,
  srcRoot: string,
  rel: string,
  uids: Map<string, string>,
  report: Report,
): void {
  const meta = readJson(file, rel, report);
  if (!isRecord(meta)) {
    if (meta !== undefined) report(rel, '(json)', 'must be a JSON object');
    return;
  }
  for (const key of Object.keys(meta)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      report(rel, key, `is not a known top-level key (${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }
  const { uid, type } = meta;
  if (typeof uid !== 'string' || !UID_PATTERN.test(uid) || uid.length > UID_MAX_LENGTH) {
    report(rel, 'uid', `must match ${UID_PATTERN} and be at most ${UID_MAX_LENGTH} characters`);
  } else if (uids.has(uid)) {
    report(rel, 'uid', `"${uid}" is also used by ${uids.get(uid)}`);
  } else {
    uids.set(uid, rel);
  }
  const folder = path.relative(srcRoot, path.dirname(file)).split(path.sep).join('/');
  const expectedType = KIND_BY_FOLDER[folder];
  if (type !== expectedType) {
    report(
      rel,
      'type',
      `must be "${expectedType}" in src/${folder}, found ${JSON.stringify(type)}`,
    );
    return;
  }
  if (!isRecord(meta.config)) {
    report(rel, 'config', 'is required and must be an object');
    return;
  }
  if (type === 'app') checkApp(meta, rel, report);
  if (type === 'card') checkCard(meta, rel, srcRoot, report);
  if (type === 'app-function') checkFunction(meta, rel, srcRoot, report);
}

function checkPackages(srcRoot: string, root: string, report: Report): void {
  const relOf = (file: string) => path.relative(root, file);
  const cardsPkgPath = path.join(srcRoot, 'app/cards/package.json');
  const cardsPkg = readJson(cardsPkgPath, relOf(cardsPkgPath), report);
  if (isRecord(cardsPkg)) {
    const deps = isRecord(cardsPkg.dependencies) ? cardsPkg.dependencies : {};
    if (!('@hubspot/ui-extensions' in deps)) {
      report(relOf(cardsPkgPath), 'dependencies.@hubspot/ui-extensions', 'is required');
    }
    if (deps.react !== '18.3.1') {
      report(relOf(cardsPkgPath), 'dependencies.react', 'must be exactly 18.3.1 (the SDK pins it)');
    }
  }
  const fnPkgPath = path.join(srcRoot, 'app/functions/package.json');
  const fnPkg = readJson(fnPkgPath, relOf(fnPkgPath), report);
  if (isRecord(fnPkg)) {
    if (fnPkg.type === 'module') {
      report(relOf(fnPkgPath), 'type', 'must not be "module": HubSpot loads functions as CommonJS');
    }
    const deps = isRecord(fnPkg.dependencies) ? fnPkg.dependencies : {};
    if (!('@hubspot/api-client' in deps)) {
      report(relOf(fnPkgPath), 'dependencies.@hubspot/api-client', 'is required');
    }
  }
}

interface ParserOutput {
  ok: boolean;
  message?: string;
  metaFiles?: string[];
  skippedHsMetaFiles?: string[];
}

function runHubSpotParser(
  srcRoot: string,
  root: string,
  metaFiles: string[],
  report: Report,
): void {
  // The parser is ESM-only: it runs in a Node process of its own so this module stays
  // loadable from CommonJS (tsx, jest).
  const script = path.join(__dirname, 'parseHubSpotProject.mjs');
  let output: ParserOutput;
  try {
    const stdout = execFileSync(process.execPath, [script, srcRoot, PLATFORM_VERSION], {
      encoding: 'utf8',
    });
    output = JSON.parse(stdout) as ParserOutput;
  } catch (error) {
    report('src', '(parse)', `HubSpot’s project parser could not run: ${(error as Error).message}`);
    return;
  }
  if (!output.ok) {
    report(
      'src',
      '(parse)',
      `HubSpot’s project parser failed: ${output.message ?? 'unknown error'}`,
    );
    return;
  }
  for (const skipped of output.skippedHsMetaFiles ?? []) {
    report(
      path.relative(root, path.join(srcRoot, skipped)),
      '(location)',
      'is ignored by HubSpot: hsmeta files must sit directly in src/app, src/app/cards or src/app/functions',
    );
  }
  // With skipValidation the parser drops files it could not parse instead of failing.
  const parsed = new Set((output.metaFiles ?? []).map((file) => path.resolve(srcRoot, file)));
  for (const file of metaFiles) {
    if (!parsed.has(path.resolve(file))) {
      report(path.relative(root, file), '(parse)', 'HubSpot’s project parser could not read it');
    }
  }
}

export async function validateProject(root: string): Promise<ValidationProblem[]> {
  const problems: ValidationProblem[] = [];
  const report: Report = (file, field, message) => problems.push({ file, field, message });

  const project = checkProjectFile(root, report);
  if (!project) return problems;
  const srcRoot = path.resolve(root, project.srcDir);
  if (!fs.existsSync(srcRoot)) {
    report('hsproject.json', 'srcDir', `folder "${project.srcDir}" does not exist`);
    return problems;
  }

  const files = walk(srcRoot);
  for (const file of files) {
    if (LEGACY_FILES.includes(path.basename(file))) {
      report(
        path.relative(root, file),
        '(file)',
        'is a legacy (2025.1) config file; 2026.03 uses *-hsmeta.json',
      );
    }
  }

  const metaFiles = files.filter((file) => file.endsWith('-hsmeta.json'));
  const appMetas = metaFiles.filter(
    (file) => path.relative(srcRoot, file) === 'app/app-hsmeta.json',
  );
  if (appMetas.length !== 1) {
    report(`${project.srcDir}/app/app-hsmeta.json`, '(file)', 'exactly one app hsmeta is required');
  }
  const uids = new Map<string, string>();
  for (const file of metaFiles) {
    const folder = path.relative(srcRoot, path.dirname(file)).split(path.sep).join('/');
    if (!(folder in KIND_BY_FOLDER)) continue; // reported by the parser as skipped
    checkHsMeta(file, srcRoot, path.relative(root, file), uids, report);
  }
  checkPackages(srcRoot, root, report);
  runHubSpotParser(srcRoot, root, metaFiles, report);
  return problems;
}
