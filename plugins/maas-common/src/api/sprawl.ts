import { Money } from '../kinds/common';
import { PlanState } from './plans';

/** A tool as the sprawl report lists it. @public */
export interface ToolRow {
  ref: string;
  title: string;
  lifecycle: string;
  cost?: Money;
}

/** The active tools serving one capability. @public */
export interface CapabilityCoverage {
  capability: string;
  title: string;
  category: string;
  tools: ToolRow[];
}

/** Several active tools serving the same capability, with what they cost together. @public */
export interface RedundancyGroup extends CapabilityCoverage {
  combinedCost: Money[];
}

/** @public */
export interface LicenceUtilisation {
  ref: string;
  title: string;
  purchased: number;
  active: number;
  /** Seats given to someone, when a system reported it. */
  assigned?: number;
  /** active / purchased × 100, one decimal; null when none were purchased. */
  utilisationPct: number | null;
  /** `usage`: the latest figures a system posted override the catalogue's. */
  source: 'catalogue' | 'usage';
  /** The day of the usage figures, when they come from usage. */
  asOf?: string;
  /** purchased − active, never below 0. */
  unusedSeats: number;
  /** What the unused seats cost a year: (purchased − active) × cost / purchased. */
  unusedCost?: Money;
}

/** Why a tool is a decommissioning candidate. @public */
export type CandidateReason =
  | 'eliminate'
  | 'vendor-exit'
  | 'replaced'
  | 'redundant'
  | 'under-used'
  | 'low-reversibility';

/** @public */
export interface DecommissioningCandidate extends ToolRow {
  /** Rank key: the sum of the reasons' weights. */
  weight: number;
  reasons: Array<{ reason: CandidateReason; detail: string }>;
}

/** Tools retired over the last 12 months against the yearly target. @public */
export interface RetirementProgress {
  windowStart: string;
  windowEnd: string;
  /** Tools retired in the window. */
  retired: Array<{ ref: string; title: string; retiredAt: string }>;
  /** Tools in the stack at any time in the window (evaluations left out). */
  toolsInScope: number;
  retiredPct: number;
  targetPct: number;
  /** Retirements still needed to meet the target in this window. */
  remainingToTarget: number;
}

/** Tool sprawl as computed from the catalogue and the vendor decisions. @public */
export interface SprawlReport {
  asOf: string;
  capabilities: CapabilityCoverage[];
  redundancyGroups: RedundancyGroup[];
  /** Yearly cost of the tools that appear in a redundancy group, each counted once. */
  overlapCost: Money[];
  licences: LicenceUtilisation[];
  /** Yearly cost of the unused seats of the tools in use, per currency. */
  unusedSeatCost: Money[];
  candidates: DecommissioningCandidate[];
  retirement: RetirementProgress;
}

/**
 * `GET /api/maas/sprawl`: the report, with each candidate's open plan and the plans' totals.
 * @public
 */
export interface SprawlView extends Omit<SprawlReport, 'candidates'> {
  candidates: Array<
    DecommissioningCandidate & { plan: { id: string; state: PlanState } | null }
  >;
  plans: { open: number; doneInWindow: number };
}
