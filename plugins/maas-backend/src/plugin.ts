import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { maasPermissions } from '@maas/plugin-maas-common';
import { readMaasConfig } from './config/readMaasConfig';
import { connectDatabase } from './database/connectDatabase';
import { DatabaseCampaignStore } from './database/DatabaseCampaignStore';
import { DatabaseCertificationStore } from './database/DatabaseCertificationStore';
import { DatabaseMaasStore } from './database/DatabaseMaasStore';
import { DatabaseMeasurementStore } from './database/DatabaseMeasurementStore';
import { DatabaseBackfillStore } from './database/DatabaseBackfillStore';
import { DatabaseResultStore } from './database/DatabaseResultStore';
import { DatabaseInventoryImportStore } from './database/DatabaseInventoryImportStore';
import { DatabaseLicenceUsageStore } from './database/DatabaseLicenceUsageStore';
import { DatabaseReminderStore } from './database/DatabaseReminderStore';
import { DatabaseSnapshotStore } from './database/DatabaseSnapshotStore';
import { DatabaseProjectionStore } from './database/DatabaseProjectionStore';
import { ProjectionApplier } from './projection/ProjectionApplier';
import { ProjectionReader } from './projection/ProjectionReader';
import { ProjectionReconciler } from './projection/ProjectionReconciler';
import { ReadScopes } from './projection/ReadScopes';
import { AuditService } from './service/AuditService';
import { BudgetService } from './service/BudgetService';
import { CampaignService } from './service/CampaignService';
import { CertificationService } from './service/CertificationService';
import { GlossaryService } from './service/GlossaryService';
import { InsightsService } from './service/InsightsService';
import { InventoryService } from './service/InventoryService';
import { LaunchFactsReader } from './service/LaunchFactsReader';
import { LicenceUsageService } from './service/LicenceUsageService';
import { MeasurementsService } from './service/MeasurementsService';
import { Memberships } from './service/Memberships';
import { PlansService } from './service/PlansService';
import { PlatformReader } from './service/PlatformReader';
import { ResultsService } from './service/ResultsService';
import { createRouter } from './service/router';
import { SprawlService } from './service/SprawlService';
import { VendorsService } from './service/VendorsService';
import { ViewCache } from './service/ViewCache';
import { HistoryBackfills } from './tasks/HistoryBackfills';
import { Reminders } from './tasks/Reminders';
import { scheduleCampaignCompletion } from './tasks/scheduleCampaignCompletion';
import { scheduleSnapshots } from './tasks/scheduleSnapshots';
import { ViewWarmer } from './tasks/ViewWarmer';

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
        userInfo: coreServices.userInfo,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        cache: coreServices.cache,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const settings = readMaasConfig(deps.config);
        const db = await connectDatabase(deps.database);
        deps.permissionsRegistry.addPermissions(maasPermissions);

        // The views read maas-backend's projection of the catalogue: fed by the catalogue
        // module's events, reconciled against the catalogue on a schedule.
        const projection = new DatabaseProjectionStore(db);
        await new ProjectionApplier({
          store: projection,
          logger: deps.logger,
        }).subscribe(deps.events);
        const platform = new PlatformReader({
          catalog: deps.catalog,
          projection: new ProjectionReader(projection),
          scopes: new ReadScopes({
            permissions: deps.permissions,
            catalog: deps.catalog,
            cache: deps.cache,
            ttlSeconds: settings.projection.permissionSeconds,
          }),
        });
        const store = new DatabaseMaasStore(db);
        const measurements = new MeasurementsService({
          platform,
          auth: deps.auth,
          store: new DatabaseMeasurementStore(db),
          settings: settings.sla,
        });
        const usage = new LicenceUsageService({
          platform,
          auth: deps.auth,
          store: new DatabaseLicenceUsageStore(db),
        });
        const sprawl = new SprawlService({
          platform,
          store,
          reversibility: settings.reversibility,
          sprawl: settings.sprawl,
          taxonomy: settings.taxonomy,
          usage,
        });
        const memberships = new Memberships({
          userInfo: deps.userInfo,
          permissions: deps.permissions,
        });
        const certifications = new CertificationService({
          catalog: deps.catalog,
          auth: deps.auth,
          store: new DatabaseCertificationStore(db),
          memberships,
          settings: settings.certification,
        });
        const audit = new AuditService({
          platform,
          store,
          measurements,
          certifications,
          horizonDays: settings.audit.horizonDays,
          usage,
        });
        const campaignStore = new DatabaseCampaignStore(db);
        const results = new ResultsService({
          campaigns: campaignStore,
          store: new DatabaseResultStore(db),
          platform,
          auth: deps.auth,
          memberships,
        });
        const insights = new InsightsService({
          platform,
          sprawl,
          audit,
          reversibility: settings.reversibility,
          campaigns: campaignStore,
          measurements,
          snapshots: new DatabaseSnapshotStore(db),
          auth: deps.auth,
          results,
        });

        const backfills = new HistoryBackfills({
          store: new DatabaseBackfillStore(db),
          insights,
          scheduler: deps.scheduler,
          logger: deps.logger,
          settings: settings.history.backfill,
        });
        const campaigns = new CampaignService({
          store: campaignStore,
          events: deps.events,
          facts: new LaunchFactsReader({
            catalog: deps.catalog,
            auth: deps.auth,
            store,
            certifications,
            measurements,
            today: () => platform.today(),
            taxonomy: settings.taxonomy,
          }),
          memberships,
        });

        // Keyed by counts kept in the database, so a write on any replica changes every replica's keys.
        const views = new ViewCache(deps.cache, settings.cache.ttlSeconds, {
          viewKey: credentials => platform.viewKey(credentials),
          countWrite: () => projection.countWrite(),
        });
        const countWrite = () => views.invalidate();
        const inventory = new InventoryService({
          store: new DatabaseInventoryImportStore(db),
          events: deps.events,
          logger: deps.logger,
        });
        await inventory.subscribe();

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
            budget: new BudgetService({
              platform,
              taxonomy: settings.taxonomy,
            }),
            usage,
            measurements,
            insights,
            campaigns,
            certifications,
            results,
            glossary: new GlossaryService({ platform, audit, insights }),
            views,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            backfills,
            inventory,
            settings,
          }),
        );
        await scheduleSnapshots({
          scheduler: deps.scheduler,
          insights,
          logger: deps.logger,
          countWrite,
        });
        await backfills.schedule();
        await new ProjectionReconciler({
          store: projection,
          catalog: deps.catalog,
          auth: deps.auth,
          logger: deps.logger,
          settings: settings.projection,
        }).schedule(deps.scheduler);
        await new ViewWarmer({
          views,
          platform,
          auth: deps.auth,
          logger: deps.logger,
          ttlSeconds: settings.cache.ttlSeconds,
        }).schedule(deps.scheduler);
        await new Reminders({
          platform,
          auth: deps.auth,
          store,
          reminders: new DatabaseReminderStore(db),
          certifications,
          notifications: deps.notifications,
          logger: deps.logger,
          scheduler: deps.scheduler,
          settings: {
            ...settings.reminders,
            horizonDays: settings.audit.horizonDays,
          },
        }).schedule();
        await scheduleCampaignCompletion({
          scheduler: deps.scheduler,
          campaigns,
          today: () => platform.today(),
          logger: deps.logger,
          countWrite,
        });
      },
    });
  },
});
