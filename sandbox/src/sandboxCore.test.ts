import { SandboxCore } from './sandboxCore';
import { HubSpotError } from './http/hubspotError';
import { createRecords } from './store/objectWrites';

describe('the sandbox core', () => {
  it('applies config patches, refuses invalid ones whole and resets to the start config', () => {
    const core = new SandboxCore({ seed: 'empty', dataDir: null, config: { indexLagMs: 500 } });
    expect(core.setConfig({ rateLimits: { tenSecondly: 10 } }).rateLimits.tenSecondly).toBe(10);
    expect(() => core.setConfig({ indexLagMs: -5 })).toThrow(HubSpotError);
    expect(core.config.indexLagMs).toBe(500);
    expect(core.resetConfig()).toMatchObject({ indexLagMs: 500, rateLimits: { tenSecondly: 190 } });
  });

  it('reset reloads a seed and clears the request log; restore brings back a snapshot', () => {
    const core = new SandboxCore({ seed: 'demo', dataDir: null });
    const before = core.store.toSnapshot();
    createRecords(core, '0-5', [
      { properties: { subject: 'x', hs_pipeline_stage: '1', hs_ticket_category: 'PRODUCT_ISSUE' } },
    ]);
    core.log.record({
      method: 'GET',
      path: '/x',
      route: 'GET /x',
      status: 200,
      durationMs: 1,
      at: '',
    });
    core.reset('empty');
    expect(core.health()).toEqual({
      ok: true,
      seed: 'empty',
      counts: { tickets: 0, contacts: 0, companies: 0 },
    });
    expect(core.log.read().total).toBe(0);
    core.restore(before);
    expect(core.health().counts).toEqual({ tickets: 466, contacts: 40, companies: 10 });
  });
});
