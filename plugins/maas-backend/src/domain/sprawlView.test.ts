import {
  DecommissionPlan,
  DecommissioningCandidate,
  SprawlReport,
} from '@maas/plugin-maas-common';
import { sprawlView } from './sprawlView';

const candidate = (name: string): DecommissioningCandidate => ({
  ref: `martechtool:default/${name}`,
  title: name,
  lifecycle: 'active',
  weight: 1,
  reasons: [{ reason: 'under-used', detail: 'x' }],
});

const report = {
  asOf: '2026-11-22',
  capabilities: [],
  redundancyGroups: [],
  overlapCost: [],
  licences: [],
  unusedSeatCost: [],
  candidates: [candidate('hotjar'), candidate('mailchimp')],
  retirement: {
    windowStart: '2025-11-22',
    windowEnd: '2026-11-22',
    retired: [],
    toolsInScope: 10,
    retiredPct: 0,
    targetPct: 20,
    remainingToTarget: 2,
  },
} as SprawlReport;

const plan = (
  id: string,
  tool: string,
  state: DecommissionPlan['state'],
  completedAt?: string,
): DecommissionPlan => ({
  id,
  toolRef: `martechtool:default/${tool}`,
  targetDate: '2027-03-31',
  state,
  steps: [],
  createdBy: 'user:default/a',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...(completedAt ? { completedAt } : {}),
  version: 1,
});

describe('sprawlView', () => {
  it("shows each candidate's open plan, and counts the plans open and done in the window", () => {
    const view = sprawlView(report, [
      plan('p1', 'hotjar', 'cancelled', '2026-01-01T00:00:00.000Z'),
      plan('p2', 'hotjar', 'in-progress'),
      plan('p3', 'braze', 'planned'),
      plan('p4', 'old-esp', 'done', '2026-03-01T10:00:00.000Z'),
      plan('p5', 'older-esp', 'done', '2025-11-22T10:00:00.000Z'),
    ]);
    expect(view.candidates.map(c => [c.ref, c.plan])).toEqual([
      ['martechtool:default/hotjar', { id: 'p2', state: 'in-progress' }],
      ['martechtool:default/mailchimp', null],
    ]);
    // The window starts after its first day: a plan done on 2025-11-22 is outside it.
    expect(view.plans).toEqual({ open: 2, doneInWindow: 1 });
  });
});
