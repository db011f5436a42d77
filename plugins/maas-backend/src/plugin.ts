import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { maasPermissions } from '@maas/plugin-maas-common';
import { readMaasConfig } from './config/readMaasConfig';
import { connectDatabase } from './database/connectDatabase';
import { DatabaseCampaignStore } from './database/DatabaseCampaignStore';
import { DatabaseMaasStore } from './database/DatabaseMaasStore';
import { DatabaseMeasurementStore } from './database/DatabaseMeasurementStore';
import { DatabaseSnapshotStore } from './database/DatabaseSnapshotStore';
import { CampaignService } from './service/CampaignService';
import { InsightsService } from './service/InsightsService';
import { MaasService } from './service/MaasService';
import { MeasurementsService } from './service/MeasurementsService';
import { createRouter } from './service/router';
import { ViewCache } from './service/ViewCache';
import { scheduleSnapshots } from './tasks/scheduleSnapshots';

/**
 * The MaaS backend plugin, mounted at /api/maas.
 *
 * @public
 */
export const maasPlugin = createBackendPlugin({
  pluginId: 'maas',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        cache: coreServices.cache,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
      },
      async init(deps) {
        const settings = readMaasConfig(deps.config);
        const db = await connectDatabase(deps.database);
        deps.permissionsRegistry.addPermissions(maasPermissions);

        const measurements = new MeasurementsService({
          catalog: deps.catalog,
          auth: deps.auth,
          store: new DatabaseMeasurementStore(db),
          settings: settings.sla,
        });
        const service = new MaasService({
          catalog: deps.catalog,
          store: new DatabaseMaasStore(db),
          settings,
          measurements,
        });
        const insights = new InsightsService({
          maas: service,
          campaigns: new DatabaseCampaignStore(db),
          measurements,
          snapshots: new DatabaseSnapshotStore(db),
          auth: deps.auth,
        });

        const campaigns = new CampaignService({
          store: new DatabaseCampaignStore(db),
          events: deps.events,
        });

        deps.httpRouter.use(
          await createRouter({
            service,
            campaigns,
            views: new ViewCache(deps.cache, settings.cache.ttlSeconds),
            measurements,
            insights,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
          }),
        );
        await scheduleSnapshots({
          scheduler: deps.scheduler,
          insights,
          logger: deps.logger,
        });
      },
    });
  },
});
