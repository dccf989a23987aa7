import type { FunctionResult, TicketCreateData } from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import { WriteOutcomeUnknown } from '../hubspot/callWithBudget';
import type { CrmApi } from '../hubspot/crmApi';
import { parseCall } from '../params/functionParams';
import { requiredPropertiesError } from '../hubspot/requiredProperties';
import {
  checkCategories,
  checkExtraProperties,
  checkOwner,
  checkPipelineStage,
  checkPriority,
} from '../params/portalChecks';
import { throwIfInvalid } from '../params/parseParams';
import { ticketCreateSchema } from '../params/ticketWriteParams';
import { getAssociationTypes } from '../portal/associationLabels';
import { getPortalSchema, REQUEST_ID_PROPERTY } from '../portal/portalSchemaCache';
import { getPrimaryCompanyId } from '../record/primaryCompany';
import type { RecordRef } from '../record/readRecordContext';
import { readLinksOf } from '../record/recordAssociations';
import { FunctionFailure } from '../run/functionFailure';
import { runFunction, type FunctionContext } from '../run/runFunction';
import {
  ensureRequestIdProperty,
  forgetRequestIdProperty,
  isRequestIdPropertyMissing,
} from '../tickets/requestIdProperty';
import { SUMMARY_PROPERTIES, toTicketSummary, type RawTicket } from '../tickets/toTicketSummary';

/**
 * ticket_create: one HubSpot call creates the ticket already linked to the record, so a
 * failure never leaves an unlinked ticket behind. The client request id, scoped to the
 * record, makes it idempotent: concurrent submits in one container share one create;
 * across containers and retries HubSpot's unique property refuses the second one (409),
 * answered with the existing ticket and `deduplicated: true` once it is checked to be
 * linked to this record. Without that property a create is never repeated blindly: when
 * its answer is lost the card is told the ticket may exist.
 */

const inFlight = new Map<string, Promise<RawTicket>>();
/** Fallback when the unique property is unavailable: what this container already made. */
const madeHere = new Map<string, { ticket: RawTicket; at: number }>();
const MADE_HERE_TTL_MS = 10 * 60_000;

const OUTCOME_UNKNOWN_MESSAGE =
  'HubSpot did not confirm the new ticket, so it may have been created. Refresh the list before trying again.';

class Duplicate extends Error {
  constructor(readonly ticket: RawTicket) {
    super('duplicate create');
  }
}

/** The unique property's value: the same client id on another record is another create. */
export function requestKeyOf(record: RecordRef, clientRequestId: string): string {
  return `${record.type}:${record.id}:${clientRequestId}`;
}

async function readByRequestKey(crm: CrmApi, requestKey: string): Promise<RawTicket | null> {
  try {
    return await crm.call('GET', '/crm/objects/2026-09/{objectType}/{objectId}', {
      path: { objectType: 'tickets', objectId: requestKey },
      query: { properties: SUMMARY_PROPERTIES, archived: false, idProperty: REQUEST_ID_PROPERTY },
    });
  } catch (error) {
    if (asApiFailure(error)?.code === 404) return null;
    throw error;
  }
}

export async function main(context: FunctionContext): Promise<FunctionResult<TicketCreateData>> {
  return runFunction('ticket_create', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      ticketCreateSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    // On a contact, its primary company is linked too (as HubSpot's own create does): read
    // in the same round trip as the portal's cached schema, and cached itself.
    const withCompany = record.type === 'contacts' && params.linkPrimaryCompany !== false;
    const [schema, associationTypes, primaryCompanyId, companyTypes] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      getAssociationTypes(env.portalKey, crm, record.type),
      withCompany ? getPrimaryCompanyId(env.portalKey, crm, record.id) : Promise.resolve(null),
      withCompany ? getAssociationTypes(env.portalKey, crm, 'companies') : Promise.resolve(null),
    ]);
    throwIfInvalid([
      ...checkPipelineStage(schema, params.pipelineId, params.stageId),
      ...checkPriority(schema, params.priority),
      ...checkCategories(schema, params.categories),
      ...checkOwner(schema.owners.byId, params.ownerId),
      ...checkExtraProperties(schema.properties, params.extraProperties, params),
    ]);
    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    const requestKey = requestKeyOf(record, params.clientRequestId);
    const memoKey = `${env.portalKey}:${requestKey}`;

    /** The ticket an earlier create with this key made, if it is this record's. */
    const earlierTicket = async (): Promise<RawTicket | null> => {
      const found = await readByRequestKey(crm, requestKey);
      if (!found) return null;
      const links = await readLinksOf(crm, 'tickets', [found.id], record.type);
      if ((links.get(found.id) ?? []).includes(record.id)) return found;
      throw new FunctionFailure({
        code: 'CONFLICT',
        message:
          'This form already created a ticket that is no longer linked to this record. Open the form again to create a new one.',
        retryable: false,
      });
    };

    const create = async (afterPropertyLoss = false): Promise<RawTicket> => {
      const made = madeHere.get(memoKey);
      if (made && Date.now() - made.at < MADE_HERE_TTL_MS) throw new Duplicate(made.ticket);
      const unique = await ensureRequestIdProperty(env.portalKey, schema, crm);
      const properties: Record<string, string> = {
        ...params.extraProperties,
        subject: params.subject,
        hs_pipeline: params.pipelineId,
        hs_pipeline_stage: params.stageId,
      };
      if (params.description) properties.content = params.description;
      if (params.priority) properties.hs_ticket_priority = params.priority;
      if (params.categories?.length) properties.hs_ticket_category = params.categories.join(';');
      if (params.ownerId) properties.hubspot_owner_id = params.ownerId;
      if (unique) properties[REQUEST_ID_PROPERTY] = requestKey;
      const request = {
        path: { objectType: 'tickets' },
        body: {
          properties,
          associations: [
            {
              to: { id: record.id },
              types: [
                {
                  associationCategory: 'HUBSPOT_DEFINED' as const,
                  associationTypeId: associationTypes.defaultTypeId,
                },
              ],
            },
            ...(primaryCompanyId && companyTypes
              ? [
                  {
                    to: { id: primaryCompanyId },
                    types: [
                      {
                        associationCategory: 'HUBSPOT_DEFINED' as const,
                        associationTypeId: companyTypes.defaultTypeId,
                      },
                    ],
                  },
                ]
              : []),
          ],
        },
      };
      try {
        // With the unique property a repeat is harmless (HubSpot answers 409); without it
        // the create runs once, and a lost answer is reported rather than repeated.
        const ticket = unique
          ? await crm.call('POST', '/crm/objects/2026-09/{objectType}', request)
          : await crm.callOnce('POST', '/crm/objects/2026-09/{objectType}', request);
        madeHere.set(memoKey, { ticket, at: Date.now() });
        return ticket;
      } catch (error) {
        // The same request key already made a ticket (a retry, another tab or container).
        if (unique && asApiFailure(error)?.code === 409) {
          const earlier = await earlierTicket();
          if (earlier) throw new Duplicate(earlier);
        }
        // The property went away (archived, portal reset): HubSpot refused the whole write,
        // so creating again - with the property re-created, or without it - is safe.
        if (unique && !afterPropertyLoss && isRequestIdPropertyMissing(error)) {
          forgetRequestIdProperty(env.portalKey, schema);
          return create(true);
        }
        // A portal rule (e.g. a required category): a question for the user, not a failure.
        const api = asApiFailure(error);
        const required =
          api && requiredPropertiesError(api.code, api.body, schema.properties, 'this ticket');
        if (required) throw new FunctionFailure(required);
        if (error instanceof WriteOutcomeUnknown) {
          throw new WriteOutcomeUnknown(OUTCOME_UNKNOWN_MESSAGE);
        }
        throw error;
      }
    };

    let deduplicated = false;
    let ticket: RawTicket;
    const shared = inFlight.get(memoKey);
    try {
      if (shared) {
        deduplicated = true;
        ticket = await shared;
      } else {
        const mine = create();
        inFlight.set(memoKey, mine);
        try {
          ticket = await mine;
        } finally {
          inFlight.delete(memoKey);
        }
      }
    } catch (error) {
      if (!(error instanceof Duplicate)) throw error;
      deduplicated = true;
      ticket = error.ticket;
    }
    const summary = toTicketSummary(ticket, schema, link);
    return { ticket: summary, deduplicated };
  });
}
