import { PlanState } from '../domain/planStateMachine';

export const vendorDecisions = ['renew', 'renegotiate', 'exit'] as const;
export type VendorDecisionKind = (typeof vendorDecisions)[number];

export interface VendorDecision {
  id: number;
  vendorRef: string;
  decision: VendorDecisionKind;
  note?: string;
  decidedBy: string;
  /** ISO timestamp. */
  decidedAt: string;
  /** The contract's term end the decision was made for (ISO date). */
  termEnd?: string;
}

export interface PlanStep {
  title: string;
  /** Entity ref of who does it. */
  owner?: string;
  done: boolean;
}

export interface DecommissionPlan {
  id: string;
  toolRef: string;
  successorRef?: string;
  targetDate: string;
  state: PlanState;
  steps: PlanStep[];
  note?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

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

  /** Refuses (409) a second open plan for the same tool. */
  createPlan(plan: NewPlan, actor: string): Promise<DecommissionPlan>;
  getPlan(id: string): Promise<DecommissionPlan | undefined>;
  listPlans(filter?: { toolRef?: string }): Promise<DecommissionPlan[]>;
  /**
   * Applies a patch if the plan is still in `expectedState` (another replica may have moved it
   * meanwhile: 409), and records the change in the plan's history.
   */
  updatePlan(
    id: string,
    patch: PlanPatch,
    options: { actor: string; expectedState: PlanState },
  ): Promise<DecommissionPlan>;
  listPlanEvents(planId: string): Promise<PlanEvent[]>;
}
