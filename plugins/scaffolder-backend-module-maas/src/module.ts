import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { MaasApiClient } from '@maas/plugin-maas-common';
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
      },
      async init({ scaffolder, catalog, discovery, auth }) {
        const maas = new MaasApiClient({ discoveryApi: discovery });
        scaffolder.addActions(
          createCheckConsentAction({ catalog, maas, auth }),
          createCheckChannelsAction({ catalog, maas, auth }),
          createCheckPowerAction(),
          createCreateCampaignAction({ maas, auth }),
        );
      },
    });
  },
});
