import type { Option, PipelineInfo, StageInfo } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import { getOwners, type PortalOwners } from './owners';
import { toPropertyMap, type TicketPropertyInfo } from './ticketProperties';
import { createTtlCache } from './ttlCache';

/**
 * The portal's ticket pipelines, the ticket properties the functions check values
 * against, and its owners (see owners.ts). All change rarely, so a warm container reads them at most once a minute:
 * that is what lets tickets_list answer in 2 round trips.
 */

export const REQUEST_ID_PROPERTY = 'ticket_cards_request_id';
const TTL_MS = 60_000;

export interface StageRef {
  pipeline: PipelineInfo;
  stage: StageInfo;
}

export interface PortalSchema {
  pipelines: PipelineInfo[];
  stages: Map<string, StageRef>;
  openStageIds: string[];
  closedStageIds: string[];
  priorities: Option[];
  categories: Option[];
  /** Whether the unique property used to make creates idempotent exists yet. */
  hasRequestIdProperty: boolean;
  /** Every ticket property, for portal-rule questions and `extraProperties` checks. */
  properties: Map<string, TicketPropertyInfo>;
  /** The portal's owners (their own, longer-lived cache), read in parallel with the rest. */
  owners: PortalOwners;
}

const cache = createTtlCache<PortalSchema>(TTL_MS);

interface RawOption {
  label: string;
  value: string;
  displayOrder?: number;
  hidden: boolean;
}

function visibleOptions(options: RawOption[] | undefined): Option[] {
  return [...(options ?? [])]
    .filter((option) => !option.hidden)
    .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0))
    .map((option) => ({ value: option.value, label: option.label }));
}

async function loadSchema(portalKey: string, crm: CrmApi): Promise<PortalSchema> {
  const [pipelinesResponse, propertiesResponse, owners] = await Promise.all([
    crm.call('GET', '/crm/pipelines/2026-09/{objectType}', { path: { objectType: 'tickets' } }),
    crm.call('GET', '/crm/properties/2026-09/{objectType}', { path: { objectType: 'tickets' } }),
    getOwners(portalKey, crm),
  ]);
  const pipelines: PipelineInfo[] = pipelinesResponse.results
    .filter((pipeline) => !pipeline.archived)
    .sort((a, b) => a.displayOrder - b.displayOrder || a.id.localeCompare(b.id))
    .map((pipeline) => ({
      id: pipeline.id,
      label: pipeline.label,
      displayOrder: pipeline.displayOrder,
      stages: pipeline.stages
        .filter((stage) => !stage.archived)
        .sort((a, b) => a.displayOrder - b.displayOrder)
        .map((stage) => ({
          id: stage.id,
          label: stage.label,
          displayOrder: stage.displayOrder,
          state: stage.metadata?.ticketState === 'CLOSED' ? 'CLOSED' : 'OPEN',
        })),
    }));
  const stages = new Map<string, StageRef>();
  for (const pipeline of pipelines) {
    for (const stage of pipeline.stages) stages.set(stage.id, { pipeline, stage });
  }
  const byName = new Map(propertiesResponse.results.map((property) => [property.name, property]));
  const requestId = byName.get(REQUEST_ID_PROPERTY);
  return {
    pipelines,
    stages,
    openStageIds: [...stages.values()]
      .filter((ref) => ref.stage.state === 'OPEN')
      .map((ref) => ref.stage.id),
    closedStageIds: [...stages.values()]
      .filter((ref) => ref.stage.state === 'CLOSED')
      .map((ref) => ref.stage.id),
    priorities: visibleOptions(byName.get('hs_ticket_priority')?.options),
    categories: visibleOptions(byName.get('hs_ticket_category')?.options),
    hasRequestIdProperty: requestId?.hasUniqueValue === true && requestId.archived !== true,
    properties: toPropertyMap(propertiesResponse.results),
    owners,
  };
}

export function getPortalSchema(portalKey: string, crm: CrmApi): Promise<PortalSchema> {
  return cache.get(portalKey, () => loadSchema(portalKey, crm));
}

/** Forget the portal's schema, so the next call reads it again (e.g. a property vanished). */
export function invalidatePortalSchema(portalKey: string): void {
  cache.invalidate(portalKey);
}
