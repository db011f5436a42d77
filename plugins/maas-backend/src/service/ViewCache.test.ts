import { CacheService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { ViewCache } from './ViewCache';

/** An in-memory cache store, enough for the logic under test. */
function memoryCache(): CacheService {
  const store = new Map<string, any>();
  const cache: CacheService = {
    get: async key => store.get(key),
    set: async (key, value) => {
      store.set(key, value);
    },
    delete: async key => {
      store.delete(key);
    },
    withOptions: () => cache,
  };
  return cache;
}

describe('ViewCache', () => {
  const alice = mockCredentials.user('user:default/alice');
  const bob = mockCredentials.user('user:default/bob');

  it('computes once per caller and view until a write starts a new generation', async () => {
    const views = new ViewCache(memoryCache(), 60);
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await views.get(alice, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 1,
    });
    expect(await views.get(alice, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 1,
    });
    // Another caller may read other entities: computed for them.
    expect(await views.get(bob, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 2,
    });
    // Other parameters, another entry.
    expect(await views.get(alice, 'audit', { asOf: 'y' }, compute)).toEqual({
      n: 3,
    });
    await views.invalidate();
    expect(await views.get(alice, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 4,
    });
  });

  it('shares one computation between concurrent identical requests', async () => {
    const views = new ViewCache(memoryCache(), 60);
    let computed = 0;
    const slow = () =>
      new Promise<number>(r => setTimeout(() => r(++computed), 20));
    const results = await Promise.all(
      [1, 2, 3].map(() => views.get(alice, 'sprawl', {}, slow)),
    );
    expect(results).toEqual([1, 1, 1]);
  });

  it('is off with a TTL of 0', async () => {
    const views = new ViewCache(memoryCache(), 0);
    let computed = 0;
    const compute = async () => ++computed;
    await views.get(alice, 'kpis', {}, compute);
    await views.get(alice, 'kpis', {}, compute);
    expect(computed).toBe(2);
  });
});
