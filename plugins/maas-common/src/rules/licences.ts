import type { Money } from '../kinds/common';
import type { MartechToolEntity } from '../kinds/MartechTool';

/**
 * A tool's licence figures on one day, as a system posted them (SSO, the vendor's admin API):
 * `POST /api/maas/tools/:namespace/:name/usage`.
 *
 * @public
 */
export interface LicenceUsage {
  /** The day the figures describe (ISO date). */
  asOf: string;
  /** Seats in use. */
  active: number;
  /** Seats bought; when absent, the catalogue's `spec.licenses.purchased` still holds. */
  purchased?: number;
  /** Seats given to someone, used or not. */
  assigned?: number;
  /** The system that reported them, e.g. `okta`. */
  source?: string;
}

/**
 * The licence figures the platform reads for a tool: the latest usage posted overrides the
 * catalogue's `spec.licenses` (its `purchased` only when the usage names one).
 *
 * @public
 */
export interface LicenceFigures {
  purchased?: number;
  active?: number;
  assigned?: number;
  /** Where `active` comes from. */
  source: 'catalogue' | 'usage';
  /** The day of the usage read, when it comes from usage. */
  asOf?: string;
  /** The system that posted the usage read, if it said. */
  reportedBy?: string;
}

/** @public */
export function licenceFigures(
  tool: MartechToolEntity,
  latest?: LicenceUsage,
): LicenceFigures {
  const declared = tool.spec.licenses ?? {};
  if (!latest) {
    return {
      ...(declared.purchased !== undefined
        ? { purchased: declared.purchased }
        : {}),
      ...(declared.active !== undefined ? { active: declared.active } : {}),
      source: 'catalogue',
    };
  }
  const purchased = latest.purchased ?? declared.purchased;
  return {
    ...(purchased !== undefined ? { purchased } : {}),
    active: latest.active,
    ...(latest.assigned !== undefined ? { assigned: latest.assigned } : {}),
    source: 'usage',
    asOf: latest.asOf,
    ...(latest.source ? { reportedBy: latest.source } : {}),
  };
}

/** active / purchased × 100, one decimal; null when no seat was purchased. @public */
export function utilisationPct(
  active: number,
  purchased: number,
): number | null {
  return purchased > 0
    ? Math.round(((100 * active) / purchased) * 10) / 10
    : null;
}

/** Seats paid for and not in use: purchased − active, never below 0. @public */
export function unusedSeats(active: number, purchased: number): number {
  return Math.max(0, purchased - active);
}

/**
 * What the unused seats cost a year: (purchased − active) × cost / purchased, to the cent.
 * Undefined without a cost or purchased seats.
 *
 * @public
 */
export function unusedSeatCost(
  active: number,
  purchased: number,
  cost: Money | undefined,
): Money | undefined {
  if (!cost || purchased <= 0) return undefined;
  const amount = (unusedSeats(active, purchased) * cost.amount) / purchased;
  return { amount: Math.round(amount * 100) / 100, currency: cost.currency };
}

/**
 * More seats in use than purchased: an audit finding (`licences-over-used`), never a refusal.
 *
 * @public
 */
export function isOverUsed(figures: LicenceFigures): boolean {
  return (
    figures.active !== undefined &&
    figures.purchased !== undefined &&
    figures.active > figures.purchased
  );
}
