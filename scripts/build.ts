import fs from 'node:fs';
import path from 'node:path';
import { buildFunctions } from './buildFunctions';

/** `npm run build`: bundles the app functions and lists what will be uploaded. */
async function main(): Promise<void> {
  const projectRoot = path.resolve(__dirname, '..');
  const { entries } = await buildFunctions();
  if (entries.length === 0) {
    console.log('No app functions declared (src/app/functions/*-hsmeta.json): nothing to build.');
    return;
  }
  for (const entry of entries) {
    const kib = (fs.statSync(entry.outFile).size / 1024).toFixed(1);
    console.log(`${path.relative(projectRoot, entry.outFile)}  ${kib} KiB  (${entry.uid})`);
  }
  console.log(`Built ${entries.length} app function(s).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
