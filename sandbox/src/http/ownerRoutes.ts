/** Owners 2026-09: the portal's users who can own records, listed and read by id. */
import type { SandboxCore } from '../sandboxCore';
import type { Owner } from '../store/types';
import { HubSpotError, validationError } from './hubspotError';
import { queryBoolean, queryInteger, queryString, type Query } from './query';
import { params, type RouteTable } from './routeTable';
import { ROUTE_KEYS } from '../routeKeys';

/** HubSpot pages owners by 100 by default and at most 500. */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

function ownerNotFound(ownerId: string): HubSpotError {
  return new HubSpotError(404, 'OBJECT_NOT_FOUND', `Owner ${ownerId} not found.`, {
    context: { ownerId: [ownerId] },
  });
}

export function registerOwnerRoutes(routes: RouteTable, core: SandboxCore): void {
  routes.add(ROUTE_KEYS.listOwners, (request) => {
    const query = request.query as Query;
    const limit = queryInteger(query, 'limit', DEFAULT_LIMIT, { min: 1, max: MAX_LIMIT });
    const archived = queryBoolean(query, 'archived');
    const email = queryString(query, 'email')?.toLowerCase();
    const afterRaw = queryString(query, 'after');
    if (afterRaw !== undefined && !/^\d+$/.test(afterRaw)) {
      throw validationError(`Invalid value for query parameter after: ${JSON.stringify(afterRaw)}`);
    }
    // The cursor is the position in the portal's owner list (stable: owners are seeded).
    const after = Number(afterRaw ?? 0);
    const matching = core.store.owners.filter(
      (owner) =>
        owner.archived === archived &&
        (email === undefined || email === '' || owner.email.toLowerCase() === email),
    );
    const results: Owner[] = matching.slice(after, after + limit);
    const next = after + limit < matching.length ? String(after + limit) : undefined;
    const path = request.url.split('?')[0] ?? '';
    return {
      results,
      ...(next
        ? {
            paging: {
              next: {
                after: next,
                link: `${request.protocol}://${request.host}${path}?after=${next}&limit=${limit}`,
              },
            },
          }
        : {}),
    };
  });

  routes.add(ROUTE_KEYS.getOwner, (request) => {
    const ownerId = decodeURIComponent(params(request).ownerId ?? '');
    const query = request.query as Query;
    const archived = queryBoolean(query, 'archived');
    const idProperty = queryString(query, 'idProperty') ?? 'id';
    if (idProperty !== 'id' && idProperty !== 'userId') {
      throw validationError(
        `Invalid value for query parameter idProperty: ${JSON.stringify(idProperty)} (id or userId)`,
      );
    }
    if (!/^\d{1,10}$/.test(ownerId)) {
      throw validationError(`Invalid owner id ${JSON.stringify(ownerId)}: owner ids are integers`);
    }
    const owner = core.store.owners.find(
      (candidate) =>
        (idProperty === 'id' ? candidate.id : String(candidate.userId)) === ownerId &&
        candidate.archived === archived,
    );
    if (!owner) throw ownerNotFound(ownerId);
    return owner;
  });
}
