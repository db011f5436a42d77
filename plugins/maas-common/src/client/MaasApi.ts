import { CampaignRecord } from '../campaigns/CampaignRecord';
import { CampaignEntity } from '../kinds/Campaign';
import { Finding, OwnershipMatrix } from '../api/audit';
import { ComplianceReport } from '../api/compliance';
import { VendorDecision } from '../api/decisions';
import { Kpi, Snapshot } from '../api/kpis';
import { DecommissionPlan, PlanState, PlanStep } from '../api/plans';
import { SprawlView } from '../api/sprawl';
import { ToolReversibility, VendorView } from '../api/vendors';

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
  status?: 'draft' | 'live';
  /** The scaffolder task that launches it: a retried step gets the same campaign back. */
  taskId?: string;
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
    ref: { namespace: string; name: string },
    options?: MaasRequestOptions,
  ): Promise<CampaignRecord>;
  /** Records a campaign; answers the one already recorded for the same task, if any. */
  createCampaign(
    campaign: NewCampaign,
    options?: MaasRequestOptions,
  ): Promise<CampaignRecord>;
}
