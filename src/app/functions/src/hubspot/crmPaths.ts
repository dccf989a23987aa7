import type { paths as AssociationSchemaPaths } from './generated/associations-schema';
import type { components as AssociationComponents } from './generated/associations';
import type { paths as AssociationPaths } from './generated/associations';
import type { components as AssociationSchemaComponents } from './generated/associations-schema';
import type { components as ObjectComponents, paths as ObjectPaths } from './generated/objects';
import type { components as OwnerComponents, paths as OwnerPaths } from './generated/owners';
import type {
  components as PipelineComponents,
  paths as PipelinePaths,
} from './generated/pipelines';
import type {
  components as PropertyComponents,
  paths as PropertyPaths,
} from './generated/properties';

/**
 * The 2026-09 endpoints the functions may call, typed from HubSpot's specs (generated/).
 * Tickets, contacts and companies share the generic objects spec: their own specs hold the
 * same `/crm/objects/2026-09/{objectType}` paths. The specs' path sets are disjoint, so
 * their intersection is one map from path key to operations.
 */
export type CrmPaths = ObjectPaths &
  AssociationPaths &
  AssociationSchemaPaths &
  PropertyPaths &
  PipelinePaths &
  OwnerPaths;

export type CrmPath = keyof CrmPaths;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Operation<P extends CrmPath, M extends HttpMethod> = NonNullable<CrmPaths[P][Lowercase<M>]>;

/** The methods the spec defines on a path. */
export type MethodOf<P extends CrmPath> = {
  [M in HttpMethod]: CrmPaths[P][Lowercase<M>] extends undefined ? never : M;
}[HttpMethod];

type PathParams<O> = O extends { parameters: { path: infer T } } ? T : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type JsonBody<O> = O extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? never
    : NonNullable<R> extends { content: { 'application/json': infer B } }
      ? B
      : never
  : never;

/** What a call takes: path parameters, query and body exactly where the spec has them. */
export type RequestOf<P extends CrmPath, M extends HttpMethod> = ([
  PathParams<Operation<P, M>>,
] extends [never]
  ? { path?: undefined }
  : { path: PathParams<Operation<P, M>> }) &
  ([QueryParams<Operation<P, M>>] extends [never | undefined]
    ? { query?: undefined }
    : { query?: QueryParams<Operation<P, M>> }) &
  ([JsonBody<Operation<P, M>>] extends [never]
    ? { body?: undefined }
    : { body: JsonBody<Operation<P, M>> });

type Responses<O> = O extends { responses: infer R } ? R : never;
type SuccessBody<R, S> = S extends 200 | 201 | 207
  ? R extends { content: { 'application/json': infer B } }
    ? B
    : undefined
  : S extends 204
    ? undefined
    : never;

/** The body of a successful answer (2xx; `undefined` for a 204). */
export type ResponseOf<P extends CrmPath, M extends HttpMethod> = {
  [S in keyof Responses<Operation<P, M>>]: SuccessBody<Responses<Operation<P, M>>[S], S>;
}[keyof Responses<Operation<P, M>>];

/** Schemas of the specs, for the few values the functions pass around. */
export type ObjectSchemas = ObjectComponents['schemas'];
export type AssociationSchemas = AssociationComponents['schemas'];
export type AssociationLabelSchemas = AssociationSchemaComponents['schemas'];
export type PropertySchemas = PropertyComponents['schemas'];
export type PipelineSchemas = PipelineComponents['schemas'];
export type OwnerSchemas = OwnerComponents['schemas'];
