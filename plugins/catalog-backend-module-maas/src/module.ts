import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { Taxonomy } from '@maas/plugin-maas-common';
import { MaasEntitiesProcessor } from './processor/MaasEntitiesProcessor';
import { ProjectionPublisher } from './processor/ProjectionPublisher';
import { InventoryEntityProvider } from './inventory/InventoryEntityProvider';
import { CampaignEntityProvider } from './provider/CampaignEntityProvider';

/**
 * Teaches the catalogue the MaaS kinds (Vendor, MartechTool, DataProduct, Audience, Campaign),
 * brings in the campaigns launched through maas-backend, and publishes the processed entities
 * maas-backend's views read (on the events topic `maas.entities`).
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
        urlReader: coreServices.urlReader,
        events: eventsServiceRef,
        lifecycle: coreServices.lifecycle,
      },
      async init({
        catalog,
        config,
        discovery,
        auth,
        logger,
        scheduler,
        urlReader,
        events,
        lifecycle,
      }) {
        // The same key maas-backend reads (and declares), so both see one merged list.
        const taxonomy = Taxonomy.fromConfig(
          config.getOptional('maas.taxonomy'),
        );
        catalog.addProcessor(new MaasEntitiesProcessor({ taxonomy }));
        // maas-backend's projection of the entities its views read follows processing.
        const publisher = new ProjectionPublisher({ events, logger });
        catalog.addProcessor(publisher);
        lifecycle.addShutdownHook(() => publisher.flush());
        catalog.addEntityProvider(
          InventoryEntityProvider.fromConfig(config, {
            taxonomy,
            logger,
            scheduler,
            urlReader,
            events,
          }),
        );
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
