import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { MaasEntitiesProcessor } from './processor/MaasEntitiesProcessor';
import { CampaignEntityProvider } from './provider/CampaignEntityProvider';

/**
 * Teaches the catalogue the MaaS kinds (Vendor, MartechTool, DataProduct, Audience, Campaign)
 * and brings in the campaigns launched through maas-backend.
 *
 * @public
 */
export const catalogModuleMaas = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'maas',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        events: eventsServiceRef,
      },
      async init({
        catalog,
        config,
        discovery,
        auth,
        logger,
        scheduler,
        events,
      }) {
        catalog.addProcessor(new MaasEntitiesProcessor());
        const providerConfig = config.getOptionalConfig(
          'catalog.providers.maasCampaigns',
        );
        if (providerConfig?.getOptionalBoolean('enabled') === false) return;
        const schedule = providerConfig?.has('schedule')
          ? scheduler.createScheduledTaskRunner(
              readSchedulerServiceTaskScheduleDefinitionFromConfig(
                providerConfig.getConfig('schedule'),
              ),
            )
          : scheduler.createScheduledTaskRunner({
              frequency: { minutes: 1 },
              timeout: { minutes: 1 },
              initialDelay: { seconds: 5 },
            });
        catalog.addEntityProvider(
          new CampaignEntityProvider({
            discovery,
            auth,
            logger,
            events,
            schedule,
          }),
        );
      },
    });
  },
});
