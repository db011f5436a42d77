import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readMaasConfig } from '../config/readMaasConfig';
import { fuzzedRoutes } from '../__testUtils__/fuzz/requests';
import { routesOf } from '../__testUtils__/routesOf';
import { createRouter, RouterOptions } from './router';
import { ViewCache, ViewScopes } from './ViewCache';

/**
 * Routes of the router that routes.fuzz.test.ts leaves out on purpose, each with the reason,
 * as `{ 'GET /path': 'why' }`. None today: health and `/.backstage/…` are the framework's,
 * not this router's.
 */
const notFuzzed: Record<string, string> = {};

// A route added to a group of router.ts is fuzzed only once requests.ts lists it and has a
// generator for it; twice one was added without. This holds the list against the router.
describe('the fuzz suite', () => {
  it('covers every route the router registers, and no other', async () => {
    // Registering the routes reads only the views and the settings; the services are called
    // per request, and this test sends none.
    const options = {
      views: new ViewCache(mockServices.cache.mock(), 60, {} as ViewScopes),
      settings: readMaasConfig(new ConfigReader({})),
    } as Partial<RouterOptions> as RouterOptions;
    const routed = routesOf(await createRouter(options));
    const fuzzed = Object.keys(fuzzedRoutes);

    expect({
      routedButNotFuzzed: routed.filter(
        r => !fuzzed.includes(r) && !(r in notFuzzed),
      ),
      fuzzedButNotRouted: fuzzed.filter(r => !routed.includes(r)),
      leftOutButNotRouted: Object.keys(notFuzzed).filter(
        r => !routed.includes(r),
      ),
    }).toEqual({
      routedButNotFuzzed: [],
      fuzzedButNotRouted: [],
      leftOutButNotRouted: [],
    });
  });
});
