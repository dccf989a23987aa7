import fs from 'node:fs';
import path from 'node:path';
import { discoverFunctionEntries } from '../../../../scripts/buildFunctions';

/**
 * The shipped bundles speak only HubSpot's date-based 2026-09 APIs: v4 (associations)
 * loses support on 2027-03-30, v1-v3 in September 2027. Read from what is uploaded - the
 * dist/*.js jest's global setup has just built from the sources - so no import path or
 * generated SDK call can slip a legacy one in.
 */

const LEGACY_PATH = /\/(?:crm|crm-associations|properties|owners|pipelines)\/v[1-4]\b|\/v[1-4]\//;
/** The SDK's typed methods, each bound to a legacy path. */
const LEGACY_SDK_METHODS =
  /\b(?:basicApi|batchApi|searchApi|coreApi|pipelinesApi|pipelineStagesApi|definitionsApi|associations\.v4|associations\.schema)\b|@hubspot\/api-client\/lib\/codegen/;

let bundles: { name: string; code: string }[];

beforeAll(() => {
  bundles = discoverFunctionEntries().map((entry) => ({
    name: path.basename(entry.outFile),
    // A coverage run inlines a source map (the TypeScript, comments and all): not shipped code.
    code: fs.readFileSync(entry.outFile, 'utf8').replace(/\/\/# sourceMappingURL=.*$/gm, ''),
  }));
});

describe('the built function bundles', () => {
  it('exist for every declared function', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(8);
    for (const bundle of bundles) expect(bundle.code.length).toBeGreaterThan(1_000);
  });

  it('call HubSpot only on 2026-09 paths', () => {
    for (const bundle of bundles) {
      expect({ bundle: bundle.name, legacy: bundle.code.match(LEGACY_PATH)?.[0] ?? null }).toEqual({
        bundle: bundle.name,
        legacy: null,
      });
      expect(bundle.code).toMatch(/\/crm\/[a-z]+\/2026-09\//);
    }
  });

  it('use none of the SDK methods bound to legacy paths', () => {
    for (const bundle of bundles) {
      expect({
        bundle: bundle.name,
        method: bundle.code.match(LEGACY_SDK_METHODS)?.[0] ?? null,
      }).toEqual({ bundle: bundle.name, method: null });
    }
  });

  it('would catch a legacy call (the patterns match what the old code shipped)', () => {
    expect('client.crm.tickets.basicApi.create({properties})').toMatch(LEGACY_SDK_METHODS);
    expect('client.crm.associations.v4.batchApi.getPage("tickets")').toMatch(LEGACY_SDK_METHODS);
    expect('"/crm/v3/objects/tickets/search"').toMatch(LEGACY_PATH);
    expect('"/crm/v4/associations/tickets/contacts/batch/read"').toMatch(LEGACY_PATH);
    expect('"/crm/objects/2026-09/tickets/search"').not.toMatch(LEGACY_PATH);
  });
});
