import { Money } from '../kinds/common';
import { GlossaryTermStatus } from '../kinds/GlossaryTerm';

/** What a KPI counted, so a reader sees "38 of 41 entities" rather than a bare 93 %. @public */
export interface KpiInput {
  description: string;
  count: number;
  of?: number;
}

/** The glossary term a KPI computes; its title, status and definition when the catalogue holds it. @public */
export interface KpiTerm {
  ref: string;
  title?: string;
  status?: GlossaryTermStatus;
  definition?: string;
}

/** A platform KPI as `GET /api/maas/kpis` answers it. @public */
export interface Kpi {
  id: string;
  title: string;
  /** How the number is computed, in words. */
  definition: string;
  /** The shared glossary's term for what it computes (maas-common's `builtInKpiTerms`). */
  term?: KpiTerm;
  unit: string;
  /** Null when the platform holds no data for it (see `noData`). */
  value: number | null;
  noData?: string;
  inputs: KpiInput[];
  breakdown?: Array<{
    key: string;
    label: string;
    value: number | null;
    inputs?: KpiInput[];
  }>;
  target?: number;
  /** A reference value from outside the platform to read the value against, e.g. 3 for LTV:CAC. */
  benchmark?: { value: number; description: string };
}

/** What a daily snapshot keeps: the figures the trends are drawn from. @public */
export interface SnapshotData {
  vendorScores?: Record<string, number>;
  sprawl?: {
    toolsInUse: number;
    redundancyGroups: number;
    overlapCost: Money[];
    candidates: number;
    retiredPct: number;
  };
  audit?: { high: number; medium: number; low: number };
  kpis?: Record<string, number | null>;
}

/** One day of history, as `GET /api/maas/history` answers it. @public */
export interface Snapshot {
  /** The day it describes (ISO date, UTC). */
  period: string;
  takenAt: string;
  data: SnapshotData;
}
