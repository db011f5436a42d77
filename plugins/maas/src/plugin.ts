import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { MaasApiClient } from '@maas/plugin-maas-common';
import { coreApiRefs } from './api/coreApiRefs';
import { maasApiRef } from './api/MaasApi';
import { rootRouteRef } from './routes';

/** The MaaS plugin for apps on Backstage's legacy frontend system. @public */
export const maasPlugin = createPlugin({
  id: 'maas',
  routes: { root: rootRouteRef },
  apis: [
    createApiFactory({
      api: maasApiRef,
      deps: {
        discoveryApi: coreApiRefs.discovery,
        fetchApi: coreApiRefs.fetch,
      },
      factory: deps => new MaasApiClient(deps),
    }),
  ],
});

/** The marketing platform page, loaded when first opened. @public */
export const MaasPage: () => JSX.Element = maasPlugin.provide(
  createRoutableExtension({
    name: 'MaasPage',
    component: () =>
      import('./components/MaasPage/MaasPage').then(m => m.MaasPage),
    mountPoint: rootRouteRef,
  }),
);
