import { Money } from '@maas/plugin-maas-common';

// What the frontend reads of maas-backend's answers (plugins/maas-backend/README.md).

export interface KpiInput {
  description: string;
  count: number;
  of?: number;
}

export interface Kpi {
  id: string;
  title: string;
  definition: string;
  unit: string;
  value: number | null;
  noData?: string;
  inputs: KpiInput[];
  breakdown?: Array<{ key: string; label: string; value: number | null }>;
  target?: number;
}

export interface Snapshot {
  period: string;
  takenAt: string;
  data: {
    vendorScores?: Record<string, number>;
    audit?: { high: number; medium: number; low: number };
    kpis?: Record<string, number | null>;
  };
}

export interface CriterionScore {
  criterion: string;
  weight: number;
  value: number | null;
  points: number;
  maxPoints: number;
  detail: string;
  source?: string;
}

export interface DataActCheck {
  ruleId: string;
  title: string;
  article: string;
  status: 'pass' | 'fail' | 'unknown' | 'not-applicable';
  requirement?: string;
  detail: string;
  failsOn?: { date: string; requirement: string; detail: string };
}

export interface VendorDecision {
  id: number;
  vendorRef: string;
  decision: 'renew' | 'renegotiate' | 'exit';
  note?: string;
  decidedBy: string;
  decidedAt: string;
  termEnd?: string;
}

export interface VendorView {
  ref: string;
  title: string;
  score: number;
  criteria: CriterionScore[];
  dependents: string[];
  tools: Array<{
    ref: string;
    title: string;
    lifecycle: string;
    score: number;
  }>;
  dataAct: {
    asOf: { date: string; checks: DataActCheck[] };
    on?: { date: string; checks: DataActCheck[] };
  };
  deadline: {
    termEnd: string;
    noticeDays: number;
    deadline: string;
    daysLeft: number;
    renewal?: string;
  } | null;
  latestDecision: VendorDecision | null;
  decidedForCurrentTerm: boolean;
  decisions?: VendorDecision[];
}

export interface ToolScore {
  ref: string;
  title: string;
  lifecycle: string;
  score: number;
  criteria: CriterionScore[];
  dependents: string[];
}

export interface ToolRow {
  ref: string;
  title: string;
  lifecycle: string;
  cost?: Money;
}

export interface SprawlReport {
  asOf: string;
  capabilities: Array<{
    capability: string;
    title: string;
    category: string;
    tools: ToolRow[];
  }>;
  redundancyGroups: Array<{
    capability: string;
    title: string;
    category: string;
    tools: ToolRow[];
    combinedCost: Money[];
  }>;
  overlapCost: Money[];
  licences: Array<{
    ref: string;
    title: string;
    purchased: number;
    active: number;
    utilisationPct: number | null;
  }>;
  candidates: Array<
    ToolRow & {
      weight: number;
      reasons: Array<{ reason: string; detail: string }>;
      plan: { id: string; state: string } | null;
    }
  >;
  retirement: {
    windowStart: string;
    windowEnd: string;
    retired: Array<{ ref: string; title: string; retiredAt: string }>;
    toolsInScope: number;
    retiredPct: number;
    targetPct: number;
    remainingToTarget: number;
  };
  plans: { open: number; doneInWindow: number };
}

export interface Finding {
  rule: string;
  severity: 'high' | 'medium' | 'low';
  entityRef: string;
  kind: string;
  title: string;
  owner?: string;
  technicalOwner?: string;
  mustAct: 'marketing' | 'it' | 'both';
  message: string;
}

export interface OwnershipMatrix {
  kinds: string[];
  rows: Array<{
    group: string;
    title?: string;
    known: boolean;
    cells: Record<string, { marketing: number; it: number; coOwned: number }>;
  }>;
}

export interface PlanStep {
  title: string;
  owner?: string;
  done: boolean;
}

export type PlanState = 'planned' | 'in-progress' | 'done' | 'cancelled';

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

export interface DataProductCompliance {
  ref: string;
  title: string;
  status: 'meeting' | 'breaching' | 'no-data' | 'no-sla';
  measurements: number;
  freshness: { target: number | null; metPct: number | null };
  completeness: { target: number | null; metPct: number | null };
  currentFreshnessHours: number | null;
  incidentsPerMillionEvents: number | null;
}

export interface Compliance {
  window: { from: string; to: string; days: number };
  dataProducts: DataProductCompliance[];
  audiences: Array<{
    ref: string;
    title: string;
    status: string;
    freshnessTargetHours: number | null;
    currentFreshnessHours: number | null;
  }>;
}
