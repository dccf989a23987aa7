import fs from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';

/**
 * The files `hs project upload` puts in its zip: everything under srcDir except what the
 * CLI's own ignore list and the project's `.hsignore` drop. The list is HubSpot's, copied
 * from @hubspot/local-dev-lib 5.10.3 `lib/ignoreRules.js` (`ignoreList`, which it does not
 * export); `checkAgainstCli` (hubspotToolchain.ts) compares this copy with the CLI's own
 * `shouldIgnoreFile` on every run, so a CLI update that changes the rules fails loudly.
 * In a project upload package-lock.json is kept (the CLI adds it to the list only for CMS).
 */
export const CLI_IGNORE_LIST = [
  'fields.output.json',
  'hubspot.config.yml',
  'hubspot.config.yaml',
  'node_modules',
  '.*',
  '*.log',
  '*.swp',
  '.env',
  'Icon\\r',
  '__MACOSX',
  '~',
  '*~',
  'Thumbs.db',
  'ehthumbs.db',
  'Desktop.ini',
  '@eaDir',
];

/**
 * Whether a file is uploaded, given its path relative to srcDir (posix separators).
 * The CLI matches `.hsignore` against that srcDir-relative path: it hands archiver's entry
 * name (relative to srcDir) to `shouldIgnoreFile`, which resolves it against the working
 * directory, i.e. the project root where `.hsignore` lives.
 */
export function createUploadFilter(hsignore: string | null): (relativePath: string) => boolean {
  const rules = ignore().add(CLI_IGNORE_LIST);
  if (hsignore !== null) rules.add(hsignore);
  return (relativePath) => !rules.ignores(relativePath);
}

export interface SourceListing {
  /** Files relative to srcDir (posix, sorted) that the filter keeps. */
  files: string[];
  /** Every path the filter was asked about (files and pruned folders), for comparisons. */
  checked: { path: string; uploaded: boolean }[];
}

/**
 * Walks `srcDir` with a filter. A folder the filter drops is not entered: with gitignore
 * rules nothing below an ignored folder can come back, and node_modules stays unread.
 */
export function listUploadedFiles(
  srcDir: string,
  isUploaded: (relativePath: string) => boolean,
): SourceListing {
  const listing: SourceListing = { files: [], checked: [] };
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const uploaded = isUploaded(`${relative}/`);
        if (!uploaded) listing.checked.push({ path: relative, uploaded });
        else walk(path.join(dir, entry.name), relative);
      } else if (entry.isFile()) {
        const uploaded = isUploaded(relative);
        listing.checked.push({ path: relative, uploaded });
        if (uploaded) listing.files.push(relative);
      }
    }
  };
  walk(srcDir, '');
  listing.files.sort();
  return listing;
}

export interface UploadFileSet {
  srcDir: string;
  /** Relative to srcDir, posix separators, sorted. */
  files: string[];
  checked: SourceListing['checked'];
}

/** The upload file set of the project at `projectDir` (hsproject.json's srcDir + .hsignore). */
export function uploadFileSet(projectDir: string): UploadFileSet {
  const project = JSON.parse(fs.readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8')) as {
    srcDir?: unknown;
  };
  if (typeof project.srcDir !== 'string') throw new Error('hsproject.json: srcDir is missing');
  const srcDir = path.resolve(projectDir, project.srcDir);
  const hsignorePath = path.join(projectDir, '.hsignore');
  const hsignore = fs.existsSync(hsignorePath) ? fs.readFileSync(hsignorePath, 'utf8') : null;
  return { srcDir, ...listUploadedFiles(srcDir, createUploadFilter(hsignore)) };
}

/** Copies the upload file set into `destDir` (its srcDir), keeping the layout. */
export function copyUploadFileSet(
  { srcDir, files }: Pick<UploadFileSet, 'srcDir' | 'files'>,
  destDir: string,
): void {
  for (const file of files) {
    const target = path.join(destDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(srcDir, file), target);
  }
}
