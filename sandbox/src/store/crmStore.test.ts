import { CrmStore } from './crmStore';
import { buildSeed } from '../seeds/buildSeed';
import { DEMO_FACTS } from '../seeds/demoFacts';

const quiet = { now: 0, trackHistory: false };

describe('the association index', () => {
  it('stores links both ways with the inverse type ids', () => {
    const store = new CrmStore(buildSeed('empty'));
    store.apply(
      { kind: 'link', fromType: '0-5', fromId: '7', toType: '0-2', toId: '9', typeIds: [339, 26] },
      quiet,
    );
    expect(store.linkedIds('0-5', '7', '0-2')?.get('9')).toEqual([339, 26]);
    expect(store.linkedIds('0-2', '9', '0-5')?.get('7')).toEqual([340, 25]);
  });

  it('removes one type or the whole pair, on both sides', () => {
    const store = new CrmStore(buildSeed('empty'));
    store.apply(
      { kind: 'link', fromType: '0-5', fromId: '7', toType: '0-2', toId: '9', typeIds: [339, 26] },
      quiet,
    );
    store.apply(
      { kind: 'unlink', fromType: '0-2', fromId: '9', toType: '0-5', toId: '7', typeIds: [25] },
      quiet,
    );
    expect(store.linkedIds('0-5', '7', '0-2')?.get('9')).toEqual([339]);
    store.apply(
      { kind: 'unlink', fromType: '0-5', fromId: '7', toType: '0-2', toId: '9', typeIds: null },
      quiet,
    );
    expect(store.linkedIds('0-5', '7', '0-2')).toBeUndefined();
    expect(store.linkedIds('0-2', '9', '0-5')).toBeUndefined();
  });
});

describe('snapshots', () => {
  it('round-trip the whole store', () => {
    const store = new CrmStore(buildSeed('demo'));
    const copy = new CrmStore(JSON.parse(JSON.stringify(store.toSnapshot())));
    expect(copy.toSnapshot()).toEqual(store.toSnapshot());
    expect(copy.linkedIds('0-2', DEMO_FACTS.companyWithManyTickets, '0-5')?.size).toBe(
      store.linkedIds('0-2', DEMO_FACTS.companyWithManyTickets, '0-5')?.size,
    );
  });
});
