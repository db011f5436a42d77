import {
  RetirementProgress,
  VendorReversibility,
} from '@maas/plugin-maas-common';
import { percent, round1 } from '../numbers';
import { Platform } from '../platform';
import { noData } from './noData';
import { Kpi } from './types';

/** Vendor dependency: reversibility weighted by what depends on each vendor. */
export function vendorDependencyKpi(vendors: VendorReversibility[]): Kpi {
  const weight = (v: VendorReversibility) => 1 + v.dependents.length;
  const total = vendors.reduce((s, v) => s + weight(v), 0);
  const kpi = {
    id: 'vendor-dependency',
    title: 'Vendor dependency (reversibility index)',
    definition:
      "Vendors' reversibility scores averaged with weights 1 + the number of entities depending on each vendor's tools: a locked-in vendor many things depend on pulls the index down.",
    unit: 'score (0-100)',
    inputs: [
      { description: 'vendors scored', count: vendors.length },
      {
        description: 'dependencies counted',
        count: vendors.reduce((s, v) => s + v.dependents.length, 0),
      },
    ],
  };
  return total > 0 && vendors.length > 0
    ? {
        ...kpi,
        value: round1(
          vendors.reduce((s, v) => s + v.score * weight(v), 0) / total,
        ),
      }
    : noData(kpi, 'no vendor in the catalogue');
}

/** Tools decommissioned over 12 months against the yearly target. */
export function decommissionedKpi(retirement: RetirementProgress): Kpi {
  const kpi = {
    id: 'tools-decommissioned',
    title: 'Tools decommissioned',
    definition: `Tools retired between ${retirement.windowStart} and ${retirement.windowEnd} against the tools in the stack in that time; the target is ${retirement.targetPct} % a year.`,
    unit: '%',
    target: retirement.targetPct,
    inputs: [
      {
        description: 'tools retired in 12 months',
        count: retirement.retired.length,
        of: retirement.toolsInScope,
      },
    ],
  };
  return retirement.toolsInScope > 0
    ? { ...kpi, value: retirement.retiredPct }
    : noData(kpi, 'no tool in the stack');
}

/** Entities with both owners and an SLA. */
export function coverageKpi(platform: Platform): Kpi {
  const entities = [
    ...platform.vendors,
    ...platform.tools.filter(t => t.spec.lifecycle !== 'retired'),
    ...platform.dataProducts,
    ...platform.audiences,
  ];
  const covered = entities.filter(e => {
    const spec = e.spec as Record<string, any>;
    return (
      spec.owner &&
      spec.technicalOwner &&
      spec.sla &&
      Object.keys(spec.sla).length > 0
    );
  });
  const kpi = {
    id: 'ownership-sla-coverage',
    title: 'Ownership and SLA coverage',
    definition:
      'Share of vendors, tools in use, data products and audiences with a marketing owner, an IT owner and an SLA.',
    unit: '%',
    inputs: [
      {
        description: 'entities with both owners and an SLA',
        count: covered.length,
        of: entities.length,
      },
    ],
  };
  return entities.length
    ? { ...kpi, value: percent(covered.length, entities.length) }
    : noData(kpi, 'no MaaS entity in the catalogue');
}
