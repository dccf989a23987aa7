/**
 * Portal validation rules as 2026-09 enforces them (issue 9 item 4, coordination notes):
 * set and cleared through the control API, persisted with the store, checked on create,
 * PATCH, batch create and batch update against the record as it would be after the write,
 * refused as a 400 VALIDATION_ERROR in either configured body shape.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BILLING_PIPELINE, DEMO_RULE_IDS, SUPPORT_PIPELINE } from '../src/seeds/demoFacts';
import { startSandbox } from '../src/server';
import { createSandboxControl, type ValidationRule } from '../src/control';
import { sdkClient, startHarness, type Harness, type Json } from './sdkHarness';
import { crmCall, crmExpect, crmPath } from './crmApi';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('demo', { config: { rateLimits: { tenSecondly: null, secondly: null } } });
});
afterAll(async () => {
  await h.sandbox.close();
});
beforeEach(async () => {
  await h.control.reset();
  await h.control.resetConfig();
});

const billing = BILLING_PIPELINE.stages;
const openBilling = {
  subject: 'Charged twice',
  hs_pipeline: BILLING_PIPELINE.id,
  hs_pipeline_stage: billing.received,
  hs_ticket_category: 'BILLING_ISSUE',
};

async function createTicket(properties: Record<string, string>): Promise<string> {
  const body = await crmExpect<{ id: string }>(h.client, 201, 'POST', crmPath.objects('tickets'), {
    body: { properties },
  });
  return body.id;
}

async function readTicket(id: string, properties: string[]): Promise<Json> {
  const body = await crmExpect<{ properties: Json }>(
    h.client,
    200,
    'GET',
    crmPath.object('tickets', id),
    { qs: { properties } },
  );
  return body.properties;
}

describe('the demo seed rules', () => {
  test('are listed by the control API', async () => {
    const { rules } = await h.control.validationRules();
    expect(rules).toEqual([
      {
        id: DEMO_RULE_IDS.createNeedsCategory,
        objectType: '0-5',
        kind: 'createRequired',
        required: ['hs_ticket_category'],
      },
      {
        id: DEMO_RULE_IDS.billingCloseNeedsResolution,
        objectType: '0-5',
        kind: 'conditionalRequired',
        when: { pipelineId: BILLING_PIPELINE.id, ticketState: 'CLOSED' },
        required: ['resolution'],
      },
    ]);
  });

  test('a create without a category is refused, names the property, and creates nothing', async () => {
    const before = (await h.control.health()).counts.tickets;
    const answer = await crmCall(h.client, 'POST', crmPath.objects('tickets'), {
      body: { properties: { subject: 'No category', hs_pipeline_stage: '1' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      status: 'error',
      category: 'VALIDATION_ERROR',
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      message: 'Missing required properties: hs_ticket_category',
      errors: [
        {
          message: 'hs_ticket_category is required to create a ticket',
          code: 'REQUIRED_PROPERTY',
          context: { propertyName: ['hs_ticket_category'] },
        },
      ],
    });
    expect((await h.control.health()).counts.tickets).toBe(before);
  });

  test('closing a billing ticket needs a resolution; with one it closes', async () => {
    const id = await createTicket(openBilling);
    const refused = await crmCall(h.client, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { hs_pipeline_stage: billing.resolved } },
    });
    expect(refused).toMatchObject({
      status: 400,
      body: {
        category: 'VALIDATION_ERROR',
        message: 'Missing required properties: resolution',
        errors: [
          {
            message: 'resolution is required when a Billing ticket is closed',
            code: 'REQUIRED_PROPERTY',
            context: { propertyName: ['resolution'] },
          },
        ],
      },
    });
    expect((await readTicket(id, ['hs_pipeline_stage'])).hs_pipeline_stage).toBe(billing.received);
    await crmExpect(h.client, 200, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { hs_pipeline_stage: billing.resolved, resolution: 'REFUND_ISSUED' } },
    });
    const closed = await readTicket(id, ['hs_pipeline_stage', 'resolution', 'closed_date']);
    expect(closed).toMatchObject({
      hs_pipeline_stage: billing.resolved,
      resolution: 'REFUND_ISSUED',
    });
    expect(closed.closed_date).toEqual(expect.any(String));
  });

  test('an existing value counts: a ticket that has a resolution closes without sending it', async () => {
    const id = await createTicket({ ...openBilling, resolution: 'DUPLICATE' });
    await crmExpect(h.client, 200, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { hs_pipeline_stage: billing.refunded } },
    });
  });

  test('clearing the resolution of a closed billing ticket is refused too', async () => {
    const id = await createTicket({ ...openBilling, resolution: 'ISSUE_FIXED' });
    await crmExpect(h.client, 200, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { hs_pipeline_stage: billing.resolved } },
    });
    const answer = await crmCall(h.client, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { resolution: '' } },
    });
    expect(answer.status).toBe(400);
    expect((await readTicket(id, ['resolution'])).resolution).toBe('ISSUE_FIXED');
  });

  test('closing a support ticket needs nothing more', async () => {
    const id = await createTicket({
      subject: 'Login',
      hs_pipeline_stage: '1',
      hs_ticket_category: 'PRODUCT_ISSUE',
    });
    await crmExpect(h.client, 200, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { hs_pipeline_stage: SUPPORT_PIPELINE.stages.closed } },
    });
  });

  test('a batch create is all or nothing when one input breaks a rule', async () => {
    const before = (await h.control.health()).counts.tickets;
    const answer = await crmCall(h.client, 'POST', crmPath.batch('tickets', 'create'), {
      body: {
        inputs: [
          { properties: openBilling },
          { properties: { subject: 'No category', hs_pipeline_stage: '1' } },
        ],
      },
    });
    expect(answer).toMatchObject({
      status: 400,
      body: {
        category: 'VALIDATION_ERROR',
        message: 'Missing required properties: hs_ticket_category',
      },
    });
    expect((await h.control.health()).counts.tickets).toBe(before);
  });

  test('a batch update writes the inputs that pass and answers 207 for those that do not', async () => {
    const needsResolution = await createTicket(openBilling);
    const hasResolution = await createTicket({ ...openBilling, resolution: 'ISSUE_FIXED' });
    const answer = await crmCall<{ results: { id: string }[]; errors: Json[]; numErrors: number }>(
      h.client,
      'POST',
      crmPath.batch('tickets', 'update'),
      {
        body: {
          inputs: [
            { id: needsResolution, properties: { hs_pipeline_stage: billing.resolved } },
            { id: hasResolution, properties: { hs_pipeline_stage: billing.resolved } },
          ],
        },
      },
    );
    expect(answer.status).toBe(207);
    expect(answer.body.results.map((result) => result.id)).toEqual([hasResolution]);
    expect(answer.body.numErrors).toBe(1);
    expect(answer.body.errors).toEqual([
      {
        status: 'error',
        category: 'VALIDATION_ERROR',
        message: 'Missing required properties: resolution',
        context: { ids: [needsResolution], propertyName: ['resolution'] },
      },
    ]);
    expect((await readTicket(needsResolution, ['hs_pipeline_stage'])).hs_pipeline_stage).toBe(
      billing.received,
    );
    expect((await readTicket(hasResolution, ['hs_pipeline_stage'])).hs_pipeline_stage).toBe(
      billing.resolved,
    );
  });

  test('a batch update whose every input breaks a rule is a 400 and writes nothing', async () => {
    const first = await createTicket(openBilling);
    const second = await createTicket(openBilling);
    const answer = await crmCall(h.client, 'POST', crmPath.batch('tickets', 'update'), {
      body: {
        inputs: [first, second].map((id) => ({
          id,
          properties: { hs_pipeline_stage: billing.resolved },
        })),
      },
    });
    expect(answer).toMatchObject({
      status: 400,
      body: { category: 'VALIDATION_ERROR', message: 'Missing required properties: resolution' },
    });
    for (const id of [first, second]) {
      expect((await readTicket(id, ['hs_pipeline_stage'])).hs_pipeline_stage).toBe(
        billing.received,
      );
    }
  });

  test('a 207 names missing ids and refused ids separately', async () => {
    const refused = await createTicket(openBilling);
    const answer = await crmCall<{ errors: Json[] }>(
      h.client,
      'POST',
      crmPath.batch('tickets', 'update'),
      {
        body: {
          inputs: [
            { id: refused, properties: { hs_pipeline_stage: billing.resolved } },
            { id: '5999999', properties: { subject: 'x' } },
          ],
        },
      },
    );
    expect(answer.status).toBe(207);
    expect(answer.body.errors.map((error) => [error.category, error.context])).toEqual([
      ['OBJECT_NOT_FOUND', { ids: ['5999999'] }],
      ['VALIDATION_ERROR', { ids: [refused], propertyName: ['resolution'] }],
    ]);
  });
});

describe('the message body shape', () => {
  test('names the properties only inside the message text', async () => {
    await h.control.setConfig({ validationErrorShape: 'message' });
    const id = await createTicket(openBilling);
    const answer = await crmCall(h.client, 'PATCH', crmPath.object('tickets', id), {
      body: { properties: { hs_pipeline_stage: billing.resolved } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      status: 'error',
      category: 'VALIDATION_ERROR',
      correlationId: expect.any(String),
      message:
        'Property values were not valid: [{"isValid":false,"message":"resolution is required","error":"REQUIRED_PROPERTY","name":"resolution"}]',
    });
  });

  test('is used for batch update errors too', async () => {
    await h.control.setConfig({ validationErrorShape: 'message' });
    const refused = await createTicket(openBilling);
    const passes = await createTicket({ ...openBilling, resolution: 'DUPLICATE' });
    const answer = await crmCall<{ errors: Json[] }>(
      h.client,
      'POST',
      crmPath.batch('tickets', 'update'),
      {
        body: {
          inputs: [refused, passes].map((id) => ({
            id,
            properties: { hs_pipeline_stage: billing.resolved },
          })),
        },
      },
    );
    expect(answer.status).toBe(207);
    expect(answer.body.errors).toEqual([
      {
        status: 'error',
        category: 'VALIDATION_ERROR',
        message:
          'Property values were not valid: [{"isValid":false,"message":"resolution is required","error":"REQUIRED_PROPERTY","name":"resolution"}]',
        context: { ids: [refused], propertyName: ['resolution'] },
      },
    ]);
  });

  test('is refused as a config value the sandbox does not know', async () => {
    await expect(h.control.setConfig({ validationErrorShape: 'xml' as 'message' })).rejects.toThrow(
      /validationErrorShape/,
    );
  });
});

describe('the control API', () => {
  const stageRule: ValidationRule = {
    id: 'waiting-needs-priority',
    objectType: '0-5',
    kind: 'conditionalRequired',
    when: { stageIds: [SUPPORT_PIPELINE.stages.waitingOnUs] },
    required: ['hs_ticket_priority', 'content'],
  };

  test('replaces every rule with PUT, and the new rule is enforced by stage', async () => {
    const { rules } = await h.control.setValidationRules([stageRule]);
    expect(rules).toEqual([stageRule]);
    expect((await h.control.validationRules()).rules).toEqual([stageRule]);
    // The create rule is gone: no category needed any more.
    const id = await createTicket({ subject: 'Stage rule', hs_pipeline_stage: '1' });
    const answer = await crmCall<{ errors: Json[] }>(
      h.client,
      'PATCH',
      crmPath.object('tickets', id),
      {
        body: { properties: { hs_pipeline_stage: SUPPORT_PIPELINE.stages.waitingOnUs } },
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((error) => error.context)).toEqual([
      { propertyName: ['hs_ticket_priority'] },
      { propertyName: ['content'] },
    ]);
    expect(answer.body.errors[0]?.message).toBe(
      'hs_ticket_priority is required when a ticket is in stage Waiting on us',
    );
  });

  test('clears every rule with DELETE; a reset brings the seed rules back', async () => {
    await h.control.clearValidationRules();
    expect((await h.control.validationRules()).rules).toEqual([]);
    await createTicket({ subject: 'No rules', hs_pipeline_stage: '1' });
    await h.control.reset();
    expect((await h.control.validationRules()).rules.map((rule) => rule.id)).toEqual([
      DEMO_RULE_IDS.createNeedsCategory,
      DEMO_RULE_IDS.billingCloseNeedsResolution,
    ]);
  });

  test('refuses malformed rules, naming each problem, and keeps the old ones', async () => {
    const bad = [
      { id: '', objectType: '0-1', kind: 'sometimes', required: [] },
      { id: 'x', objectType: '0-5', kind: 'conditionalRequired', when: {}, required: ['nope'] },
    ] as unknown as ValidationRule[];
    await expect(h.control.setValidationRules(bad)).rejects.toThrow(/rules\[0\]\.id/);
    await expect(h.control.setValidationRules(bad)).rejects.toThrow(/objectType/);
    await expect(h.control.setValidationRules(bad)).rejects.toThrow(
      /property \\"nope\\" does not exist/,
    );
    await expect(h.control.setValidationRules(bad)).rejects.toThrow(/when needs pipelineId/);
    expect((await h.control.validationRules()).rules).toHaveLength(2);
  });

  test('the empty and scale seeds have no rules', async () => {
    await h.control.reset('empty');
    expect((await h.control.validationRules()).rules).toEqual([]);
    await h.control.reset('scale:10');
    expect((await h.control.validationRules()).rules).toEqual([]);
    await h.control.reset('demo');
  });
});

test('rules persist with the store across a restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-rules-'));
  try {
    const first = await startSandbox({ quiet: true, seed: 'demo', port: 0, dataDir });
    await createSandboxControl(first.url).setValidationRules([
      { id: 'only', objectType: '0-5', kind: 'createRequired', required: ['content'] },
    ]);
    await first.close();
    const second = await startSandbox({ quiet: true, seed: 'demo', port: 0, dataDir });
    try {
      expect((await createSandboxControl(second.url).validationRules()).rules).toEqual([
        { id: 'only', objectType: '0-5', kind: 'createRequired', required: ['content'] },
      ]);
      const answer = await crmCall(sdkClient(second.url), 'POST', crmPath.objects('tickets'), {
        body: { properties: { subject: 'x', hs_pipeline_stage: '1' } },
      });
      expect(answer).toMatchObject({
        status: 400,
        body: { message: 'Missing required properties: content' },
      });
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('seeded closed billing tickets all have a resolution, so they stay editable', async () => {
  const tickets = (await h.control.snapshot()).objects['0-5'];
  const closedBilling = tickets.filter(
    (ticket) =>
      ticket.properties.hs_pipeline === BILLING_PIPELINE.id &&
      [billing.resolved, billing.refunded].includes(
        ticket.properties.hs_pipeline_stage as typeof billing.resolved,
      ),
  );
  expect(closedBilling.length).toBeGreaterThan(5);
  for (const ticket of closedBilling)
    expect(ticket.properties.resolution).toEqual(expect.any(String));
});
