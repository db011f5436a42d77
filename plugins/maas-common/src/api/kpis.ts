import { Money } from '../kinds/common';

/** What a KPI counted, so a reader sees "38 of 41 entities" rather than a bare 93 %. @public */
export interface KpiInput {
  description: string;
  count: number;
  of?: number;
}

/** A platform KPI as `GET /api/maas/kpis` answers it. @public */
export interface Kpi {
  id: string;
  title: string;
  /** The shared glossary: how the number is computed, in words. */
  definition: string;
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
