import {
  LicenceFigures,
  LicenceReading,
  LicenceUsage,
  licenceFigures,
  MartechToolEntity,
  Money,
  ToolUsageHistory,
  unusedSeatCost,
  unusedSeats,
  utilisationPct,
} from '@maas/plugin-maas-common';
import { refOf } from './platform';

/** Utilisation and the unused seats' cost of a tool's figures, where they allow them. */
export function readLicences(
  figures: Pick<LicenceFigures, 'purchased' | 'active' | 'assigned'>,
  cost: Money | undefined,
): LicenceReading {
  const { purchased, active, assigned } = figures;
  const base = {
    ...(purchased !== undefined ? { purchased } : {}),
    ...(active !== undefined ? { active } : {}),
    ...(assigned !== undefined ? { assigned } : {}),
  };
  if (purchased === undefined || active === undefined) {
    return { ...base, utilisationPct: null };
  }
  const unusedCost = unusedSeatCost(active, purchased, cost);
  return {
    ...base,
    utilisationPct: utilisationPct(active, purchased),
    unusedSeats: unusedSeats(active, purchased),
    ...(unusedCost ? { unusedCost } : {}),
  };
}

/**
 * A tool's usage over a period: each posted day against the seats purchased then (the
 * catalogue's when the day named none), and the figures read now from the latest usage.
 */
export function usageHistory(
  tool: MartechToolEntity,
  period: { from: string; to: string },
  points: LicenceUsage[],
  latest: LicenceUsage | undefined,
): ToolUsageHistory {
  const cost = tool.spec.cost;
  const current = licenceFigures(tool, latest);
  return {
    toolRef: refOf(tool),
    title: tool.metadata.title ?? tool.metadata.name,
    ...period,
    ...(cost ? { cost } : {}),
    current: { ...current, ...readLicences(current, cost) },
    points: points.map(point => {
      const figures = licenceFigures(tool, point);
      return {
        asOf: point.asOf,
        ...(point.source ? { source: point.source } : {}),
        ...readLicences(figures, cost),
        active: point.active,
      };
    }),
  };
}
