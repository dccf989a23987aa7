import path from 'node:path';
import { runHubSpotToolchain } from './hubspotToolchain';
import { PLATFORM_VERSION, validateProject } from './validateProject';

/**
 * `npm run validate`: the offline project checks, then HubSpot's own bundler and function
 * executor on the upload file set (scripts/hubspotToolchain.ts). Exits non-zero with one
 * line per problem, naming the file.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const problems = await validateProject(root);
  for (const { file, field, message } of problems) {
    console.error(`${file}: ${field}: ${message}`);
  }
  if (problems.length === 0) {
    console.log(`HubSpot project is valid (platform ${PLATFORM_VERSION}, checked offline).`);
  }
  const toolchain = await runHubSpotToolchain(root);
  for (const line of toolchain.lines) console.log(line);
  for (const problem of toolchain.problems) console.error(problem);
  if (toolchain.problems.length === 0) {
    console.log("HubSpot's bundler and executor accept the upload file set.");
  }
  const count = problems.length + toolchain.problems.length;
  if (count > 0) {
    console.error(`\n${count} problem(s) found.`);
    process.exitCode = 1;
  }
}

void main();
