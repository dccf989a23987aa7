import fs from 'node:fs';
import path from 'node:path';

/**
 * HubSpot installs the `dependencies` of each uploaded package.json before it builds; the
 * upload copy gets the same packages as links into this checkout's install, so an import
 * of a package the package.json does not declare fails here as it would in the portal.
 */
export function linkDeclaredDependencies(
  realSrcDir: string,
  copySrcDir: string,
  packageJsonFiles: string[],
): string[] {
  const problems: string[] = [];
  for (const file of packageJsonFiles) {
    const dir = path.dirname(file);
    const manifest = JSON.parse(fs.readFileSync(path.join(realSrcDir, file), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const installed = findInstalled(path.join(realSrcDir, dir), name);
      if (!installed) {
        problems.push(`${file}: dependency ${name} is not installed (run npm ci)`);
        continue;
      }
      const link = path.join(copySrcDir, dir, 'node_modules', name);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(installed, link, 'dir');
    }
  }
  return problems;
}

/** Node's lookup: node_modules/<name> in the folder, then in each parent. */
export function findInstalled(fromDir: string, name: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    if (path.dirname(dir) === dir) return null;
  }
}
