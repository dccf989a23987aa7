import type { FunctionResult, LinkedRecords, TicketDetailsData } from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import type { CrmApi } from '../hubspot/crmApi';
import { parseCall } from '../params/functionParams';
import { singleTicketSchema } from '../params/simpleParams';
import { getAssociationTypes } from '../portal/associationLabels';
import { getPortalSchema } from '../portal/portalSchemaCache';
import { searchLinkedNames } from '../record/linkedRecordNames';
import { labelsOf, readTicketLinkTypes, type LinkType } from '../record/ticketLinkTypes';
import { FunctionFailure, notLinkedFailure } from '../run/functionFailure';
import { runFunction, type FunctionContext } from '../run/runFunction';
import { DETAIL_PROPERTIES, toTicketDetails } from '../tickets/toTicketDetails';
import type { RawTicket } from '../tickets/toTicketSummary';

/**
 * ticket_details: the details panel in one call and, warm, one HubSpot round trip. In
 * parallel: the ticket by id with the panel's properties; the ticket's links to the
 * record's type with their labels (immediate in HubSpot: the ownership check, the labels
 * and the exact count of that type); one search each for the first linked contacts' and
 * companies' names and totals. Only a ticket linked to the record is answered, whoever
 * sends its id; the other reads are simply dropped then.
 */

async function readTicket(crm: CrmApi, ticketId: string): Promise<RawTicket | null> {
  try {
    return await crm.call('GET', '/crm/objects/2026-09/{objectType}/{objectId}', {
      path: { objectType: 'tickets', objectId: ticketId },
      query: { properties: DETAIL_PROPERTIES, archived: false },
    });
  } catch (error) {
    if (asApiFailure(error)?.code === 404) return null;
    throw error;
  }
}

export async function main(context: FunctionContext): Promise<FunctionResult<TicketDetailsData>> {
  return runFunction('ticket_details', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      singleTicketSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const [schema, associationTypes, ticket, allLinks, contacts, companies] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      getAssociationTypes(env.portalKey, crm, record.type),
      readTicket(crm, params.ticketId),
      readTicketLinkTypes(crm, [params.ticketId], record.type),
      searchLinkedNames(crm, 'contacts', params.ticketId),
      searchLinkedNames(crm, 'companies', params.ticketId),
    ]);
    const links = allLinks.get(params.ticketId) ?? new Map<string, LinkType[]>();
    const linkTypes = links.get(record.id);
    if (!linkTypes) {
      throw notLinkedFailure([
        { field: 'ticketId', message: `Ticket ${params.ticketId} is not linked to this record.` },
      ]);
    }
    if (!ticket) {
      throw new FunctionFailure({
        code: 'NOT_FOUND',
        message: 'This ticket no longer exists in HubSpot (it may have been deleted).',
        retryable: false,
        fieldErrors: [{ field: 'ticketId', message: 'Not found in HubSpot.' }],
      });
    }
    const labelled = linkTypes.filter((type) => type.label);
    // The record's own type is counted from the link read (exact); search may lag a new link.
    const own: LinkedRecords = {
      names: (record.type === 'contacts' ? contacts : companies).names,
      total: links.size,
    };
    const link = { appHost: env.appHost, portalId: params.portalId ?? env.portalIdFromEnv };
    return {
      ticket: toTicketDetails(ticket, schema, link, labelsOf(linkTypes), {
        contacts:
          record.type === 'contacts' ? own : { names: contacts.names, total: contacts.total },
        companies:
          record.type === 'companies' ? own : { names: companies.names, total: companies.total },
      }),
      associationLabels: associationTypes.labels,
      currentLabelTypeIds: [...new Set(labelled.map((type) => type.typeId))],
    };
  });
}
