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
