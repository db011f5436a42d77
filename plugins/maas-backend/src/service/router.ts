import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { MaasSettings } from '../config/readMaasConfig';
import { HistoryBackfills } from '../tasks/HistoryBackfills';
import { AuditService } from './AuditService';
import { addAuditRoutes } from './auditRoutes';
import { addBudgetRoutes } from './budgetRoutes';
import { BudgetService } from './BudgetService';
import { addCampaignRoutes } from './campaignRoutes';
import { CampaignService } from './CampaignService';
import { addCertificationRoutes } from './certificationRoutes';
import { CertificationService } from './CertificationService';
import { addGlossaryRoutes } from './glossaryRoutes';
import { GlossaryService } from './GlossaryService';
import { InsightsService } from './InsightsService';
import { addInventoryRoutes } from './inventoryRoutes';
import { InventoryService } from './InventoryService';
import { MeasurementsService } from './MeasurementsService';
import { PlansService } from './PlansService';
import { PlatformReader } from './PlatformReader';
import { addQualityRoutes } from './qualityRoutes';
import { requestErrors, unknownRoute } from './requestErrors';
import { addResultsRoutes } from './resultsRoutes';
import { ResultsService } from './ResultsService';
import { createRouteHelpers } from './routeHelpers';
import { addSprawlRoutes } from './sprawlRoutes';
import { addTaxonomyRoutes } from './taxonomyRoutes';
import { SprawlService } from './SprawlService';
import { addVendorRoutes } from './vendorRoutes';
import { VendorsService } from './VendorsService';
import { ViewCache } from './ViewCache';
import { LicenceUsageService } from './LicenceUsageService';
import { addUsageRoutes } from './usageRoutes';

export interface RouterOptions {
  platform: PlatformReader;
  vendors: VendorsService;
  sprawl: SprawlService;
  plans: PlansService;
  audit: AuditService;
  budget: BudgetService;
  usage: LicenceUsageService;
  measurements: MeasurementsService;
  insights: InsightsService;
  campaigns: CampaignService;
  certifications: CertificationService;
  results: ResultsService;
  glossary: GlossaryService;
  views: ViewCache;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  backfills: HistoryBackfills;
  inventory: InventoryService;
  settings: Pick<MaasSettings, 'measurements' | 'history' | 'taxonomy'>;
}

/**
 * The HTTP API under /api/maas: each route group parses, authorises, calls its service and
 * answers; the groups share only the helpers.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { views } = options;
  const router = Router();
  // Measurement batches of up to 5,000 rows fit.
  router.use(express.json({ limit: '2mb' }));
  const helpers = createRouteHelpers(options);

  addVendorRoutes(router, { vendors: options.vendors, views }, helpers);
  addSprawlRoutes(
    router,
    { sprawl: options.sprawl, plans: options.plans, views },
    helpers,
  );
  addAuditRoutes(router, { audit: options.audit, views }, helpers);
  addBudgetRoutes(router, { budget: options.budget, views }, helpers);
  addUsageRoutes(
    router,
    { platform: options.platform, usage: options.usage },
    helpers,
  );
  addQualityRoutes(
    router,
    {
      platform: options.platform,
      measurements: options.measurements,
      insights: options.insights,
      views,
      backfills: options.backfills,
      settings: options.settings,
    },
    helpers,
  );
  addCampaignRoutes(router, { campaigns: options.campaigns }, helpers);
  addCertificationRoutes(
    router,
    { certifications: options.certifications },
    helpers,
  );
  addInventoryRoutes(router, { inventory: options.inventory }, helpers);
  addTaxonomyRoutes(router, { taxonomy: options.settings.taxonomy }, helpers);
  addResultsRoutes(router, { results: options.results }, helpers);
  addGlossaryRoutes(router, { glossary: options.glossary, views }, helpers);
  router.use(unknownRoute);
  router.use(requestErrors);
  return router;
}
