import { FaultInjector } from './faults';

const none = { rates: {}, routes: {} };
const searchKey = 'POST /crm/objects/2026-09/{objectType}/search';

describe('fault injection', () => {
  it('fails exactly the next N matching calls', () => {
    const faults = new FaultInjector();
    faults.failNext({ count: 2, status: 503, match: searchKey });
    expect(
      faults.pick(
        'GET',
        '/crm/objects/2026-09/tickets/1',
        'GET /crm/objects/2026-09/{objectType}/{objectId}',
        none,
      ),
    ).toBeUndefined();
    expect(faults.pick('POST', '/crm/objects/2026-09/tickets/search', searchKey, none)).toEqual({
      status: 503,
    });
    expect(faults.pick('POST', '/crm/objects/2026-09/tickets/search', searchKey, none)).toEqual({
      status: 503,
    });
    expect(
      faults.pick('POST', '/crm/objects/2026-09/tickets/search', searchKey, none),
    ).toBeUndefined();
  });

  it('matches by method and path prefix too, and defaults 429s to the ten-secondly policy', () => {
    const faults = new FaultInjector();
    faults.failNext({ count: 1, status: 429, match: 'GET /crm/objects/2026-09/tickets' });
    expect(faults.pick('GET', '/crm/objects/2026-09/tickets/5', 'x', none)).toEqual({
      status: 429,
      policy: 'TEN_SECONDLY_ROLLING',
    });
  });

  it('draws random faults from global and per-route rates', () => {
    const faults = new FaultInjector();
    const config = { rates: { '500': 0.5 }, routes: { [searchKey]: { '429-secondly': 1 } } };
    expect(faults.pick('GET', '/a', 'GET /a', config, () => 0.4)).toEqual({ status: 500 });
    expect(faults.pick('GET', '/a', 'GET /a', config, () => 0.6)).toBeUndefined();
    expect(faults.pick('POST', '/s', searchKey, config, () => 0.6)).toEqual({
      status: 429,
      policy: 'SECONDLY',
    });
  });
});
