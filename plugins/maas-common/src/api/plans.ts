/** A decommissioning plan's states: planned → in-progress → done, or cancelled. @public */
export const planStates = [
  'planned',
  'in-progress',
  'done',
  'cancelled',
] as const;

/** @public */
export type PlanState = (typeof planStates)[number];

/** The states of a plan still under way: its tool is being decommissioned. @public */
export const openPlanStates: readonly PlanState[] = ['planned', 'in-progress'];

/** Whether a plan in this state is still under way (not done, not cancelled). @public */
export function isOpenPlanState(state: PlanState): boolean {
  return openPlanStates.includes(state);
}

/**
 * The moves a plan may make from each state; maas-backend refuses any other with a 409, and
 * the frontend offers only these. done and cancelled are final.
 * @public
 */
export const planTransitions: Record<PlanState, readonly PlanState[]> = {
  planned: ['in-progress', 'cancelled'],
  'in-progress': ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/** @public */
export interface PlanStep {
  title: string;
  /** Entity ref of who does it. */
  owner?: string;
  done: boolean;
}

/** A tool's decommissioning plan. @public */
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
  /**
   * Incremented by every change. A change must name the version it was made against
   * (`If-Match: "<version>"`, also the plan's `ETag`), so that two edits never overwrite
   * each other silently: the second gets a 412.
   */
  version: number;
}
