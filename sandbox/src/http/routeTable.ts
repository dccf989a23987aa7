/**
 * Registers HubSpot routes under their route keys (`GET /crm/objects/2026-09/{objectType}`),
 * the names the request log, latency and fault settings use, and answers which methods
 * a path allows (for 405s).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { HubSpotError } from './hubspotError';
import { resolveObjectType } from '../store/objectTypes';
import type { ObjectTypeId } from '../store/types';

declare module 'fastify' {
  interface FastifyContextConfig {
    routeKey?: string;
  }
}

export type RouteHandler = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<unknown> | unknown;

interface RegisteredRoute {
  method: string;
  pattern: RegExp;
}

export class RouteTable {
  private readonly routes: RegisteredRoute[] = [];

  constructor(private readonly app: FastifyInstance) {}

  add(routeKey: string, handler: RouteHandler): void {
    const [method, template] = routeKey.split(' ') as [HTTPMethods, string];
    const url = template.replace(/\{(\w+)\}/g, ':$1');
    const pattern = new RegExp(
      `^${template.replace(/\{\w+\}/g, '[^/]+').replace(/\//g, '\\/')}\\/?$`,
    );
    this.routes.push({ method, pattern });
    this.app.route({ method, url, config: { routeKey }, handler });
  }

  allowedMethods(path: string): string[] {
    return [
      ...new Set(
        this.routes.filter((route) => route.pattern.test(path)).map((route) => route.method),
      ),
    ];
  }
}

export type Params = Record<string, string>;

export function params(request: FastifyRequest): Params {
  return request.params as Params;
}

/** `tickets`, `ticket`, `0-5` -> `0-5`, else HubSpot's 400. */
export function objectTypeParam(value: string | undefined): ObjectTypeId {
  const type = value === undefined ? undefined : resolveObjectType(decodeURIComponent(value));
  if (!type) {
    throw new HubSpotError(
      400,
      'VALIDATION_ERROR',
      `Unable to infer object type from: ${value ?? ''}`,
    );
  }
  return type;
}
