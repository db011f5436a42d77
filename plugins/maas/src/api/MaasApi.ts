import { createApiRef } from '@backstage/core-plugin-api';
import {
  ComplianceReport,
  DecommissionPlan,
  Finding,
  Kpi,
  OwnershipMatrix,
  PlanState,
  PlanStep,
  Snapshot,
  SprawlView,
  ToolReversibility,
  VendorDecision,
  VendorView,
} from '@maas/plugin-maas-common';

/** The MaaS backend, as the frontend uses it. @public */
export interface MaasApi {
  getKpis(): Promise<{ asOf: string; kpis: Kpi[] }>;
  getHistory(options?: {
    from?: string;
    to?: string;
  }): Promise<{ items: Snapshot[] }>;
  getVendors(options?: { on?: string }): Promise<{ items: VendorView[] }>;
  getVendor(ref: string, options?: { on?: string }): Promise<VendorView>;
  recordDecision(
    ref: string,
    decision: { decision: VendorDecision['decision']; note?: string },
  ): Promise<VendorDecision>;
  getTools(): Promise<{ items: ToolReversibility[] }>;
  getSprawl(): Promise<SprawlView>;
  getAudit(): Promise<{
    asOf: string;
    horizonDays: number;
    findings: Finding[];
  }>;
  /** The audit as CSV text. */
  getAuditCsv(): Promise<string>;
  getOwnershipMatrix(): Promise<OwnershipMatrix>;
  getPlans(): Promise<{ items: DecommissionPlan[] }>;
  createPlan(plan: {
    tool: string;
    successor?: string;
    targetDate: string;
    steps?: PlanStep[];
    note?: string;
  }): Promise<DecommissionPlan>;
  updatePlan(
    id: string,
    change: {
      state?: PlanState;
      steps?: PlanStep[];
      targetDate?: string;
      note?: string;
    },
  ): Promise<DecommissionPlan>;
  getCompliance(): Promise<ComplianceReport>;
}

/** @public */
export const maasApiRef = createApiRef<MaasApi>({ id: 'plugin.maas.api' });
