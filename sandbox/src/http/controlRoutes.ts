/** The control API under /__sandbox/: never counted, limited, faulted or authenticated. */
import type { FastifyInstance } from 'fastify';
import type { SandboxCore } from '../sandboxCore';
import type { SandboxSnapshot } from '../store/types';
import { isValidSeed } from '../seeds/buildSeed';
import { parseFailNext } from './faults';
import { validationError } from './hubspotError';
import { parseValidationRules } from '../store/validationRules';

/** Snapshots of big seeds are large; HubSpot routes keep the normal limit. */
const SNAPSHOT_BODY_LIMIT = 1024 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkSnapshot(body: unknown): SandboxSnapshot {
  const objects = isRecord(body) ? body.objects : undefined;
  if (
    !isRecord(body) ||
    body.version !== 1 ||
    typeof body.seed !== 'string' ||
    typeof body.nextId !== 'number' ||
    !isRecord(objects) ||
    !['0-1', '0-2', '0-5'].every((type) => Array.isArray(objects[type])) ||
    !Array.isArray(body.associations) ||
    !isRecord(body.properties) ||
    !Array.isArray(body.pipelines) ||
    !Array.isArray(body.associationTypes)
  ) {
    throw validationError('Not a sandbox snapshot (expected the body of GET /__sandbox/snapshot)');
  }
  return body as unknown as SandboxSnapshot;
}

export function registerControlRoutes(app: FastifyInstance, core: SandboxCore): void {
  app.get('/__sandbox/health', () => core.health());
  app.get('/__sandbox/config', () => core.config);
  app.patch('/__sandbox/config', (request) => core.setConfig(request.body ?? {}));
  app.post('/__sandbox/config/reset', () => core.resetConfig());
  app.post('/__sandbox/fail-next', (request) => ({
    pending: core.faults.failNext(parseFailNext(request.body)),
  }));
  app.post('/__sandbox/reset', (request) => {
    const body = request.body;
    const seed = isRecord(body) ? body.seed : undefined;
    if (seed !== undefined && (typeof seed !== 'string' || !isValidSeed(seed))) {
      throw validationError(`Unknown seed ${JSON.stringify(seed)}: use demo, empty or scale:N`);
    }
    core.reset(seed);
    return core.health();
  });
  app.get('/__sandbox/snapshot', () => core.store.toSnapshot());
  app.post('/__sandbox/snapshot', { bodyLimit: SNAPSHOT_BODY_LIMIT }, (request) => {
    core.restore(checkSnapshot(request.body));
    return core.health();
  });
  // Portal validation rules: journalled like any write, so they persist with the store.
  app.get('/__sandbox/validation-rules', () => ({ rules: core.store.validationRules }));
  app.put('/__sandbox/validation-rules', (request) => {
    const rules = parseValidationRules(request.body, core.store);
    core.commit([{ kind: 'setValidationRules', rules }]);
    return { rules };
  });
  app.delete('/__sandbox/validation-rules', (_request, reply) => {
    core.commit([{ kind: 'setValidationRules', rules: [] }]);
    return reply.code(204).send();
  });
  app.get('/__sandbox/requests', () => core.log.read());
  app.delete('/__sandbox/requests', (_request, reply) => {
    core.log.clear();
    return reply.code(204).send();
  });
}
