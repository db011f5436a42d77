import {
  CandidateReason,
  CapabilityCoverage,
  DecommissioningCandidate,
  licenceFigures,
  LicenceUsage,
  LicenceUtilisation,
  MartechToolEntity,
  SprawlReport,
  Taxonomy,
  ToolRow,
  unusedSeatCost,
  unusedSeats,
  utcDay,
  utilisationPct,
} from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { sumMoney } from './money';
import { percent } from './numbers';
import { Platform, refOf } from './platform';

export interface SprawlSettings {
  yearlyRetirementTargetPct: number;
  underusedBelowPct: number;
  lowReversibilityBelow: number;
}

const reasonWeights: Record<CandidateReason, number> = {
  eliminate: 3,
  'vendor-exit': 3,
  replaced: 2,
  redundant: 2,
  'under-used': 1,
  'low-reversibility': 1,
};

/** In use: still running and paid for. */
export function isInUse(tool: MartechToolEntity): boolean {
  return (
    tool.spec.lifecycle === 'active' || tool.spec.lifecycle === 'sunsetting'
  );
}

function row(tool: MartechToolEntity): ToolRow {
  return {
    ref: refOf(tool),
    title: tool.metadata.title ?? tool.metadata.name,
    lifecycle: tool.spec.lifecycle,
    ...(tool.spec.cost ? { cost: tool.spec.cost } : {}),
  };
}

/**
 * How many of the other tools serving a capability a candidate's reason names. The capability's
 * row in `capabilities` lists them all; naming every one in each candidate's reason made the
 * answer grow with the square of the tools (86 of some 90 MB at 100k entities, about 1,000 tools
 * per capability) for a sentence no one reads to its end.
 */
export const NAMED_OTHER_TOOLS = 3;

function namedTools(tools: MartechToolEntity[]): string {
  const names = tools
    .slice(0, NAMED_OTHER_TOOLS)
    .map(t => t.metadata.title ?? t.metadata.name);
  const more = tools.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

export interface SprawlInputs {
  platform: Platform;
  asOf: string;
  settings: SprawlSettings;
  /** Reversibility score per tool ref. */
  toolScores: Map<string, number>;
  /** Vendors whose latest recorded decision is exit. */
  exitingVendors: Set<string>;
  /** The merged taxonomy: a capability written by an alias counts under its id. */
  taxonomy: Taxonomy;
  /** The latest licence usage posted per tool ref, up to `asOf`; it overrides the catalogue's. */
  usage?: Map<string, LicenceUsage>;
}

export function computeSprawl(inputs: SprawlInputs): SprawlReport {
  const { platform, asOf, settings, toolScores, exitingVendors, taxonomy } =
    inputs;
  const inUse = platform.tools.filter(isInUse);
  const idOf = (capability: string) =>
    taxonomy.getCapability(capability)?.id ?? capability;
  const capabilitiesOf = (tool: MartechToolEntity) => [
    ...new Set(tool.spec.capabilities.map(idOf)),
  ];

  const byCapability = new Map<string, MartechToolEntity[]>();
  for (const tool of inUse) {
    for (const capability of capabilitiesOf(tool)) {
      const tools = byCapability.get(capability);
      if (tools) tools.push(tool);
      else byCapability.set(capability, [tool]);
    }
  }
  const capabilities: CapabilityCoverage[] = [...byCapability.entries()]
    .map(([capability, tools]) => {
      const known = taxonomy.getCapability(capability);
      return {
        capability,
        title: known?.title ?? capability,
        category: known?.category ?? 'unknown',
        tools: tools.map(row),
      };
    })
    .sort(
      (a, b) =>
        b.tools.length - a.tools.length ||
        a.capability.localeCompare(b.capability),
    );

  const redundancyGroups = capabilities
    .filter(c => c.tools.length > 1)
    .map(c => ({ ...c, combinedCost: sumMoney(c.tools.map(t => t.cost)) }));
  const overlapping = new Map(
    redundancyGroups.flatMap(g => g.tools).map(t => [t.ref, t]),
  );

  const licences: LicenceUtilisation[] = inUse
    .flatMap(t => {
      const figures = licenceFigures(t, inputs.usage?.get(refOf(t)));
      const { purchased, active } = figures;
      if (purchased === undefined || active === undefined) return [];
      const unusedCost = unusedSeatCost(active, purchased, t.spec.cost);
      return [
        {
          ref: refOf(t),
          title: t.metadata.title ?? t.metadata.name,
          purchased,
          active,
          ...(figures.assigned !== undefined
            ? { assigned: figures.assigned }
            : {}),
          utilisationPct: utilisationPct(active, purchased),
          source: figures.source,
          ...(figures.asOf ? { asOf: figures.asOf } : {}),
          unusedSeats: unusedSeats(active, purchased),
          ...(unusedCost ? { unusedCost } : {}),
        },
      ];
    })
    .sort((a, b) => (a.utilisationPct ?? 0) - (b.utilisationPct ?? 0));
  const licenceByRef = new Map(licences.map(l => [l.ref, l]));

  const candidates: DecommissioningCandidate[] = [];
  for (const tool of inUse) {
    const ref = refOf(tool);
    const reasons: DecommissioningCandidate['reasons'] = [];
    if (tool.spec.disposition === 'eliminate') {
      reasons.push({
        reason: 'eliminate',
        detail: 'TIME disposition is eliminate',
      });
    }
    const vendorRef = platform.vendorRefOf(tool);
    if (vendorRef && exitingVendors.has(vendorRef)) {
      reasons.push({
        reason: 'vendor-exit',
        detail: `exit decided for ${vendorRef}`,
      });
    }
    if (tool.spec.replacedBy) {
      reasons.push({
        reason: 'replaced',
        detail: `replaced by ${tool.spec.replacedBy}`,
      });
    }
    const served = capabilitiesOf(tool);
    const others = served.map(c =>
      (byCapability.get(c) ?? []).filter(t => t !== tool),
    );
    if (others.every(list => list.length > 0)) {
      const detail = served
        .map((c, i) => `${c} also served by ${namedTools(others[i])}`)
        .join('; ');
      reasons.push({ reason: 'redundant', detail });
    }
    const licence = licenceByRef.get(ref);
    if (
      licence?.utilisationPct !== null &&
      licence?.utilisationPct !== undefined &&
      licence.utilisationPct < settings.underusedBelowPct
    ) {
      reasons.push({
        reason: 'under-used',
        detail: `${licence.active} of ${licence.purchased} licences in use (${licence.utilisationPct} %)`,
      });
    }
    const score = toolScores.get(ref);
    if (score !== undefined && score < settings.lowReversibilityBelow) {
      reasons.push({
        reason: 'low-reversibility',
        detail: `reversibility ${score} / 100`,
      });
    }
    if (reasons.length > 0) {
      candidates.push({
        ...row(tool),
        weight: reasons.reduce((sum, r) => sum + reasonWeights[r.reason], 0),
        reasons,
      });
    }
  }
  candidates.sort(
    (a, b) =>
      b.weight - a.weight ||
      (b.cost?.amount ?? 0) - (a.cost?.amount ?? 0) ||
      a.ref.localeCompare(b.ref),
  );

  const end = utcDay(asOf);
  const start = end.minus({ months: 12 });
  const retiredAt = (t: MartechToolEntity) =>
    t.spec.retiredAt ? utcDay(t.spec.retiredAt) : undefined;
  const retired = platform.tools
    .filter(t => t.spec.lifecycle === 'retired')
    .filter(t => {
      const at = retiredAt(t);
      return at !== undefined && at > start && at <= end;
    });
  const inScope = platform.tools.filter(t => {
    if (t.spec.lifecycle === 'evaluation') return false;
    if (t.spec.lifecycle !== 'retired') return true;
    const at = retiredAt(t);
    return at !== undefined && at > start;
  });
  const retiredPct = percent(retired.length, inScope.length) ?? 0;
  const needed = Math.ceil(
    (settings.yearlyRetirementTargetPct * inScope.length) / 100,
  );

  return {
    asOf: end.toISODate()!,
    capabilities,
    redundancyGroups,
    overlapCost: sumMoney([...overlapping.values()].map(t => t.cost)),
    licences,
    unusedSeatCost: sumMoney(licences.map(l => l.unusedCost)),
    candidates,
    retirement: {
      windowStart: start.toISODate()!,
      windowEnd: end.toISODate()!,
      // Oldest first, whatever order the entities were read in.
      retired: retired
        .map(t => ({
          ref: refOf(t),
          title: t.metadata.title ?? t.metadata.name,
          retiredAt: (retiredAt(t) as DateTime).toISODate()!,
        }))
        .sort(
          (a, b) =>
            a.retiredAt.localeCompare(b.retiredAt) ||
            a.ref.localeCompare(b.ref),
        ),
      toolsInScope: inScope.length,
      retiredPct,
      targetPct: settings.yearlyRetirementTargetPct,
      remainingToTarget: Math.max(0, needed - retired.length),
    },
  };
}
