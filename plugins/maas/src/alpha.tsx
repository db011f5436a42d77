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
import { MaasApiClient, maasKinds } from '@maas/plugin-maas-common';
import { coreApiRefs } from './api/coreApiRefs';
import { maasApiRef } from './api/MaasApi';
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

const maasKindIds = maasKinds.map(kind => kind.toLocaleLowerCase('en-US'));
const ofKinds =
  (...kinds: string[]) =>
  (entity: Entity) =>
    entity.apiVersion === 'maas.dev/v1alpha1' &&
    kinds.includes(entity.kind.toLocaleLowerCase('en-US'));

// Generic in the name, so that the plugin's extension ids stay typed (`getExtension`).
function card<TName extends string>(
  name: TName,
  filter: (entity: Entity) => boolean,
  load: () => Promise<JSX.Element>,
) {
  return EntityCardBlueprint.make({
    name,
    params: { filter, loader: async () => compatWrapper(await load()) },
  });
}

const entityCards = [
  card('maas-ownership', ofKinds(...maasKindIds), () =>
    import('./components/EntityCards/OwnershipCard').then(m => (
      <m.OwnershipCard />
    )),
  ),
  card('maas-consent', ofKinds('dataproduct', 'audience'), () =>
    import('./components/EntityCards/ConsentCard').then(m => <m.ConsentCard />),
  ),
  card('maas-sla', ofKinds('dataproduct', 'audience'), () =>
    import('./components/EntityCards/SlaCard').then(m => <m.SlaCard />),
  ),
  card('maas-reversibility', ofKinds('vendor', 'martechtool'), () =>
    import('./components/EntityCards/ReversibilityCard').then(m => (
      <m.ReversibilityCard />
    )),
  ),
  card('maas-capabilities', ofKinds('martechtool'), () =>
    import('./components/EntityCards/CapabilitiesCard').then(m => (
      <m.CapabilitiesCard />
    )),
  ),
  card('maas-campaign', ofKinds('campaign'), () =>
    import('./components/EntityCards/CampaignCard').then(m => (
      <m.CampaignCard />
    )),
  ),
];

/** The MaaS plugin for Backstage's new frontend system. @alpha */
export default createFrontendPlugin({
  pluginId: 'maas',
  title: 'Marketing platform',
  icon: <StorefrontIcon />,
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
  extensions: [maasApi, maasPage, ...entityCards],
});
