/**
 * Route keys of the HubSpot endpoints the sandbox serves: the names the request log
 * (`byRoute`), per-route latency and faults, and fail-next `match` use.
 */
export const ROUTE_KEYS = {
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

export type RouteKey = (typeof ROUTE_KEYS)[keyof typeof ROUTE_KEYS];
