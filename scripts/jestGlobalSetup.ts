import { buildFunctions } from './buildFunctions';

/**
 * Builds the app functions once before any test file runs: the function tests load the
 * built CommonJS files, as HubSpot does, never the TypeScript sources.
 *
 * A failed build is reported loudly but does not stop the run: the sandbox and card
 * tests stay useful, and every function test then fails with FUNCTION_NOT_FOUND
 * ("not built") instead of passing against a stale bundle.
 */
export default async function jestGlobalSetup(): Promise<void> {
  try {
    const { entries } = await buildFunctions();
    if (entries.length > 0) console.log(`\nBuilt ${entries.length} app function(s) for the tests.`);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  }
}
