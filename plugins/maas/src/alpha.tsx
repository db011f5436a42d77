import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { Entity } from '@backstage/catalog-model';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import StorefrontIcon from '@material-ui/icons/Storefront';
import { MaasApiClient } from '@maas/plugin-maas-common';
import { coreApiRefs } from './api/coreApiRefs';
import { maasApiRef } from './api/MaasApi';
import { entityCards } from './entityCards';
import { rootRouteRef } from './routes';

const maasApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: maasApiRef,
      deps: {
        discoveryApi: coreApiRefs.discovery,
        fetchApi: coreApiRefs.fetch,
      },
      factory: deps => new MaasApiClient(deps),
    }),
});

const maasPage = PageBlueprint.make({
  params: {
    path: '/maas',
    title: 'Marketing platform',
    icon: <StorefrontIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page draws its own header and tabs.
    noHeader: true,
    // The page's code, charts included, loads when the page is first opened.
    loader: () =>
      import('./components/MaasPage/MaasPage').then(m =>
        compatWrapper(<m.MaasPage />),
      ),
  },
});

// Generic in the name, so that the plugin's extension ids stay typed (`getExtension`).
function card<TName extends string>(
  name: TName,
  spec: {
    filter: (entity: Entity) => boolean;
    load: () => Promise<() => JSX.Element>;
  },
) {
  return EntityCardBlueprint.make({
    name,
    params: {
      filter: spec.filter,
      loader: async () => {
        const Card = await spec.load();
        return compatWrapper(<Card />);
      },
    },
  });
}

const entityCardExtensions = [
  card('maas-ownership', entityCards.ownership),
  card('maas-consent', entityCards.consent),
  card('maas-sla', entityCards.sla),
  card('maas-reversibility', entityCards.reversibility),
  card('maas-capabilities', entityCards.capabilities),
  card('maas-licence-usage', entityCards.licenceUsage),
  card('maas-campaign', entityCards.campaign),
  card('maas-campaign-lifecycle', entityCards.campaignLifecycle),
  card('maas-campaign-readout', entityCards.campaignReadout),
  card('maas-certification', entityCards.certification),
  card('maas-glossary-term', entityCards.glossaryTerm),
];

/** The MaaS plugin for Backstage's new frontend system. @alpha */
export default createFrontendPlugin({
  pluginId: 'maas',
  title: 'Marketing platform',
  icon: <StorefrontIcon />,
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
  extensions: [maasApi, maasPage, ...entityCardExtensions],
});
