import { Money } from '../kinds/common';
import { LicenceFigures, LicenceUsage } from '../rules/licences';

/** Licence figures with what they mean: utilisation and the cost of the unused seats. @public */
export interface LicenceReading {
  purchased?: number;
  active?: number;
  assigned?: number;
  /** active / purchased × 100, one decimal; null without both. */
  utilisationPct: number | null;
  /** purchased − active, never below 0; absent without both. */
  unusedSeats?: number;
  /** (purchased − active) × cost / purchased, a year; absent without a cost. */
  unusedCost?: Money;
}

/** One posted day, read against the seats purchased then (the catalogue's when it named none). @public */
export type UsagePoint = LicenceReading & {
  asOf: string;
  active: number;
  source?: string;
};

/**
 * `GET /api/maas/tools/:namespace/:name/usage?from=&to=`: a tool's licence usage over time, and
 * what the platform reads now.
 * @public
 */
export interface ToolUsageHistory {
  toolRef: string;
  title: string;
  from: string;
  to: string;
  cost?: Money;
  /** The figures sprawl and the audit use today: the latest usage, else the catalogue's. */
  current: LicenceReading & Omit<LicenceFigures, keyof LicenceReading>;
  /** Oldest first. */
  points: UsagePoint[];
}

/**
 * The answer to `POST /api/maas/tools/:namespace/:name/usage`: 201 for a new day, 200 for a
 * correction (`replaced`) or the same figures again (`duplicate`).
 * @public
 */
export interface UsageRecorded {
  toolRef: string;
  usage: LicenceUsage;
  result: 'inserted' | 'replaced' | 'duplicate';
}
