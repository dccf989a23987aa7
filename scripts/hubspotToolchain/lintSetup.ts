import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findInstalled } from './linkDependencies';

interface CliLinting {
  REQUIRED_PACKAGES_AND_MIN_VERSIONS: Record<string, string>;
  hasEslintConfig(directory: string): boolean;
  isHubSpotEslintConfigActive(directory: string): Promise<boolean>;
}

/** "1.2.3" -> [1, 2, 3]; missing parts are 0. */
function parts(version: string): number[] {
  return [0, 1, 2].map((index) => Number(version.split('.')[index] ?? 0) || 0);
}

export function versionAtLeast(version: string, minimum: string): boolean {
  const [a, b] = [parts(version), parts(minimum)];
  for (let index = 0; index < 3; index++) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0);
  }
  return true;
}

/** The lowest version a `^x.y.z`, `~x.y.z`, `>=x.y.z` or exact range allows; null if other. */
export function rangeFloor(range: string): string | null {
  const match = /^(?:\^|~|>=)?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  return match ? `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}` : null;
}

/**
 * The checks `hs project upload` makes of a card folder before it warns, with HubSpot's own
 * package list and minimum versions: each lint package declared (at a range whose floor is
 * at least HubSpot's minimum) and installed at such a version, an ESLint config, and
 * HubSpot's rules active in it (the CLI's own `isHubSpotEslintConfigActive`). "Installed"
 * here is Node's lookup; the CLI only looks in the folder's own node_modules, which npm
 * workspaces leave empty (hoisted), so the CLI warns anyway - see docs/architecture.md.
 */
export async function checkCardLintSetup(
  projectRoot: string,
  cardDirs: string[],
): Promise<string[]> {
  const cli = (await import(
    pathToFileURL(path.join(projectRoot, 'node_modules/@hubspot/cli/lib/projects/uieLinting.js'))
      .href
  )) as CliLinting;
  const problems: string[] = [];
  for (const dir of cardDirs) {
    const absolute = path.join(projectRoot, dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(absolute, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    for (const [name, minimum] of Object.entries(cli.REQUIRED_PACKAGES_AND_MIN_VERSIONS)) {
      const range = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
      const floor = range === undefined ? null : rangeFloor(range);
      if (range === undefined || floor === null || !versionAtLeast(floor, minimum)) {
        const declared = range === undefined ? 'does not declare it' : `declares ${range}`;
        problems.push(
          `${dir}/package.json: HubSpot's CLI wants ${name} >= ${minimum}, ${declared}`,
        );
        continue;
      }
      const installed = findInstalled(absolute, name);
      const version = installed
        ? (
            JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
              version: string;
            }
          ).version
        : null;
      if (version === null || !versionAtLeast(version, minimum)) {
        problems.push(`${dir}: ${name} >= ${minimum} is not installed (${version ?? 'missing'})`);
      }
    }
    if (!cli.hasEslintConfig(absolute)) {
      problems.push(`${dir}: no ESLint config (HubSpot's template: eslint.config.js)`);
    } else if (!(await cli.isHubSpotEslintConfigActive(absolute))) {
      problems.push(
        `${dir}/eslint.config.js: HubSpot's @hubspot/ui-extensions rules are not active`,
      );
    }
  }
  return problems;
}
