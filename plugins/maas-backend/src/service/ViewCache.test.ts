import { mockCredentials } from '@backstage/backend-test-utils';
import { ViewCache } from './ViewCache';
import { memoryCache } from '../__testUtils__/services';

/** Scopes as the platform reader gives them: a key per caller, raised by each write. */
function scopes(keyOfCaller: Record<string, string>) {
  let writes = 0;
  return {
    viewKey: async (credentials: any) =>
      `${writes}:${keyOfCaller[credentials.principal.userEntityRef]}`,
    countWrite: async () => {
      writes++;
    },
  };
}

describe('ViewCache', () => {
  const alice = mockCredentials.user('user:default/alice');
  const bob = mockCredentials.user('user:default/bob');
  const carol = mockCredentials.user('user:default/carol');
  const readers = {
    'user:default/alice': 'all',
    'user:default/bob': 'all',
    'user:default/carol': 'some',
  };

  it('computes once for every caller who reads the same entities, until a write', async () => {
    const views = new ViewCache(memoryCache(), 60, scopes(readers));
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await views.get(alice, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 1,
    });
    // Bob may read what Alice may: her view is his.
    expect(await views.get(bob, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 1,
    });
    // Carol may read other entities: computed for her.
    expect(await views.get(carol, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 2,
    });
    // Other parameters, another entry.
    expect(await views.get(alice, 'audit', { asOf: 'y' }, compute)).toEqual({
      n: 3,
    });
    await views.invalidate();
    expect(await views.get(bob, 'audit', { asOf: 'x' }, compute)).toEqual({
      n: 4,
    });
  });

  it('shares one computation between concurrent identical requests', async () => {
    const views = new ViewCache(memoryCache(), 60, scopes(readers));
    let computed = 0;
    const slow = () =>
      new Promise<number>(r => setTimeout(() => r(++computed), 20));
    const results = await Promise.all(
      [alice, bob, alice].map(who => views.get(who, 'sprawl', {}, slow)),
    );
    expect(results).toEqual([1, 1, 1]);
  });

  it('is off with a TTL of 0', async () => {
    const views = new ViewCache(memoryCache(), 0, scopes(readers));
    let computed = 0;
    const compute = async () => ++computed;
    await views.get(alice, 'kpis', {}, compute);
    await views.get(alice, 'kpis', {}, compute);
    expect(computed).toBe(2);
  });
});
