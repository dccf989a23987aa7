import type { FunctionResult, TicketFormOptionsData } from '../../../cards/contract';
import type { CrmApi } from '../hubspot/crmApi';
import { parseCall } from '../params/functionParams';
import { formOptionsSchema } from '../params/simpleParams';
import { DESCRIPTION_MAX_LENGTH, SUBJECT_MAX_LENGTH } from '../params/ticketWriteParams';
import { getAssociationTypes } from '../portal/associationLabels';
import { currentOwnerId } from '../portal/owners';
import { getPortalSchema } from '../portal/portalSchemaCache';
import { readNames } from '../record/linkedNames';
import { getPrimaryCompanyId } from '../record/primaryCompany';
import { runFunction, type FunctionContext } from '../run/runFunction';

/**
 * ticket_form_options: what the "New ticket" and "Link" panels offer. Pipelines and
 * properties (and owners) come from the container's cache; on a contact the answer also
 * names the contact's primary company, so the panel can say which company "Also link"
 * means, or not offer it at all.
 *
 * HubSpot calls (sequential round trips), the schema, labels and company links in parallel:
 * - company: warm 0; cold 4 (1): pipelines, properties, owners, labels.
 * - contact: also its company links (association batch read, cached 60 s) in that same
 *   round trip and, when it has a primary company, then that company's name (one batch
 *   read, not cached): warm 1 (1), cold 6 (2); with the 60 s caches lapsed in a warm
 *   container 3 (2). A contact without one: warm 0, cold 5 (1).
 * The primary-company cache lives in this function's bundle: ticket_create is bundled
 * separately, so its first create on a contact still reads the primary company itself.
 */
export async function main(
  context: FunctionContext,
): Promise<FunctionResult<TicketFormOptionsData>> {
  return runFunction('ticket_form_options', context, async (invocation) => {
    const { crm, env } = invocation;
    const { params, record } = parseCall(
      formOptionsSchema,
      invocation.context.parameters,
      invocation.context.propertiesToSend,
    );
    const [schema, associationTypes, primaryCompany] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      getAssociationTypes(env.portalKey, crm, record.type),
      record.type === 'contacts'
        ? readPrimaryCompany(env.portalKey, crm, record.id)
        : Promise.resolve(undefined),
    ]);
    return {
      pipelines: schema.pipelines,
      defaultPipelineId: schema.pipelines[0]?.id ?? null,
      priorities: schema.priorities,
      categories: schema.categories,
      associationLabels: associationTypes.labels,
      limits: {
        subjectMaxLength: SUBJECT_MAX_LENGTH,
        descriptionMaxLength: DESCRIPTION_MAX_LENGTH,
      },
      owners: schema.owners.list,
      currentOwnerId: currentOwnerId(schema.owners, params.currentUser),
      ...(primaryCompany === undefined ? {} : { primaryCompany }),
    };
  });
}

/**
 * The contact's primary company with its name (name, else domain, else "Company <id>", as
 * everywhere names are shown). A primary company HubSpot no longer finds (deleted since
 * its id was cached) counts as none, so the panel does not offer to link it.
 */
async function readPrimaryCompany(
  portalKey: string,
  crm: CrmApi,
  contactId: string,
): Promise<{ id: string; name: string } | null> {
  const companyId = await getPrimaryCompanyId(portalKey, crm, contactId);
  if (companyId === null) return null;
  const name = (await readNames(crm, 'companies', [companyId])).get(companyId);
  return name === undefined ? null : { id: companyId, name };
}
