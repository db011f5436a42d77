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
/** Licence utilisation over time and the cost of unused seats. Martech tools. @public */
export const EntityLicenceUsageCard = entityCard(
  'EntityLicenceUsageCard',
  entityCards.licenceUsage,
);
/** The campaign's state, template, audience and experiment. Campaigns. @public */
export const EntityCampaignCard = entityCard(
  'EntityCampaignCard',
  entityCards.campaign,
);
/** The campaign's state, why the launch policy refuses it, and go live or cancel. Campaigns. @public */
export const EntityCampaignLifecycleCard = entityCard(
  'EntityCampaignLifecycleCard',
  entityCards.campaignLifecycle,
);
/**
 * The campaign's readout: verdict and sentence, cumulative conversion per arm, the comparisons
 * with the control, the split check, and the results upload. Campaigns. @public
 */
export const EntityCampaignReadoutCard = entityCard(
  'EntityCampaignReadoutCard',
  entityCards.campaignReadout,
);
/** The audience's two certification keys and the buttons to turn them. Audiences. @public */
export const EntityCertificationCard = entityCard(
  'EntityCertificationCard',
  entityCards.certification,
);
/** The term's definition, where it is computed, the KPIs and templates using it. Glossary terms. @public */
export const EntityGlossaryTermCard = entityCard(
  'EntityGlossaryTermCard',
  entityCards.glossaryTerm,
);
