import type { CurrentUserHint, OwnerInfo, OwnerRef } from '../../../cards/contract';
import { asApiFailure } from '../hubspot/apiFailure';
import type { CrmApi } from '../hubspot/crmApi';
import type { components } from '../hubspot/generated/owners';
import { createTtlCache } from './ttlCache';

/**
 * The portal's owners (the users who can own tickets), read from HubSpot's owners API and
 * cached per container like the portal schema: the list and every row need names, and
 * "me" needs the card user's owner id, but owners change rarely (a new user shows up
 * within the TTL). Fetched in parallel with each function's first round trip, so owners
 * never add a sequential round trip.
 */

export type RawOwner = components['schemas']['PublicOwner'];

/** Long enough that a busy card rarely pays for it, short enough for a new hire to appear soon. */
export const OWNERS_TTL_MS = 5 * 60_000;
/** HubSpot's largest owners page; a portal with more owners costs more (sequential) pages, once per TTL. */
export const OWNERS_PAGE_LIMIT = 500;
/** The owner pickers list at most this many (the contract's promise). */
export const OWNERS_LISTED_MAX = 500;

export interface PortalOwners {
  /** Active owners by name, for the pickers. */
  list: OwnerInfo[];
  byId: ReadonlyMap<string, OwnerInfo>;
  byUserId: ReadonlyMap<number, string>;
  /** Lower-cased email -> owner id. */
  byEmail: ReadonlyMap<string, string>;
}

export function ownerName(owner: RawOwner): string {
  const full = [owner.firstName, owner.lastName].filter(Boolean).join(' ').trim();
  return full || owner.email || `Owner ${owner.id}`;
}

export function toPortalOwners(raw: RawOwner[]): PortalOwners {
  const active = raw.filter((owner) => !owner.archived);
  const list: OwnerInfo[] = active
    .map((owner) => ({ id: owner.id, name: ownerName(owner), email: owner.email ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const byUserId = new Map<number, string>();
  const byEmail = new Map<string, string>();
  for (const owner of active) {
    if (typeof owner.userId === 'number') byUserId.set(owner.userId, owner.id);
    if (owner.email) byEmail.set(owner.email.toLowerCase(), owner.id);
  }
  return {
    list: list.slice(0, OWNERS_LISTED_MAX),
    byId: new Map(list.map((owner) => [owner.id, owner])),
    byUserId,
    byEmail,
  };
}

/** The card user's owner id: by user id first (emails can change), else by email. */
export function currentOwnerId(
  owners: PortalOwners,
  user: CurrentUserHint | undefined,
): string | null {
  if (!user) return null;
  if (user.userId !== undefined) {
    const byUser = owners.byUserId.get(user.userId);
    if (byUser) return byUser;
  }
  return user.email ? (owners.byEmail.get(user.email.toLowerCase()) ?? null) : null;
}

/** `hubspot_owner_id` as the row shows it; an owner no longer active keeps its id. */
export function ownerRef(
  owners: PortalOwners | null,
  ownerId: string | null | undefined,
): OwnerRef | null {
  if (!ownerId) return null;
  const owner = owners?.byId.get(ownerId);
  return owner ? { id: owner.id, name: owner.name } : { id: ownerId, name: `Owner ${ownerId}` };
}

const cache = createTtlCache<PortalOwners>(OWNERS_TTL_MS);

async function loadOwners(crm: CrmApi): Promise<PortalOwners> {
  const raw: RawOwner[] = [];
  let after: string | undefined;
  try {
    do {
      const page = await crm.call('GET', '/crm/owners/2026-09', {
        query: { limit: OWNERS_PAGE_LIMIT, archived: false, ...(after ? { after } : {}) },
      });
      raw.push(...page.results);
      after = page.paging?.next?.after;
    } while (after);
  } catch (error) {
    // An install without crm.objects.owners.read still lists and writes tickets, without names.
    if (asApiFailure(error)?.code !== 403) throw error;
    console.error(
      JSON.stringify({
        level: 'warn',
        message: 'Cannot read owners (HTTP 403): is the crm.objects.owners.read scope granted?',
      }),
    );
    return toPortalOwners([]);
  }
  return toPortalOwners(raw);
}

export function getOwners(portalKey: string, crm: CrmApi): Promise<PortalOwners> {
  return cache.get(portalKey, () => loadOwners(crm));
}
