import { CampaignRecord } from '../campaigns/CampaignRecord';
import { CampaignEntity, CampaignStatus } from '../kinds/Campaign';
import { CampaignReadiness } from '../api/campaigns';
import { AudienceCertification, CertificationRole } from '../api/certification';
import { Finding, OwnershipMatrix } from '../api/audit';
import { BudgetReport } from '../api/budget';
import { ToolUsageHistory } from '../api/usage';
import { ComplianceReport } from '../api/compliance';
import {
  AudienceValue,
  CampaignReadoutDetail,
  CampaignReadoutView,
  CampaignResultsReceipt,
  NewAudienceValue,
  NewCampaignResults,
} from '../api/readouts';
import { VendorDecision } from '../api/decisions';
import { GlossaryTermView } from '../api/glossary';
import { Kpi, Snapshot } from '../api/kpis';
import { DecommissionPlan, PlanState, PlanStep } from '../api/plans';
import { SprawlView } from '../api/sprawl';
import { ToolReversibility, VendorView } from '../api/vendors';
import {
  InventoryImportRequest,
  InventoryImportResult,
} from '../inventory/InventoryImport';
import { TaxonomyDocument } from '../taxonomy/Taxonomy';

/**
 * Per call: a backend caller passes the token it got from `auth.getPluginRequestToken`; the
 * frontend passes none, its fetch adds the signed-in user's.
 *
 * @public
 */
export interface MaasRequestOptions {
  token?: string;
}

/** The body of `POST /api/maas/vendors/:namespace/:name/decisions`. @public */
export interface NewVendorDecision {
  decision: VendorDecision['decision'];
  note?: string;
}

/** The body of `POST /api/maas/plans`. @public */
export interface NewDecommissionPlan {
  tool: string;
  successor?: string;
  targetDate: string;
  steps?: PlanStep[];
  note?: string;
}

/** The body of `PATCH /api/maas/plans/:id`; `null` clears the successor or the note. @public */
export interface DecommissionPlanChange {
  state?: PlanState;
  successor?: string | null;
  steps?: PlanStep[];
  targetDate?: string;
  note?: string | null;
}

/**
 * The body of `POST /api/maas/campaigns`, as the scaffolder's `maas:campaign:create` sends it.
 * @public
 */
export interface NewCampaign
  extends Omit<CampaignEntity['spec'], 'status' | 'budget'> {
  name: string;
  namespace?: string;
  title?: string;
  description?: string;
  budget?: { amount: number; currency: string };
  /**
   * `live` only for a template with `maas.dev/go-live: on-launch`, whose launches go live at
   * once anyway; other campaigns start as drafts and their owner team takes them live.
   */
  status?: 'draft' | 'live';
  /**
   * The scaffolder task that launches it, bound to the requester, the name and the spec: the
   * same again answers the same campaign, anything else with this id is a 409.
   */
  taskId?: string;
}

/** A campaign's namespace and name. @public */
export interface CampaignRef {
  namespace: string;
  name: string;
}

/**
 * maas-backend's HTTP API, as the frontend and the other backend plugins call it. Every method
 * rejects with a `ResponseError` (from `@backstage/errors`) when maas-backend answers with an
 * error status.
 *
 * @public
 */
export interface MaasApi {
  getKpis(options?: MaasRequestOptions): Promise<{ asOf: string; kpis: Kpi[] }>;
  getHistory(
    query?: { from?: string; to?: string },
    options?: MaasRequestOptions,
  ): Promise<{ items: Snapshot[] }>;
  getVendors(
    query?: { on?: string },
    options?: MaasRequestOptions,
  ): Promise<{ items: VendorView[] }>;
  /** `ref` is the vendor's entity reference, e.g. `vendor:default/braze` or `vendor:braze`. */
  getVendor(
    ref: string,
    query?: { on?: string },
    options?: MaasRequestOptions,
  ): Promise<VendorView>;
  recordDecision(
    ref: string,
    decision: NewVendorDecision,
    options?: MaasRequestOptions,
  ): Promise<VendorDecision>;
  getTools(
    options?: MaasRequestOptions,
  ): Promise<{ items: ToolReversibility[] }>;
  getSprawl(options?: MaasRequestOptions): Promise<SprawlView>;
  /** The yearly cost of the tools in use by funder, category and currency. */
  getBudget(options?: MaasRequestOptions): Promise<BudgetReport>;
  /**
   * A tool's licence usage over time (default: the last 365 days) and the figures read now;
   * `ref` is the tool's entity reference, e.g. `martechtool:default/braze-engagement`.
   */
  getToolUsage(
    ref: string,
    query?: { from?: string; to?: string },
    options?: MaasRequestOptions,
  ): Promise<ToolUsageHistory>;
  getAudit(options?: MaasRequestOptions): Promise<{
    asOf: string;
    horizonDays: number;
    findings: Finding[];
  }>;
  /** The audit as CSV text. */
  getAuditCsv(options?: MaasRequestOptions): Promise<string>;
  getOwnershipMatrix(options?: MaasRequestOptions): Promise<OwnershipMatrix>;
  getPlans(
    options?: MaasRequestOptions,
  ): Promise<{ items: DecommissionPlan[] }>;
  createPlan(
    plan: NewDecommissionPlan,
    options?: MaasRequestOptions,
  ): Promise<DecommissionPlan>;
  /**
   * Changes a plan as of the `version` the caller read (sent as `If-Match`); rejects with a 412
   * `ResponseError` when the plan changed since, so nothing is overwritten unseen.
   */
  updatePlan(
    id: string,
    version: number,
    change: DecommissionPlanChange,
    options?: MaasRequestOptions,
  ): Promise<DecommissionPlan>;
  getCompliance(options?: MaasRequestOptions): Promise<ComplianceReport>;
  getCampaigns(
    options?: MaasRequestOptions,
  ): Promise<{ items: CampaignRecord[] }>;
  getCampaign(
    ref: CampaignRef,
    options?: MaasRequestOptions,
  ): Promise<CampaignRecord>;
  /**
   * Records a campaign; answers the one already recorded for the same task, if any. A refusal of
   * the launch policy rejects with a 422 whose reasons `launchProblemsOf` reads.
   */
  createCampaign(
    campaign: NewCampaign,
    options?: MaasRequestOptions,
  ): Promise<CampaignRecord>;
  /** Moves a campaign (going live runs the launch policy again). */
  setCampaignStatus(
    ref: CampaignRef,
    status: CampaignStatus,
    options?: MaasRequestOptions,
  ): Promise<CampaignRecord>;
  /** What the launch policy says of the campaign now, and the moves the caller may make. */
  getCampaignReadiness(
    ref: CampaignRef,
    options?: MaasRequestOptions,
  ): Promise<CampaignReadiness>;
  /** Every campaign's readout, for the campaigns tab. */
  getReadouts(
    options?: MaasRequestOptions,
  ): Promise<{ items: CampaignReadoutView[] }>;
  /** A campaign's readout, with each arm's cumulative figures per day. */
  getReadout(
    ref: CampaignRef,
    options?: MaasRequestOptions,
  ): Promise<CampaignReadoutDetail>;
  /**
   * Posts results per arm and day; a day posted again replaces the stored one. All rows are
   * stored or none: a bad one rejects with a 400 naming it.
   */
  postResults(
    ref: CampaignRef,
    results: NewCampaignResults,
    options?: MaasRequestOptions,
  ): Promise<CampaignResultsReceipt>;
  /**
   * Uploads results as CSV text (a header row: day, arm, users, conversions, revenue, spend,
   * newCustomers), under the same rules; a bad row rejects with a 400 naming its line and field.
   */
  uploadResultsCsv(
    ref: CampaignRef,
    csv: string,
    options?: MaasRequestOptions,
  ): Promise<CampaignResultsReceipt>;
  /** Records a segment's lifetime value as of a day (a day posted again replaces it). */
  postAudienceValue(
    audienceRef: string,
    value: NewAudienceValue,
    options?: MaasRequestOptions,
  ): Promise<AudienceValue>;
  /** The shared glossary: every term, where it is implemented, who uses it. */
  getGlossary(
    options?: MaasRequestOptions,
  ): Promise<{ items: GlossaryTermView[] }>;
  /** `ref` is the term's entity reference, e.g. `glossaryterm:default/active-customer`. */
  getGlossaryTerm(
    ref: string,
    options?: MaasRequestOptions,
  ): Promise<GlossaryTermView>;
  /** `audienceRef` is the audience's entity reference, e.g. `audience:default/repeat-buyers`. */
  getCertification(
    audienceRef: string,
    options?: MaasRequestOptions,
  ): Promise<AudienceCertification>;
  /** Turns the caller's key (the marketing or the IT one) on the audience as it is now. */
  certifyAudience(
    audienceRef: string,
    role: CertificationRole,
    options?: MaasRequestOptions,
  ): Promise<AudienceCertification>;
  /** Withdraws a key; the audience is then no longer certified. */
  withdrawCertification(
    audienceRef: string,
    role: CertificationRole,
    options?: MaasRequestOptions,
  ): Promise<AudienceCertification>;
  /** The capabilities and categories, built in and from `maas.taxonomy`, with the aliases. */
  getTaxonomy(options?: MaasRequestOptions): Promise<TaxonomyDocument>;
  /** The latest result of each inventory import. */
  getInventoryImports(
    options?: MaasRequestOptions,
  ): Promise<{ items: InventoryImportResult[] }>;
  /** Asks the inventory imports (or one) to run now; the result follows in getInventoryImports. */
  requestInventoryImport(
    providerId?: string,
    options?: MaasRequestOptions,
  ): Promise<InventoryImportRequest>;
}
