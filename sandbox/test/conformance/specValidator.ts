/**
 * Validates an answer of the sandbox against HubSpot's own published OpenAPI specs
 * (openapi/2026-09/*.json, unchanged copies): the status code must be one the operation
 * declares (or its `default`, for errors), and the body must match that response's schema.
 * Returns every mismatch; which of them are known differences of HubSpot's real answers
 * from its own spec is decided elsewhere (knownDifferences.ts), never here.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const SPEC_DIR = path.resolve(__dirname, '../../../openapi/2026-09');

type Json = Record<string, unknown>;

interface Operation {
  spec: string;
  template: string;
  method: string;
  pattern: RegExp;
  /** Literal segments, to prefer `/labels` over `/{toObjectType}/{toObjectId}`. */
  literals: number;
  responses: Record<string, Json>;
}

export interface Answer {
  method: string;
  /** The request path, without the query string. */
  path: string;
  status: number;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface Mismatch {
  operation: string;
  status: number;
  kind: 'undeclared-status' | 'no-operation' | 'schema';
  /** For schema mismatches: where in the body, and what the schema said. */
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
  message: string;
  /** The offending value (schema mismatches only). */
  data?: unknown;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Which spec describes a path, when several do (every object spec repeats
 * `/crm/objects/2026-09/{objectType}`): the object type's own spec, else the generic one.
 */
function specFor(requestPath: string): string[] {
  const objectType = /^\/crm\/objects\/2026-09\/([^/]+)/.exec(requestPath)?.[1];
  if (/^\/crm\/associations\/2026-09\/[^/]+\/[^/]+\/labels(\/[^/]+)?$/.test(requestPath)) {
    return ['associations-schema.json'];
  }
  if (requestPath.startsWith('/crm/associations/2026-09/')) return ['associations.json'];
  if (requestPath.includes('/associations/')) return ['associations.json', 'objects.json'];
  if (objectType === 'tickets' || objectType === '0-5') return ['tickets.json'];
  if (objectType === 'contacts' || objectType === '0-1') return ['contacts.json'];
  if (objectType === 'companies' || objectType === '0-2') return ['companies.json'];
  if (objectType) return ['objects.json'];
  if (requestPath.startsWith('/crm/properties/')) return ['properties.json'];
  if (requestPath.startsWith('/crm/pipelines/')) return ['pipelines.json'];
  if (requestPath.startsWith('/crm/owners/')) return ['owners.json'];
  return [];
}

export class SpecValidator {
  private readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(specDir: string = SPEC_DIR) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const file of fs.readdirSync(specDir).filter((name) => name.endsWith('.json'))) {
      const spec = JSON.parse(fs.readFileSync(path.join(specDir, file), 'utf8')) as Json;
      this.ajv.addSchema({ $id: file, components: spec.components }, file);
      for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
        for (const method of METHODS) {
          const operation = item[method] as Json | undefined;
          if (!operation) continue;
          const source = template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\//g, '\\/');
          this.operations.push({
            spec: file,
            template,
            method: method.toUpperCase(),
            pattern: new RegExp(`^${source}$`),
            literals: template.split('/').filter((segment) => segment && !segment.startsWith('{'))
              .length,
            responses: operation.responses as Record<string, Json>,
          });
        }
      }
    }
  }

  /** The spec operation an answer belongs to, e.g. `POST /crm/objects/2026-09/{objectType}/search`. */
  operationFor(method: string, requestPath: string): Operation | undefined {
    const candidates = this.operations.filter(
      (operation) =>
        operation.method === method.toUpperCase() &&
        operation.pattern.test(requestPath) &&
        specFor(requestPath).includes(operation.spec),
    );
    candidates.sort(
      (a, b) =>
        specFor(requestPath).indexOf(a.spec) - specFor(requestPath).indexOf(b.spec) ||
        b.literals - a.literals,
    );
    return candidates[0];
  }

  private validatorFor(spec: string, ref: string): ValidateFunction {
    const key = `${spec}${ref}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: key });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** The `$ref` of the body schema for a status, following `#/components/responses/...`. */
  private bodyRef(operation: Operation, response: Json): string | null {
    let current = response;
    if (typeof current.$ref === 'string') {
      const name = current.$ref.replace('#/components/responses/', '');
      const spec = this.ajv.getSchema(operation.spec)?.schema as Json;
      current = ((spec.components as Json).responses as Record<string, Json>)[name] ?? {};
    }
    const content = current.content as Record<string, Json> | undefined;
    if (!content) return null;
    const media = content['application/json'] ?? content['*/*'] ?? Object.values(content)[0];
    const schema = media?.schema as Json | undefined;
    return typeof schema?.$ref === 'string' ? schema.$ref : null;
  }

  check(answer: Answer): Mismatch[] {
    const operation = this.operationFor(answer.method, answer.path);
    const name = operation
      ? `${operation.method} ${operation.template}`
      : `${answer.method} ${answer.path}`;
    if (!operation) {
      return [
        {
          operation: name,
          status: answer.status,
          kind: 'no-operation',
          message: 'no operation of the 2026-09 specs matches this request',
        },
      ];
    }
    const declared = operation.responses[String(answer.status)];
    const isError = answer.status >= 400;
    const response = declared ?? (isError ? operation.responses.default : undefined);
    if (!response) {
      return [
        {
          operation: name,
          status: answer.status,
          kind: 'undeclared-status',
          message: `status ${answer.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`,
        },
      ];
    }
    const ref = this.bodyRef(operation, response);
    if (!ref) {
      return answer.body === undefined
        ? []
        : [
            {
              operation: name,
              status: answer.status,
              kind: 'schema',
              instancePath: '',
              keyword: 'noBody',
              message: 'the spec declares no body for this status, but one was sent',
              data: answer.body,
            },
          ];
    }
    const validate = this.validatorFor(operation.spec, ref);
    if (validate(answer.body)) return [];
    return (validate.errors ?? []).map((error: ErrorObject) => ({
      operation: name,
      status: answer.status,
      kind: 'schema' as const,
      instancePath: error.instancePath,
      keyword: error.keyword,
      params: error.params as Record<string, unknown>,
      message: `${error.instancePath || '(body)'} ${error.message ?? error.keyword}`,
      data: valueAt(answer.body, error.instancePath),
    }));
  }
}

function valueAt(body: unknown, pointer: string): unknown {
  let current = body;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
