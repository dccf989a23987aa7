import path from 'node:path';
import { validateProject } from './validateProject';

/** `npm run validate`: exits non-zero with one line per problem, naming file and field. */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const problems = await validateProject(root);
  if (problems.length === 0) {
    console.log('HubSpot project is valid (platform 2026.03, checked offline).');
    return;
  }
  for (const { file, field, message } of problems) {
    console.error(`${file}: ${field}: ${message}`);
  }
  console.error(`\n${problems.length} problem(s) found.`);
  process.exitCode = 1;
}

void main();
