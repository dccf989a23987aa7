import { describeBadInputCorpus } from '../../../../../testkits/badInputSuite';
import type { CrmFacts } from '../../../../../testkits/crmFacts';

const pipelineOf = (facts: CrmFacts): string => (facts.pipelines[0] as { id: string }).id;

describeBadInputCorpus('ticket_create', {
  valid: (facts) => ({
    recordType: 'contacts',
    clientRequestId: 'bad-input-corpus-0001',
    subject: 'Printer on fire',
    description: 'Smoke after the firmware update.',
    pipelineId: pipelineOf(facts),
    stageId: facts.stageOf(pipelineOf(facts), 'OPEN'),
    priority: 'HIGH',
    categories: ['BILLING_ISSUE'],
  }),
  cases: [
    { name: 'a missing subject', params: ({ subject: _s, ...rest }) => rest, field: /^subject$/ },
    { name: 'an empty subject', params: (v) => ({ ...v, subject: '' }), field: /^subject$/ },
    { name: 'a numeric subject', params: (v) => ({ ...v, subject: 123 }), field: /^subject$/ },
    {
      name: 'a huge subject',
      params: (v) => ({ ...v, subject: 'S'.repeat(100_000) }),
      field: /^subject$/,
    },
    {
      name: 'a huge description',
      params: (v) => ({ ...v, description: 'D'.repeat(1_000_000) }),
      field: /^description$/,
    },
    {
      name: 'a missing client request id',
      params: ({ clientRequestId: _c, ...rest }) => rest,
      field: /^clientRequestId$/,
    },
    {
      name: 'a client request id that is too short',
      params: (v) => ({ ...v, clientRequestId: 'abc' }),
      field: /^clientRequestId$/,
    },
    {
      name: 'a client request id with forbidden characters',
      params: (v) => ({ ...v, clientRequestId: '../../etc/passwd' }),
      field: /^clientRequestId$/,
    },
    {
      name: 'an unknown pipeline',
      params: (v) => ({ ...v, pipelineId: '987654321' }),
      field: /^pipelineId$/,
    },
    {
      name: 'an unknown stage',
      params: (v) => ({ ...v, stageId: '987654321' }),
      field: /^stageId$/,
    },
    {
      name: 'a stage of another pipeline',
      params: (v, facts) => ({ ...v, stageId: facts.stageOutside(pipelineOf(facts)) }),
      field: /^stageId$/,
    },
    {
      name: 'an unknown priority',
      params: (v) => ({ ...v, priority: 'CRITICAL' }),
      field: /^priority$/,
    },
    {
      name: 'an unknown category',
      params: (v) => ({ ...v, categories: ['NOT_A_CATEGORY'] }),
      field: /^categories(\.0)?$/,
    },
    {
      name: 'categories as a string',
      params: (v) => ({ ...v, categories: 'BILLING_ISSUE' }),
      field: /^categories$/,
    },
    {
      name: 'duplicate categories',
      params: (v) => ({ ...v, categories: ['BILLING_ISSUE', 'BILLING_ISSUE'] }),
      field: /^categories(\.\d+)?$/,
    },
    {
      name: 'more categories than exist',
      params: (v) => ({ ...v, categories: Array.from({ length: 500 }, (_, i) => `C${i}`) }),
      field: /^categories(\.\d+)?$/,
    },
    {
      name: "an owner that is not one of the portal's",
      params: (v) => ({ ...v, ownerId: '424242' }),
      field: /^ownerId$/,
    },
    {
      name: 'an owner id with letters',
      params: (v) => ({ ...v, ownerId: 'me' }),
      field: /^ownerId$/,
    },
    {
      name: 'linkPrimaryCompany on a company',
      params: (v) => ({ ...v, recordType: 'companies', linkPrimaryCompany: true }),
      propertiesToSend: (facts) => ({ hs_object_id: facts.smallCompany.id }),
      field: /^linkPrimaryCompany$/,
    },
    {
      name: 'linkPrimaryCompany as a string',
      params: (v) => ({ ...v, linkPrimaryCompany: 'yes' }),
      field: /^linkPrimaryCompany$/,
    },
    {
      name: 'an extra property that sets the request id',
      params: (v) => ({ ...v, extraProperties: { ticket_cards_request_id: 'contacts:1:x' } }),
      field: /^extraProperties\.ticket_cards_request_id$/,
    },
    {
      name: 'an extra property given twice (also as a parameter)',
      params: (v) => ({ ...v, extraProperties: { hs_ticket_category: 'BILLING_ISSUE' } }),
      field: /^extraProperties\.hs_ticket_category$/,
    },
    {
      name: 'an extra property HubSpot sets itself',
      params: (v) => ({ ...v, extraProperties: { createdate: '2020-01-01T00:00:00Z' } }),
      field: /^extraProperties\.createdate$/,
    },
    {
      name: 'more than 20 extra properties',
      params: (v) => ({
        ...v,
        extraProperties: Object.fromEntries(
          Array.from({ length: 21 }, (_, i) => [`custom_${i}`, 'x']),
        ),
      }),
      field: /^extraProperties$/,
    },
    {
      name: 'extra properties as a list',
      params: (v) => ({ ...v, extraProperties: [['source_type', 'PHONE']] }),
      field: /^extraProperties$/,
    },
  ],
});
