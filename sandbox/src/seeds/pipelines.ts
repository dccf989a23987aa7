/** The ticket pipelines every seed starts with: HubSpot's classic one and a "Billing" one. */
import type { Pipeline, PipelineStage } from '../store/types';
import { BILLING_PIPELINE, SUPPORT_PIPELINE } from './demoFacts';

const CREATED = '2024-01-15T09:00:00.000Z';

function stage(id: string, label: string, displayOrder: number, closed: boolean): PipelineStage {
  return {
    id,
    label,
    displayOrder,
    archived: false,
    createdAt: CREATED,
    updatedAt: CREATED,
    metadata: { ticketState: closed ? 'CLOSED' : 'OPEN' },
  };
}

export function seedPipelines(): Pipeline[] {
  const support = SUPPORT_PIPELINE.stages;
  const billing = BILLING_PIPELINE.stages;
  return [
    {
      id: SUPPORT_PIPELINE.id,
      label: SUPPORT_PIPELINE.label,
      displayOrder: 0,
      archived: false,
      createdAt: CREATED,
      updatedAt: CREATED,
      stages: [
        stage(support.new, 'New', 0, false),
        stage(support.waitingOnContact, 'Waiting on contact', 1, false),
        stage(support.waitingOnUs, 'Waiting on us', 2, false),
        stage(support.closed, 'Closed', 3, true),
      ],
    },
    {
      id: BILLING_PIPELINE.id,
      label: BILLING_PIPELINE.label,
      displayOrder: 1,
      archived: false,
      createdAt: CREATED,
      updatedAt: CREATED,
      stages: [
        stage(billing.received, 'Received', 0, false),
        stage(billing.invoiceCheck, 'Checking invoice', 1, false),
        stage(billing.awaitingCustomer, 'Awaiting customer', 2, false),
        stage(billing.resolved, 'Resolved', 3, true),
        stage(billing.refunded, 'Refunded', 4, true),
      ],
    },
  ];
}
