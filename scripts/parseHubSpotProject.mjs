// Runs HubSpot's own project parser (ESM-only, so in its own Node process) on a source
// folder and prints what validateProject needs as JSON. Usage: node parseHubSpotProject.mjs <srcDir> <platformVersion>
import path from 'node:path';
import { translate } from '@hubspot/project-parsing-lib/translate';

const [srcDir, platformVersion] = process.argv.slice(2);
try {
  const { intermediateRepresentation, skippedHsMetaFiles } = await translate(
    { projectSourceDir: path.resolve(srcDir), platformVersion },
    { skipValidation: true },
  );
  const metaFiles = Object.values(intermediateRepresentation.intermediateNodesIndexedByUid).map(
    (node) => node.metaFilePath,
  );
  process.stdout.write(JSON.stringify({ ok: true, metaFiles, skippedHsMetaFiles }));
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, message: error.message }));
}
