import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { MaasApiClient } from '@maas/plugin-maas-common';
import { coreApiRefs } from './api/coreApiRefs';
import { maasApiRef } from './api/MaasApi';
import { entityCards } from './entityCards';
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

function entityCard(
  name: string,
  spec: { load: () => Promise<() => JSX.Element> },
): () => JSX.Element {
  return maasPlugin.provide(
    createComponentExtension({ name, component: { lazy: spec.load } }),
  );
}

/** Who owns the entity, marketing and IT, and whether it is co-owned. Any MaaS kind. @public */
export const EntityMaasOwnershipCard = entityCard(
  'EntityMaasOwnershipCard',
  entityCards.ownership,
);
/** The consent purposes and legal basis. Data products and audiences. @public */
export const EntityConsentCard = entityCard(
  'EntityConsentCard',
  entityCards.consent,
);
/** SLA compliance from the measurements. Data products and audiences. @public */
export const EntitySlaCard = entityCard('EntitySlaCard', entityCards.sla);
/** The reversibility score and its criteria. Vendors and martech tools. @public */
export const EntityReversibilityCard = entityCard(
  'EntityReversibilityCard',
  entityCards.reversibility,
);
/** The capabilities a tool serves and who else serves them. Martech tools. @public */
export const EntityCapabilitiesCard = entityCard(
  'EntityCapabilitiesCard',
  entityCards.capabilities,
);
/** The campaign's state, template, audience and experiment. Campaigns. @public */
export const EntityCampaignCard = entityCard(
  'EntityCampaignCard',
  entityCards.campaign,
);
