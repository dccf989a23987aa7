import type { CrmApi } from '../hubspot/crmApi';
import { asApiFailure } from '../hubspot/apiFailure';
import {
  invalidatePortalSchema,
  REQUEST_ID_PROPERTY,
  type PortalSchema,
} from '../portal/portalSchemaCache';
import { createTtlCache } from '../portal/ttlCache';

/**
 * The unique ticket property holding each create's request key: HubSpot then refuses a
 * second ticket with the same key (409) in any container, which is what makes a retried
 * or double-submitted create produce one ticket. Created on first need. If the app may not
 * create properties (403), or the property sits archived in the portal's recycle bin (it
 * cannot be restored through the API), creates go without it: de-duplication is then only
 * inside the container, and a create whose answer is lost fails plainly instead of being
 * repeated. The verdict is remembered for a few minutes, not for the container's life, and
 * is dropped at once when a create finds the property gone.
 */

const VERDICT_TTL_MS = 5 * 60_000;
const verdicts = createTtlCache<boolean>(VERDICT_TTL_MS);

function warn(message: string): void {
  console.error(JSON.stringify({ level: 'warn', fn: 'ticket_create', message }));
}

/** After a 409: the property exists - but only a live, unique one is usable. */
async function existingIsUsable(crm: CrmApi): Promise<boolean> {
  try {
    const property = await crm.call('GET', '/crm/properties/2026-09/{objectType}/{propertyName}', {
      path: { objectType: 'tickets', propertyName: REQUEST_ID_PROPERTY },
    });
    if (property.archived !== true && property.hasUniqueValue === true) return true;
    warn(
      property.archived === true
        ? `The ${REQUEST_ID_PROPERTY} ticket property is archived: restore it in HubSpot's property settings so duplicate creates are caught across containers.`
        : `The ${REQUEST_ID_PROPERTY} ticket property is not unique: duplicate creates are only caught inside one container.`,
    );
    return false;
  } catch (error) {
    // Archived properties are hidden from a plain read in HubSpot: 404 after a 409.
    if (asApiFailure(error)?.code === 404) {
      warn(
        `The ${REQUEST_ID_PROPERTY} ticket property exists but cannot be read (archived?): duplicate creates are only caught inside one container.`,
      );
      return false;
    }
    throw error;
  }
}

async function createProperty(crm: CrmApi): Promise<boolean> {
  try {
    await crm.call('POST', '/crm/properties/2026-09/{objectType}', {
      path: { objectType: 'tickets' },
      body: {
        name: REQUEST_ID_PROPERTY,
        label: 'Tickets card request id',
        description:
          'Set by the Tickets card app on the tickets it creates, so a retried create never makes a duplicate.',
        groupName: 'ticketinformation',
        type: 'string',
        fieldType: 'text',
        hasUniqueValue: true,
        hidden: true,
        formField: false,
      },
    });
    return true;
  } catch (error) {
    const api = asApiFailure(error);
    // Another container created it meanwhile - or it is archived: look before trusting it.
    if (api?.code === 409) return existingIsUsable(crm);
    if (api?.code === 403 || api?.code === 401) {
      warn(
        `Cannot create the ${REQUEST_ID_PROPERTY} property (HTTP ${api.code}): duplicate creates are only caught inside one container.`,
      );
      return false;
    }
    throw error;
  }
}

/** Whether creates can carry the request id property. */
export async function ensureRequestIdProperty(
  portalKey: string,
  schema: PortalSchema,
  crm: CrmApi,
): Promise<boolean> {
  if (schema.hasRequestIdProperty) return true;
  const usable = await verdicts.get(portalKey, () => createProperty(crm));
  // The cached schema now tells the truth: marking it (rather than dropping it) keeps
  // the next create in this container at one HubSpot call.
  if (usable) schema.hasRequestIdProperty = true;
  return usable;
}

/** A create found the property gone (archived, deleted, portal reset): forget it was there. */
export function forgetRequestIdProperty(portalKey: string, schema: PortalSchema): void {
  schema.hasRequestIdProperty = false;
  verdicts.invalidate(portalKey);
  invalidatePortalSchema(portalKey);
}

/** Whether a refused write names the request id property as unknown. */
export function isRequestIdPropertyMissing(error: unknown): boolean {
  const api = asApiFailure(error);
  return api?.code === 400 && JSON.stringify(api.body ?? '').includes(REQUEST_ID_PROPERTY);
}
