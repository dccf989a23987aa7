/**
 * Route keys of the HubSpot endpoints the sandbox serves: the names the request log
 * (`byRoute`), per-route latency and faults, and fail-next `match` use. A key is the
 * method and the path template exactly as HubSpot's 2026-09 OpenAPI spec writes it, so a
 * logged route names its spec operation.
 */
export const API_VERSION = '2026-09';

const OBJECTS = '/crm/objects/2026-09';
const ASSOCIATIONS = '/crm/associations/2026-09';

export const ROUTE_KEYS = {
  createObject: `POST ${OBJECTS}/{objectType}`,
  listObjects: `GET ${OBJECTS}/{objectType}`,
  getObject: `GET ${OBJECTS}/{objectType}/{objectId}`,
  updateObject: `PATCH ${OBJECTS}/{objectType}/{objectId}`,
  archiveObject: `DELETE ${OBJECTS}/{objectType}/{objectId}`,
  batchRead: `POST ${OBJECTS}/{objectType}/batch/read`,
  batchCreate: `POST ${OBJECTS}/{objectType}/batch/create`,
  batchUpdate: `POST ${OBJECTS}/{objectType}/batch/update`,
  batchUpsert: `POST ${OBJECTS}/{objectType}/batch/upsert`,
  batchArchive: `POST ${OBJECTS}/{objectType}/batch/archive`,
  search: `POST ${OBJECTS}/{objectType}/search`,
  associateDefault: `PUT ${OBJECTS}/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}`,
  associateLabelled: `PUT ${OBJECTS}/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}`,
  removeAssociations: `DELETE ${OBJECTS}/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}`,
  associationsBatchRead: `POST ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/batch/read`,
  associationsBatchCreate: `POST ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/batch/create`,
  associationsBatchDefault: `POST ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/batch/associate/default`,
  associationsBatchArchive: `POST ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/batch/archive`,
  associationsBatchArchiveLabels: `POST ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/batch/labels/archive`,
  associationLabels: `GET ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/labels`,
  createAssociationLabel: `POST ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/labels`,
  updateAssociationLabel: `PUT ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/labels`,
  deleteAssociationLabel: `DELETE ${ASSOCIATIONS}/{fromObjectType}/{toObjectType}/labels/{associationTypeId}`,
  listProperties: 'GET /crm/properties/2026-09/{objectType}',
  getProperty: 'GET /crm/properties/2026-09/{objectType}/{propertyName}',
  createProperty: 'POST /crm/properties/2026-09/{objectType}',
  listPipelines: 'GET /crm/pipelines/2026-09/{objectType}',
  getPipeline: 'GET /crm/pipelines/2026-09/{objectType}/{pipelineId}',
  listPipelineStages: 'GET /crm/pipelines/2026-09/{objectType}/{pipelineId}/stages',
  listOwners: 'GET /crm/owners/2026-09',
  getOwner: 'GET /crm/owners/2026-09/{ownerId}',
} as const;

export type RouteKey = (typeof ROUTE_KEYS)[keyof typeof ROUTE_KEYS];

/**
 * The legacy v3/v4 routes, served only until no caller uses them (issue 9). Same handlers,
 * with v4's answers where they differ (numeric `toObjectId`, 201/204 batch link writes).
 */
export const LEGACY_ROUTE_KEYS = {
  createObject: 'POST /crm/v3/objects/{objectType}',
  listObjects: 'GET /crm/v3/objects/{objectType}',
  getObject: 'GET /crm/v3/objects/{objectType}/{objectId}',
  updateObject: 'PATCH /crm/v3/objects/{objectType}/{objectId}',
  archiveObject: 'DELETE /crm/v3/objects/{objectType}/{objectId}',
  batchRead: 'POST /crm/v3/objects/{objectType}/batch/read',
  batchCreate: 'POST /crm/v3/objects/{objectType}/batch/create',
  batchUpdate: 'POST /crm/v3/objects/{objectType}/batch/update',
  batchUpsert: 'POST /crm/v3/objects/{objectType}/batch/upsert',
  batchArchive: 'POST /crm/v3/objects/{objectType}/batch/archive',
  search: 'POST /crm/v3/objects/{objectType}/search',
  v3RemoveAssociation:
    'DELETE /crm/v3/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}/{associationTypeId}',
  v3AddAssociation:
    'PUT /crm/v3/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}/{associationTypeId}',
  listProperties: 'GET /crm/v3/properties/{objectType}',
  getProperty: 'GET /crm/v3/properties/{objectType}/{propertyName}',
  createProperty: 'POST /crm/v3/properties/{objectType}',
  listPipelines: 'GET /crm/v3/pipelines/{objectType}',
  getPipeline: 'GET /crm/v3/pipelines/{objectType}/{pipelineId}',
  listPipelineStages: 'GET /crm/v3/pipelines/{objectType}/{pipelineId}/stages',
  associateDefault:
    'PUT /crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}',
  associateLabelled:
    'PUT /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}',
  removeAssociations:
    'DELETE /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}',
  associationsPage: 'GET /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}',
  associationsBatchRead: 'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read',
  associationsBatchCreate: 'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create',
  associationsBatchDefault:
    'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default',
  associationsBatchArchive:
    'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive',
  associationsBatchArchiveLabels:
    'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/labels/archive',
  associationLabels: 'GET /crm/v4/associations/{fromObjectType}/{toObjectType}/labels',
  createAssociationLabel: 'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/labels',
} as const;

/** Both search routes count against the secondly search limit. */
export const SEARCH_ROUTE_KEYS: readonly string[] = [ROUTE_KEYS.search, LEGACY_ROUTE_KEYS.search];
