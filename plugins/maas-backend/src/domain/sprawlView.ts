import {
  DecommissionPlan,
  isOpenPlanState,
  SprawlReport,
  SprawlView,
} from '@maas/plugin-maas-common';

/** The sprawl report with each candidate's open plan, and the plans open and done in its window. */
export function sprawlView(
  report: SprawlReport,
  plans: DecommissionPlan[],
): SprawlView {
  const open = plans.filter(p => isOpenPlanState(p.state));
  const openByTool = new Map(open.map(p => [p.toolRef, p]));
  const { windowStart, windowEnd } = report.retirement;
  return {
    ...report,
    candidates: report.candidates.map(c => {
      const plan = openByTool.get(c.ref);
      return { ...c, plan: plan ? { id: plan.id, state: plan.state } : null };
    }),
    plans: {
      open: open.length,
      doneInWindow: plans.filter(
        p =>
          p.state === 'done' &&
          p.completedAt &&
          p.completedAt.slice(0, 10) > windowStart &&
          p.completedAt.slice(0, 10) <= windowEnd,
      ).length,
    },
  };
}
