import { CrmStore } from './crmStore';
import { buildSeed } from '../seeds/buildSeed';
import { BILLING_PIPELINE, SUPPORT_PIPELINE } from '../seeds/demoFacts';
import { missingRequired, parseValidationRules } from './validationRules';
import type { StoredRecord, ValidationRule } from './types';
import { HubSpotError } from '../http/hubspotError';

const store = new CrmStore(buildSeed('demo'));

function ticket(properties: Record<string, string>): StoredRecord {
  return {
    id: '1',
    properties,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    archived: false,
  };
}

const closedBilling = {
  hs_pipeline: BILLING_PIPELINE.id,
  hs_pipeline_stage: BILLING_PIPELINE.stages.resolved,
};

describe('the demo rules, on the record as written', () => {
  it('require a category on create only', () => {
    const open = ticket({ hs_pipeline: SUPPORT_PIPELINE.id, hs_pipeline_stage: '1' });
    expect(missingRequired(store, '0-5', open, true)).toEqual([
      { name: 'hs_ticket_category', reason: 'hs_ticket_category is required to create a ticket' },
    ]);
    expect(missingRequired(store, '0-5', open, false)).toEqual([]);
  });

  it('require a resolution for a closed billing ticket, not an open one nor a closed support one', () => {
    expect(missingRequired(store, '0-5', ticket(closedBilling), false)).toEqual([
      { name: 'resolution', reason: 'resolution is required when a Billing ticket is closed' },
    ]);
    expect(
      missingRequired(store, '0-5', ticket({ ...closedBilling, resolution: 'DUPLICATE' }), false),
    ).toEqual([]);
    const openBilling = { ...closedBilling, hs_pipeline_stage: BILLING_PIPELINE.stages.received };
    expect(missingRequired(store, '0-5', ticket(openBilling), false)).toEqual([]);
    const closedSupport = {
      hs_pipeline: SUPPORT_PIPELINE.id,
      hs_pipeline_stage: SUPPORT_PIPELINE.stages.closed,
    };
    expect(missingRequired(store, '0-5', ticket(closedSupport), false)).toEqual([]);
  });

  it('count an empty string as missing', () => {
    const names = missingRequired(
      store,
      '0-5',
      ticket({ ...closedBilling, resolution: '' }),
      false,
    );
    expect(names.map((item) => item.name)).toEqual(['resolution']);
  });

  it('never apply to contacts or companies', () => {
    expect(missingRequired(store, '0-1', ticket({}), true)).toEqual([]);
  });
});

describe('parseValidationRules', () => {
  const stageRule: ValidationRule = {
    id: 'r',
    objectType: '0-5',
    kind: 'conditionalRequired',
    when: { stageIds: ['3'], ticketState: 'OPEN' },
    required: ['content'],
  };

  it('keeps exactly the documented fields', () => {
    const extra = { ...stageRule, comment: 'x', when: { ...stageRule.when, other: 1 } };
    expect(parseValidationRules({ rules: [extra] }, store)).toEqual([stageRule]);
  });

  it.each([
    ['no rules array', {}, /Expected \{"rules"/],
    ['a duplicate id', { rules: [stageRule, stageRule] }, /used twice/],
    ['an unknown kind', { rules: [{ ...stageRule, kind: 'always' }] }, /kind must be one of/],
    ['contacts', { rules: [{ ...stageRule, objectType: '0-1' }] }, /objectType must be "0-5"/],
    [
      'an unknown property',
      { rules: [{ ...stageRule, required: ['nope'] }] },
      /"nope" does not exist/,
    ],
    ['an empty condition', { rules: [{ ...stageRule, when: {} }] }, /when needs/],
    [
      'a bad ticketState',
      { rules: [{ ...stageRule, when: { ticketState: 'DONE' } }] },
      /OPEN or CLOSED/,
    ],
  ])('refuses %s with a 400 naming it', (_what, body, message) => {
    let caught: unknown;
    try {
      parseValidationRules(body, store);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HubSpotError);
    expect((caught as HubSpotError).statusCode).toBe(400);
    expect((caught as HubSpotError).message).toMatch(message);
  });
});
