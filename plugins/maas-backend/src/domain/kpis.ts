import { stringifyEntityRef } from '@backstage/catalog-model';
import { CampaignRecord } from '@maas/plugin-maas-common';
import { MeasurementAggregate } from '../database/MeasurementStore';
import { Platform, refOf } from './platform';
import { VendorReversibility } from './reversibility';
import { RetirementProgress } from './sprawl';

/** What a KPI counted, so a reader sees "38 of 41 entities" rather than a bare 93 %. */
export interface KpiInput {
  description: string;
  count: number;
  of?: number;
}

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

export interface KpiInputs {
  platform: Platform;
  /** Measurement aggregates of the window, by data product ref. */
  aggregates: Map<string, MeasurementAggregate>;
  windowDays: number;
  vendors: VendorReversibility[];
  retirement: RetirementProgress;
  /** Registration time per data product (annotation or first seen). */
  registeredAt: Map<string, string>;
  /** First measurement meeting every SLA term, per data product. */
  firstMeetingSla: Map<string, string>;
  /** Campaigns recorded by launches, with when they went live. */
  campaignRecords?: CampaignRecord[];
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function pct(part: number, whole: number): number | null {
  return whole > 0 ? round1((100 * part) / whole) : null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function noData(kpi: Omit<Kpi, 'value'>, reason: string): Kpi {
  return { ...kpi, value: null, noData: reason };
}

function qualityKpis(inputs: KpiInputs): Kpi[] {
  const { platform, aggregates, windowDays } = inputs;
  const measured = platform.dataProducts
    .map(p => aggregates.get(refOf(p)))
    .filter((a): a is MeasurementAggregate => a !== undefined);
  const window = `in the last ${windowDays} days`;
  const term = (
    id: string,
    title: string,
    what: string,
    assessed: (a: MeasurementAggregate) => number,
    met: (a: MeasurementAggregate) => number,
    hasSla: (p: (typeof platform.dataProducts)[number]) => boolean,
  ): Kpi => {
    const withSla = platform.dataProducts.filter(hasSla);
    const judged = measured.filter(a => assessed(a) > 0);
    const total = judged.reduce((s, a) => s + assessed(a), 0);
    const ok = judged.reduce((s, a) => s + met(a), 0);
    const kpi = {
      id,
      title,
      definition: `Share of data-product measurements ${window} that met the ${what} SLA in force when they arrived.`,
      unit: '%',
      inputs: [
        { description: 'measurements judged against the SLA', count: total },
        {
          description: `data products with a ${what} SLA measured ${window}`,
          count: judged.length,
          of: withSla.length,
        },
      ],
    };
    return total > 0
      ? { ...kpi, value: pct(ok, total) }
      : noData(
          kpi,
          `no measurement ${window} was judged against a ${what} SLA`,
        );
  };
  const events = measured.reduce((s, a) => s + a.events, 0);
  const incidents = measured.reduce((s, a) => s + a.incidents, 0);
  const incidentsKpi = {
    id: 'incidents-per-million-events',
    title: 'Quality incidents per million events',
    definition: `Quality incidents reported with the measurements ${window}, per million events processed.`,
    unit: 'per million events',
    inputs: [
      { description: 'incidents', count: incidents },
      { description: 'events', count: events },
      {
        description: 'data products measured',
        count: measured.length,
        of: platform.dataProducts.length,
      },
    ],
  };
  return [
    term(
      'data-completeness',
      'Data completeness',
      'completeness',
      a => a.completenessAssessed,
      a => a.completenessMet,
      p => p.spec.sla?.completenessPct !== undefined,
    ),
    term(
      'data-freshness',
      'Data freshness',
      'freshness',
      a => a.freshnessAssessed,
      a => a.freshnessMet,
      p => p.spec.sla?.freshnessHours !== undefined,
    ),
    events > 0
      ? { ...incidentsKpi, value: round1((incidents * 1_000_000) / events) }
      : noData(incidentsKpi, `no events measured ${window}`),
  ];
}

function consentKpi(platform: Platform): Kpi {
  const carried = new Map(
    platform.dataProducts.map(p => [refOf(p), p.spec.consent?.purposes ?? []]),
  );
  const audiences = platform.audiences.map(a => {
    const required = a.spec.consent?.requiredPurposes ?? [];
    const sources = platform
      .references(a)
      .filter(r => r.field.field === 'sourceDataProducts');
    const covered = sources.every(s => {
      const purposes = carried.get(stringifyEntityRef(s.target));
      return (
        purposes !== undefined && required.every(p => purposes.includes(p))
      );
    });
    const destinations = platform
      .references(a)
      .filter(r => r.field.field === 'destinations')
      .map(r => stringifyEntityRef(r.target));
    return { size: a.spec.estimatedSize ?? 0, covered, destinations };
  });
  const rate = (list: typeof audiences) => {
    const total = list.reduce((s, a) => s + a.size, 0);
    return pct(
      list.filter(a => a.covered).reduce((s, a) => s + a.size, 0),
      total,
    );
  };
  const channels = [...new Set(audiences.flatMap(a => a.destinations))].sort();
  const kpi = {
    id: 'exploitable-consent-rate',
    title: 'Exploitable consent rate',
    definition:
      "Share of audience members, weighted by each audience's estimated size, in audiences whose every required TCF purpose is carried by every source data product; per destination tool and overall.",
    unit: '%',
    inputs: [
      {
        description: 'audiences fully covered by their sources',
        count: audiences.filter(a => a.covered).length,
        of: audiences.length,
      },
      {
        description: 'audiences without an estimated size (weight 0)',
        count: platform.audiences.filter(
          a => a.spec.estimatedSize === undefined,
        ).length,
      },
    ],
    breakdown: channels.map(channel => {
      const here = audiences.filter(a => a.destinations.includes(channel));
      const tool = platform.byRef.get(channel);
      return {
        key: channel,
        label: tool?.metadata.title ?? channel,
        value: rate(here),
        inputs: [
          {
            description: 'audiences fully covered',
            count: here.filter(a => a.covered).length,
            of: here.length,
          },
        ],
      };
    }),
  };
  const value = rate(audiences);
  return value === null
    ? noData(kpi, 'no audience has an estimated size')
    : { ...kpi, value };
}

function deliveryKpi(inputs: KpiInputs): Kpi {
  const days: number[] = [];
  for (const product of inputs.platform.dataProducts) {
    const ref = refOf(product);
    const registered = inputs.registeredAt.get(ref);
    const delivered = inputs.firstMeetingSla.get(ref);
    // Data measured before the product was registered says nothing about delivery.
    const elapsed =
      registered && delivered
        ? (new Date(delivered).getTime() - new Date(registered).getTime()) /
          86_400_000
        : Number.NaN;
    if (elapsed >= 0) days.push(elapsed);
  }
  const kpi = {
    id: 'time-to-deliver-data-product',
    title: 'Time to deliver a data product',
    definition:
      "Median days from a data product's registration (its maas.dev/registered-at annotation, or when the platform first saw it) to its first measurement meeting every SLA term.",
    unit: 'days',
    inputs: [
      {
        description: 'data products delivered (a measurement met their SLA)',
        count: days.length,
        of: inputs.platform.dataProducts.length,
      },
    ],
  };
  const value = median(days);
  return value === null
    ? noData(kpi, 'no data product has yet had a measurement meeting its SLA')
    : { ...kpi, value: round1(value) };
}

function timeToMarketKpi(records: CampaignRecord[]): Kpi {
  const days = records
    .filter(r => r.liveAt)
    .map(
      r =>
        (new Date(r.liveAt!).getTime() - new Date(r.createdAt).getTime()) /
        86_400_000,
    );
  const kpi = {
    id: 'time-to-market-journey',
    title: 'Time-to-market of a new journey',
    definition:
      "Median days from a campaign's launch from a template to its going live.",
    unit: 'days',
    inputs: [
      {
        description: 'launched campaigns that went live',
        count: days.length,
        of: records.length,
      },
    ],
  };
  const value = median(days);
  return value === null
    ? noData(
        kpi,
        records.length
          ? 'no launched campaign has gone live yet'
          : 'no campaign launch has been recorded yet',
      )
    : { ...kpi, value: round1(value) };
}

function campaignKpis(platform: Platform, records: CampaignRecord[]): Kpi[] {
  const campaigns = platform.campaigns;
  const none = 'no campaign has been launched yet';
  const incremental = campaigns.filter(
    c =>
      (c.spec.experiment?.holdoutPct ?? 0) > 0 ||
      (c.spec.experiment?.variants?.length ?? 0) > 1,
  );
  const shareKpi = {
    id: 'incremental-measurement-share',
    title: 'Campaigns with incremental measurement',
    definition:
      'Share of campaigns with a holdout group or an A/B split, so their effect can be measured.',
    unit: '%',
    inputs: [
      {
        description: 'campaigns with a holdout or variants',
        count: incremental.length,
        of: campaigns.length,
      },
    ],
  };
  const teams = [...platform.byRef.values()].filter(
    e => e.kind === 'Group' && (e.spec as any)?.type === 'team',
  );
  const launching = new Set(campaigns.map(c => c.spec.owner));
  const byTemplate = new Map<string, number>();
  for (const c of campaigns)
    byTemplate.set(c.spec.template, (byTemplate.get(c.spec.template) ?? 0) + 1);
  const adoptionKpi = {
    id: 'catalogue-adoption',
    title: 'Catalogue adoption',
    definition:
      'Share of teams that launched at least one campaign from a template; campaigns per template.',
    unit: '%',
    inputs: [
      {
        description: 'teams launching',
        count: launching.size,
        of: teams.length,
      },
      { description: 'campaigns launched', count: campaigns.length },
    ],
    breakdown: [...byTemplate.entries()].map(([template, count]) => ({
      key: template,
      label: template,
      value: count,
    })),
  };
  return [
    campaigns.length
      ? { ...shareKpi, value: pct(incremental.length, campaigns.length) }
      : noData(shareKpi, none),
    campaigns.length && teams.length
      ? { ...adoptionKpi, value: pct(launching.size, teams.length) }
      : noData(adoptionKpi, none),
    timeToMarketKpi(records),
    noData(
      {
        id: 'cac-ltv-per-segment',
        title: 'CAC and LTV per segment',
        definition:
          'Acquisition cost (spend / customers acquired) and lifetime value per audience, from campaign results.',
        unit: 'EUR',
        inputs: [{ description: 'campaign results received', count: 0 }],
      },
      'the platform receives no campaign results (spend, customers acquired, revenue) yet',
    ),
  ];
}

function vendorDependencyKpi(vendors: VendorReversibility[]): Kpi {
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

function decommissionedKpi(retirement: RetirementProgress): Kpi {
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

function coverageKpi(platform: Platform): Kpi {
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
    ? { ...kpi, value: pct(covered.length, entities.length) }
    : noData(kpi, 'no MaaS entity in the catalogue');
}

/** Every KPI of the design's table that the platform can compute, each with its glossary entry. */
export function computeKpis(inputs: KpiInputs): Kpi[] {
  return [
    ...qualityKpis(inputs),
    consentKpi(inputs.platform),
    deliveryKpi(inputs),
    ...campaignKpis(inputs.platform, inputs.campaignRecords ?? []),
    vendorDependencyKpi(inputs.vendors),
    decommissionedKpi(inputs.retirement),
    coverageKpi(inputs.platform),
  ];
}
