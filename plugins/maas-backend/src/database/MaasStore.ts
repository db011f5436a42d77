import {
  DecommissionPlan,
  PlanState,
  VendorDecision,
} from '@maas/plugin-maas-common';

export interface PlanEvent {
  id: number;
  planId: string;
  actor: string;
  at: string;
  change: Record<string, unknown>;
}

export type NewPlan = Pick<
  DecommissionPlan,
  'toolRef' | 'successorRef' | 'targetDate' | 'steps' | 'note'
>;

export type PlanPatch = Partial<
  Pick<
    DecommissionPlan,
    'successorRef' | 'targetDate' | 'steps' | 'note' | 'state'
  >
>;

/** What maas-backend keeps in its own database. */
export interface MaasStore {
  addDecision(decision: Omit<VendorDecision, 'id'>): Promise<VendorDecision>;
  /** Oldest first; all vendors when no ref is given. */
  listDecisions(vendorRef?: string): Promise<VendorDecision[]>;

  /**
   * Refuses (409) a second open plan for the same tool, also when two requests race: the
   * database holds at most one open plan per tool.
   */
  createPlan(plan: NewPlan, actor: string): Promise<DecommissionPlan>;
  getPlan(id: string): Promise<DecommissionPlan | undefined>;
  listPlans(filter?: { toolRef?: string }): Promise<DecommissionPlan[]>;
  /**
   * Applies a patch if the plan is still in `expectedState` (another replica may have moved it
   * meanwhile: 409) and, when given, at `expectedVersion` (412 otherwise); increments the
   * version and records the change in the plan's history.
   */
  updatePlan(
    id: string,
    patch: PlanPatch,
    options: {
      actor: string;
      expectedState: PlanState;
      expectedVersion?: number;
    },
  ): Promise<DecommissionPlan>;
  listPlanEvents(planId: string): Promise<PlanEvent[]>;
}
