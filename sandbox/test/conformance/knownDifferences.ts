/**
 * The one list of places where HubSpot's real answers are known to differ from its own
 * 2026-09 spec, and the sandbox therefore answers as HubSpot does, not as the spec says.
 * Each entry names its evidence and matches only the exact mismatch it explains; the
 * conformance test fails on any mismatch no entry explains, and on any entry that no
 * answer needed (a stale excuse). Nothing here widens a schema in general.
 */
import type { Answer, Mismatch } from './specValidator';

export interface KnownDifference {
  id: string;
  /** What HubSpot really does. */
  says: string;
  evidence: string;
  /**
   * Set when the sandbox does not answer this way, with the reason: the entry then stays
   * on the list (it is true of HubSpot, and the functions must cope with it) but no
   * sandbox answer may need it.
   */
  notReproducedBecause?: string;
  explains(mismatch: Mismatch, answer: Answer): boolean;
}

const endsWith = (mismatch: Mismatch, pattern: RegExp): boolean =>
  pattern.test(mismatch.instancePath ?? '');
const missing = (mismatch: Mismatch, names: string[]): boolean =>
  mismatch.keyword === 'required' && names.includes(String(mismatch.params?.missingProperty ?? ''));

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    id: 'property-values-may-be-null',
    says: 'A property that is asked for but unset comes back as null; the spec types every value as string.',
    evidence:
      'HubSpot\'s docs and real payloads (e.g. `"hs_ticket_priority": null`); shared/hubspot-openapi/README.md.',
    notReproducedBecause:
      'the 2026-09 object specs already declare property values `nullable: true`, so null is conformant there.',
    explains: (mismatch) =>
      mismatch.kind === 'schema' &&
      mismatch.keyword === 'type' &&
      mismatch.data === null &&
      endsWith(mismatch, /\/properties\/[^/]+$/),
  },
  {
    id: 'unlabelled-association-label-is-null',
    says: 'An association type without a label (the default one) has `label: null`.',
    evidence: 'Real v4/2026-09 association payloads; shared/hubspot-openapi/README.md.',
    explains: (mismatch) =>
      mismatch.kind === 'schema' &&
      mismatch.keyword === 'type' &&
      mismatch.data === null &&
      endsWith(mismatch, /\/(associationTypes|associationSpec|labels)\/\d+\/label$|\/label$/),
  },
  {
    id: 'batch-error-entries-may-omit-errors-and-links',
    says: 'An entry of a 207 `errors` list may leave out `errors` and `links`, which the spec requires.',
    evidence:
      'Real 207 bodies (e.g. OBJECT_NOT_FOUND with only context.ids); shared/hubspot-openapi/README.md.',
    notReproducedBecause:
      'the sandbox sends `errors: []` and `links: {}` in each entry; the functions read neither, so both shapes are handled.',
    explains: (mismatch) =>
      mismatch.kind === 'schema' &&
      missing(mismatch, ['errors', 'links']) &&
      endsWith(mismatch, /^\/errors\/\d+$/),
  },
  {
    id: 'sub-category-may-be-a-string',
    says: '`subCategory` of an error may be a plain string, where the spec has an object.',
    evidence:
      'Real error bodies (e.g. `"subCategory": "DUPLICATE_RECORD"`); shared/hubspot-openapi/README.md.',
    notReproducedBecause: 'the sandbox sends no subCategory; the functions never read it.',
    explains: (mismatch) =>
      mismatch.kind === 'schema' &&
      mismatch.keyword === 'type' &&
      endsWith(mismatch, /\/subCategory$/),
  },
  {
    id: 'rate-limit-body-has-no-category',
    says: 'A 429 body is `{status, message, errorType: "RATE_LIMIT", policyName, correlationId, requestId}`: no `category`.',
    evidence: "HubSpot's rate-limit docs and real 429 bodies; shared/hubspot-openapi/README.md.",
    explains: (mismatch, answer) =>
      answer.status === 429 &&
      mismatch.kind === 'schema' &&
      mismatch.instancePath === '' &&
      missing(mismatch, ['category']),
  },
  {
    id: 'object-batch-partial-failure-is-207',
    says: 'An objects batch call that partly fails (an id not found, one input refused) answers 207 Multi-Status; the 2026-09 spec lists only 200/201.',
    evidence:
      "Earlier HubSpot specs (v3) and HubSpot's error reference give 207 for partial batch results; shared/docs/crm-api-contract.md marks it [?].",
    explains: (mismatch, answer) =>
      mismatch.kind === 'undeclared-status' &&
      answer.status === 207 &&
      /^\/crm\/objects\/2026-09\/[^/]+\/batch\/(read|create|update|upsert)$/.test(answer.path),
  },
  {
    id: 'association-batch-read-without-links-is-207',
    says: 'An association batch read where some input ids have no links answers 207: results for the others, and an OBJECT_NOT_FOUND error naming the ids with fromObjectType and toObjectType in its context. The 2026-09 spec lists only 200.',
    evidence:
      "v4 answered 200/207 for the same call (shared/docs/crm-api-contract.md, Associations); issue 9 item 6 (comparison with HubSpot's answers) gives the category and context.",
    explains: (mismatch, answer) =>
      mismatch.kind === 'undeclared-status' &&
      answer.status === 207 &&
      /^\/crm\/associations\/2026-09\/[^/]+\/[^/]+\/batch\/read$/.test(answer.path),
  },
];
