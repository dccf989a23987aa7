import type { Client } from '@hubspot/api-client';
import type {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties/models/PropertyCreate';
import type { Budget } from '../hubspot/callWithBudget';
import { asApiFailure } from '../hubspot/apiFailure';
import { REQUEST_ID_PROPERTY, type PortalSchema } from '../portal/portalSchemaCache';

/**
 * The unique ticket property holding each create's client request id: HubSpot then
 * refuses a second ticket with the same id (409) in any container, which is what makes a
 * retried or double-submitted create produce one ticket. Created on first need; if the app
 * may not create properties (403), creates fall back to de-duplication inside the
 * container only, and that is logged once.
 */

const ready = new Map<string, Promise<boolean>>();

async function createProperty(client: Client, budget: Budget): Promise<boolean> {
  try {
    await budget.call(() =>
      client.crm.properties.coreApi.create('tickets', {
        name: REQUEST_ID_PROPERTY,
        label: 'Tickets card request id',
        description:
          'Set by the Tickets card app on the tickets it creates, so a retried create never makes a duplicate.',
        groupName: 'ticketinformation',
        type: 'string' as PropertyCreateTypeEnum,
        fieldType: 'text' as PropertyCreateFieldTypeEnum,
        hasUniqueValue: true,
        hidden: true,
        formField: false,
      }),
    );
    return true;
  } catch (error) {
    const api = asApiFailure(error);
    // Another container created it meanwhile.
    if (api?.code === 409) return true;
    if (api?.code === 403 || api?.code === 401) {
      console.error(
        JSON.stringify({
          level: 'warn',
          fn: 'ticket_create',
          message: `Cannot create the ${REQUEST_ID_PROPERTY} property (HTTP ${api.code}): duplicate creates are only caught inside one container.`,
        }),
      );
      return false;
    }
    throw error;
  }
}

/** Whether creates can carry the request id property. */
export function ensureRequestIdProperty(
  portalKey: string,
  schema: PortalSchema,
  client: Client,
  budget: Budget,
): Promise<boolean> {
  if (schema.hasRequestIdProperty) return Promise.resolve(true);
  let pending = ready.get(portalKey);
  if (!pending) {
    pending = createProperty(client, budget).then((created) => {
      // The cached schema now tells the truth: marking it (rather than dropping it) keeps
      // the next create in this container at one HubSpot call.
      if (created) schema.hasRequestIdProperty = true;
      return created;
    });
    ready.set(portalKey, pending);
    pending.catch(() => ready.delete(portalKey));
  }
  return pending;
}
