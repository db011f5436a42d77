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
import { DatabaseBackfillStore } from './database/DatabaseBackfillStore';
import { DatabaseSnapshotStore } from './database/DatabaseSnapshotStore';
import { AuditService } from './service/AuditService';
import { CampaignService } from './service/CampaignService';
import { InsightsService } from './service/InsightsService';
import { MeasurementsService } from './service/MeasurementsService';
import { PlansService } from './service/PlansService';
import { PlatformReader } from './service/PlatformReader';
import { createRouter } from './service/router';
import { SprawlService } from './service/SprawlService';
import { VendorsService } from './service/VendorsService';
import { ViewCache } from './service/ViewCache';
import { HistoryBackfills } from './tasks/HistoryBackfills';
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

        const platform = new PlatformReader({ catalog: deps.catalog });
        const store = new DatabaseMaasStore(db);
        const measurements = new MeasurementsService({
          platform,
          auth: deps.auth,
          store: new DatabaseMeasurementStore(db),
          settings: settings.sla,
        });
        const sprawl = new SprawlService({
          platform,
          store,
          reversibility: settings.reversibility,
          sprawl: settings.sprawl,
        });
        const audit = new AuditService({
          platform,
          store,
          measurements,
          horizonDays: settings.audit.horizonDays,
        });
        const campaignStore = new DatabaseCampaignStore(db);
        const insights = new InsightsService({
          platform,
          sprawl,
          audit,
          reversibility: settings.reversibility,
          campaigns: campaignStore,
          measurements,
          snapshots: new DatabaseSnapshotStore(db),
          auth: deps.auth,
        });

        const backfills = new HistoryBackfills({
          store: new DatabaseBackfillStore(db),
          insights,
          scheduler: deps.scheduler,
          logger: deps.logger,
          settings: settings.history.backfill,
        });

        deps.httpRouter.use(
          await createRouter({
            platform,
            vendors: new VendorsService({
              platform,
              store,
              reversibility: settings.reversibility,
            }),
            sprawl,
            plans: new PlansService({ platform, store }),
            audit,
            measurements,
            insights,
            campaigns: new CampaignService({
              store: campaignStore,
              events: deps.events,
            }),
            views: new ViewCache(deps.cache, settings.cache.ttlSeconds),
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            backfills,
            settings,
          }),
        );
        await scheduleSnapshots({
          scheduler: deps.scheduler,
          insights,
          logger: deps.logger,
        });
        await backfills.schedule();
      },
    });
  },
});
