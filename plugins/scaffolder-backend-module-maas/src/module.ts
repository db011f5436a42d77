import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { MaasApiClient, Taxonomy } from '@maas/plugin-maas-common';
import { createCheckChannelsAction } from './actions/checkChannels';
import { createCheckConsentAction } from './actions/checkConsent';
import { createCheckPowerAction } from './actions/checkPower';
import { createCreateCampaignAction } from './actions/createCampaign';

/**
 * The MaaS scaffolder actions: consent, channel and experiment checks, and recording the
 * launched campaign.
 *
 * @public
 */
export const scaffolderModuleMaas = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'maas',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        catalog: catalogServiceRef,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, catalog, discovery, auth, config }) {
        const maas = new MaasApiClient({ discoveryApi: discovery });
        // The key the catalogue module and maas-backend read: one merged list for all three.
        const taxonomy = Taxonomy.fromConfig(
          config.getOptional('maas.taxonomy'),
        );
        scaffolder.addActions(
          createCheckConsentAction({ catalog, maas, auth }),
          createCheckChannelsAction({ catalog, maas, auth, taxonomy }),
          createCheckPowerAction(),
          createCreateCampaignAction({ maas, auth }),
        );
      },
    });
  },
});
