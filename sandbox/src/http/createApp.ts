/**
 * The fastify app: HubSpot routes behind auth, rate limits, injected latency and faults;
 * HubSpot's JSON error envelope for every failure (bad JSON, big bodies, 404, 405); the
 * request log; and the control API beside it.
 */
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { SandboxCore } from '../sandboxCore';
import { HubSpotError, rateLimitBody } from './hubspotError';
import { FAULT_ERRORS } from './faults';
import { checkLocalRequest } from './localOnly';
import { RouteTable } from './routeTable';
import { ROUTE_KEYS } from '../routeKeys';
import { registerObjectRoutes } from './objectRoutes';
import { registerSchemaRoutes } from './schemaRoutes';
import { registerAssociationRoutes } from './associationRoutes';
import { registerOwnerRoutes } from './ownerRoutes';
import { registerControlRoutes } from './controlRoutes';

/** HubSpot refuses bodies this large (its own limit is in the same range). */
export const BODY_LIMIT = 4 * 1024 * 1024;
const CONTROL_PREFIX = '/__sandbox/';
/** Ids and names in paths are short; a longer segment is refused before routing. */
const MAX_PARAM_LENGTH = 500;
const UNMATCHED_ROUTE = 'UNMATCHED';

interface CallState {
  at: string;
}

const calls = new WeakMap<FastifyRequest, CallState>();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isControl(request: FastifyRequest): boolean {
  return request.url.startsWith(CONTROL_PREFIX);
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}

function parseJsonBody(body: string): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new HubSpotError(
      400,
      'VALIDATION_ERROR',
      `Invalid input JSON on line 1: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function authenticate(request: FastifyRequest, token: string): void {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) {
    throw new HubSpotError(
      401,
      'INVALID_AUTHENTICATION',
      'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
    );
  }
  if (match[1] !== token) {
    throw new HubSpotError(
      401,
      'INVALID_AUTHENTICATION',
      'Authentication credentials not found or invalid. The private app access token was not recognized.',
    );
  }
}

export function createApp(core: SandboxCore, token: string): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // Errors fastify raises before routing (a bad %-escape, an over-long path segment)
    // get HubSpot's envelope too, never fastify's own `FST_ERR_*` body.
    frameworkErrors: (error, _request, frameworkReply) => {
      // Typed for the not-yet-routed request's generic reply; it is an ordinary reply.
      const reply = frameworkReply as unknown as FastifyReply;
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      void reply
        .code(status)
        .type('application/json')
        .send(
          new HubSpotError(
            status,
            'VALIDATION_ERROR',
            error.code === 'FST_ERR_MAX_PARAM_LENGTH'
              ? `A path segment is longer than ${MAX_PARAM_LENGTH} characters`
              : 'The URL is not valid: a %-escape in it cannot be decoded',
          ).toBody(),
        );
    },
  });
  const routes = new RouteTable(app);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // Anything else: fine when empty (bodiless PUT/DELETE), HubSpot's 415 otherwise.
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    if ((body as string).trim() === '') {
      done(null, undefined);
      return;
    }
    done(
      new HubSpotError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `Content type '${request.headers['content-type'] ?? ''}' not supported: send application/json`,
      ),
      undefined,
    );
  });

  // First of all hooks: nothing, not even the request log, sees a foreign request.
  app.addHook('onRequest', async (request) => {
    checkLocalRequest(request, isControl(request));
  });

  app.addHook('onRequest', async (request, reply) => {
    if (isControl(request)) return;
    calls.set(request, { at: new Date().toISOString() });
    authenticate(request, token);
    const routeKey = request.routeOptions.config.routeKey ?? UNMATCHED_ROUTE;
    const { config } = core;
    const latency = config.latency.routes[routeKey] ?? config.latency.default;
    const delay = latency.fixedMs + (latency.jitterMs > 0 ? Math.random() * latency.jitterMs : 0);
    if (delay > 0) await sleep(delay);

    const decision = core.limiter.check(
      token,
      routeKey === ROUTE_KEYS.search,
      Date.now(),
      config.rateLimits,
    );
    void reply.headers(decision.headers);
    if (decision.rejectedBy) {
      return reply.code(429).send(rateLimitBody(decision.rejectedBy));
    }
    const fault = core.faults.pick(request.method, pathOf(request), routeKey, config.faults);
    if (fault?.status === 'reset') {
      // Dropped unanswered (a reset mid-flight): no response, so no request-log entry.
      reply.hijack();
      request.raw.socket.destroy();
      return reply;
    }
    if (fault?.status === 'malformed') return reply.code(200).send({});
    const echo = fault?.echoAuthorization ? ` (${request.headers.authorization ?? ''})` : '';
    if (fault?.status === 429) {
      const body = rateLimitBody(fault.policy);
      return reply.code(429).send({ ...body, message: `${body.message}${echo}` });
    }
    if (fault) {
      const [category, message] = FAULT_ERRORS[fault.status];
      throw new HubSpotError(fault.status, category, `${message}${echo}`);
    }
    return undefined;
  });

  app.addHook('onResponse', async (request, reply) => {
    const call = calls.get(request);
    if (!call) return;
    core.log.record({
      method: request.method,
      path: pathOf(request),
      route: request.routeOptions.config.routeKey ?? UNMATCHED_ROUTE,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
      at: call.at,
    });
  });

  app.setErrorHandler((error: FastifyError | HubSpotError, _request, reply) => {
    if (error instanceof HubSpotError) {
      return reply.code(error.statusCode).type('application/json').send(error.toBody());
    }
    const known: Record<string, [number, string, string]> = {
      FST_ERR_CTP_BODY_TOO_LARGE: [
        413,
        'VALIDATION_ERROR',
        `Request body is larger than ${BODY_LIMIT} bytes`,
      ],
      FST_ERR_CTP_INVALID_MEDIA_TYPE: [
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Unsupported content type: send application/json',
      ],
      FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
        400,
        'VALIDATION_ERROR',
        'Content-Length does not match the body',
      ],
    };
    const [status, category, message] =
      known[error.code] ??
      (error.statusCode && error.statusCode < 500
        ? [error.statusCode, 'VALIDATION_ERROR', error.message]
        : [500, 'INTERNAL_ERROR', `internal error: ${error.message}`]);
    if (status >= 500) console.error('[sandbox] unexpected error', error);
    return reply
      .code(status)
      .type('application/json')
      .send(new HubSpotError(status, category, message).toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const allowed = routes.allowedMethods(path);
    if (allowed.length > 0) {
      void reply.header('Allow', allowed.join(', '));
      return reply
        .code(405)
        .type('application/json')
        .send(
          new HubSpotError(
            405,
            'METHOD_NOT_ALLOWED',
            `HTTP ${request.method} is not supported by ${path}; use ${allowed.join(', ')}`,
          ).toBody(),
        );
    }
    return reply
      .code(404)
      .type('application/json')
      .send(
        new HubSpotError(
          404,
          'OBJECT_NOT_FOUND',
          `Unable to route ${request.method} ${path}: no such endpoint`,
        ).toBody(),
      );
  });

  registerObjectRoutes(routes, core);
  registerSchemaRoutes(routes, core);
  registerAssociationRoutes(routes, core);
  registerOwnerRoutes(routes, core);
  registerControlRoutes(app, core);
  return app;
}
