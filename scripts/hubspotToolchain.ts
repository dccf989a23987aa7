import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCards } from './hubspotToolchain/bundleCards';
import { readHsMetaComponents } from './hubspotToolchain/hsmeta';
import { linkDeclaredDependencies } from './hubspotToolchain/linkDependencies';
import { checkCardLintSetup } from './hubspotToolchain/lintSetup';
import { runFunctions } from './hubspotToolchain/runFunctions';
import {
  copyUploadFileSet,
  uploadFileSet,
  type UploadFileSet,
} from './hubspotToolchain/uploadFileSet';

/**
 * HubSpot's own tools on exactly what `hs project upload` would send: the upload file set
 * is copied to a temp folder, each card is bundled by HubSpot's bundler and each function
 * runs in HubSpot's app-function executor against the sandbox. Offline; `npm run validate`
 * runs it after the project checks. Each problem names the file.
 */
export interface ToolchainReport {
  files: number;
  problems: string[];
  lines: string[];
}

const PROJECT_ROOT = path.resolve(__dirname, '..');

/** The CLI's own `shouldIgnoreFile` must agree with our copy of its rules on every path. */
async function checkAgainstCli(projectRoot: string, set: UploadFileSet): Promise<string[]> {
  const cliIgnoreRules = path.join(
    projectRoot,
    'node_modules/@hubspot/local-dev-lib/lib/ignoreRules.js',
  );
  const { shouldIgnoreFile } = (await import(pathToFileURL(cliIgnoreRules).href)) as {
    shouldIgnoreFile(file: string, isInProject: boolean): boolean;
  };
  // The CLI resolves the srcDir-relative entry names against the working directory.
  const cwd = process.cwd();
  process.chdir(projectRoot);
  try {
    return set.checked
      .filter(({ path: file, uploaded }) => shouldIgnoreFile(file, true) === uploaded)
      .map(({ path: file, uploaded }) => {
        const verdict = uploaded ? 'uploads' : 'drops';
        return `src/${file}: the upload file set ${verdict} it, HubSpot's CLI does not`;
      });
  } finally {
    process.chdir(cwd);
  }
}

export async function runHubSpotToolchain(projectRoot = PROJECT_ROOT): Promise<ToolchainReport> {
  const project = JSON.parse(fs.readFileSync(path.join(projectRoot, 'hsproject.json'), 'utf8')) as {
    platformVersion: string;
  };
  const set = uploadFileSet(projectRoot);
  const srcName = path.relative(projectRoot, set.srcDir);
  const problems = await checkAgainstCli(projectRoot, set);
  const lines: string[] = [`upload file set: ${set.files.length} files under ${srcName}/`];
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hubspot-upload-'));
  try {
    const copySrc = path.join(tempDir, srcName);
    copyUploadFileSet(set, copySrc);
    problems.push(
      ...linkDeclaredDependencies(
        set.srcDir,
        copySrc,
        set.files.filter((file) => path.basename(file) === 'package.json'),
      ),
    );
    const components = readHsMetaComponents(copySrc, set.files);
    const cards = components.filter((component) => component.type === 'card');
    const functions = components.filter((component) => component.type === 'app-function');

    const cardDirs = [
      ...new Set(cards.map((card) => path.posix.join(srcName, path.posix.dirname(card.file)))),
    ];
    const lintProblems = await checkCardLintSetup(projectRoot, cardDirs);
    problems.push(...lintProblems);
    if (lintProblems.length === 0) {
      lines.push(
        `lint setup of ${cardDirs.join(', ')}: HubSpot's CLI checks pass (packages, config, rules active)`,
      );
    }

    const bundled = await bundleCards(copySrc, cards, path.join(tempDir, 'bundles'), srcName);
    problems.push(...bundled.problems);
    for (const bundle of bundled.bundles) {
      lines.push(
        `card ${bundle.uid}: bundled ${bundle.entrypoint} (${bundle.bytes} bytes, ${bundle.ms} ms)`,
      );
    }

    const ran = await runFunctions(copySrc, functions, project.platformVersion, srcName);
    problems.push(...ran.problems);
    for (const run of ran.runs) {
      lines.push(
        `function ${run.uid} on ${run.record}, parameters ${run.parameters}: ${run.outcome} (${run.ms} ms)`,
      );
    }
    return { files: set.files.length, problems, lines };
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const report = await runHubSpotToolchain();
  for (const line of report.lines) console.log(line);
  if (report.problems.length === 0) {
    console.log("HubSpot's bundler and executor accept the upload file set.");
    return;
  }
  for (const problem of report.problems) console.error(problem);
  console.error(`\n${report.problems.length} problem(s) found by HubSpot's tools.`);
  process.exitCode = 1;
}

if (require.main === module) void main();
