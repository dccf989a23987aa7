import type { FunctionResult, TicketFormOptionsData } from '../../../cards/contract';
import { parseCall } from '../params/functionParams';
import { formOptionsSchema } from '../params/simpleParams';
import { DESCRIPTION_MAX_LENGTH, SUBJECT_MAX_LENGTH } from '../params/ticketWriteParams';
import { getAssociationTypes } from '../portal/associationLabels';
import { currentOwnerId } from '../portal/owners';
import { getPortalSchema } from '../portal/portalSchemaCache';
import { runFunction, type FunctionContext } from '../run/runFunction';

/**
 * ticket_form_options: what the "New ticket" and "Link" panels offer. Pipelines and
 * properties (and owners) come from the container's cache, so a warm call costs at most the
 * labels read.
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
    const [schema, associationTypes] = await Promise.all([
      getPortalSchema(env.portalKey, crm),
      getAssociationTypes(env.portalKey, crm, record.type),
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
    };
  });
}
