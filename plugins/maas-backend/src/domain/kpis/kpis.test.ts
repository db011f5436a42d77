import { Entity } from '@backstage/catalog-model';
import { RetirementProgress } from '@maas/plugin-maas-common';
import { MeasurementAggregate } from '../measurement';
import { computeKpis, Kpi } from '.';
import { buildPlatform } from '../platform';

const retirement: RetirementProgress = {
  windowStart: '2025-11-22',
  windowEnd: '2026-11-22',
  retired: [],
  toolsInScope: 0,
  retiredPct: 0,
  targetPct: 20,
  remainingToTarget: 0,
};

function kpis(
  entities: Entity[],
  aggregates = new Map<string, MeasurementAggregate>(),
  extra = {},
) {
  const result = computeKpis({
    platform: buildPlatform(entities),
    aggregates,
    windowDays: 30,
    vendors: [],
    retirement,
    registeredAt: new Map(),
    firstMeetingSla: new Map(),
    ...extra,
  });
  return Object.fromEntries(result.map(k => [k.id, k])) as Record<string, Kpi>;
}

const maas = (kind: string, name: string, spec: object): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind,
  metadata: { name },
  spec: spec as any,
});

describe('computeKpis', () => {
  it('answers "no data" on an empty catalogue, never a made-up value', () => {
    const all = kpis([]);
    expect(Object.keys(all)).toEqual([
      'data-completeness',
      'data-freshness',
      'incidents-per-million-events',
      'exploitable-consent-rate',
      'time-to-deliver-data-product',
      'incremental-measurement-share',
      'catalogue-adoption',
      'time-to-market-journey',
      'cac-ltv-per-segment',
      'vendor-dependency',
      'tools-decommissioned',
      'ownership-sla-coverage',
    ]);
    for (const kpi of Object.values(all)) {
      expect(kpi.value).toBeNull();
      expect(kpi.noData).toEqual(expect.any(String));
      expect(kpi.definition.length).toBeGreaterThan(20);
    }
    expect(all['cac-ltv-per-segment'].noData).toContain('campaign results');
  });

  it('weights the exploitable consent rate by audience size, per channel', () => {
    const entities = [
      maas('DataProduct', 'full', {
        owner: 'g',
        consent: { purposes: [1, 3, 4] },
      }),
      maas('DataProduct', 'thin', { owner: 'g', consent: { purposes: [1] } }),
      maas('Audience', 'a', {
        owner: 'g',
        definition: 'x',
        sourceDataProducts: ['full'],
        consent: { requiredPurposes: [1, 3] },
        estimatedSize: 300,
        destinations: ['email', 'ads'],
      }),
      maas('Audience', 'b', {
        owner: 'g',
        definition: 'x',
        sourceDataProducts: ['full', 'thin'],
        consent: { requiredPurposes: [3] },
        estimatedSize: 100,
        destinations: ['ads'],
      }),
    ];
    const kpi = kpis(entities)['exploitable-consent-rate'];
    expect(kpi.value).toBe(75);
    expect(kpi.inputs[0]).toEqual({
      description: 'audiences fully covered by their sources',
      count: 1,
      of: 2,
    });
    expect(kpi.breakdown?.map(b => [b.key, b.value])).toEqual([
      ['martechtool:default/ads', 75],
      ['martechtool:default/email', 100],
    ]);
  });

  it('adds measurements across data products and counts what it used', () => {
    const entities = [
      maas('DataProduct', 'p1', {
        owner: 'g',
        sla: { completenessPct: 98, freshnessHours: 24 },
      }),
      maas('DataProduct', 'p2', { owner: 'g', sla: { completenessPct: 98 } }),
      maas('DataProduct', 'p3', { owner: 'g' }),
    ];
    const agg = (
      ref: string,
      over: Partial<MeasurementAggregate>,
    ): [string, MeasurementAggregate] => [
      ref,
      {
        dataProductRef: ref,
        count: 10,
        freshnessAssessed: 0,
        freshnessMet: 0,
        completenessAssessed: 10,
        completenessMet: 10,
        events: 1_000_000,
        incidents: 1,
        latestAt: '2026-11-22T00:00:00Z',
        latestFreshnessHours: 1,
        ...over,
      },
    ];
    const all = kpis(
      entities,
      new Map([
        agg('dataproduct:default/p1', {
          freshnessAssessed: 10,
          freshnessMet: 9,
          completenessMet: 8,
        }),
        agg('dataproduct:default/p2', { completenessMet: 10, incidents: 2 }),
      ]),
    );
    expect(all['data-completeness'].value).toBe(90);
    expect(all['data-completeness'].inputs).toEqual([
      { description: 'measurements judged against the SLA', count: 20 },
      {
        description:
          'data products with a completeness SLA measured in the last 30 days',
        count: 2,
        of: 2,
      },
    ]);
    expect(all['data-freshness'].value).toBe(90);
    expect(all['incidents-per-million-events'].value).toBe(1.5);
  });

  it('reads the median time to deliver from registration to the first SLA-meeting measurement', () => {
    const entities = ['a', 'b', 'c'].map(n =>
      maas('DataProduct', n, { owner: 'g' }),
    );
    const kpi = kpis(entities, undefined, {
      registeredAt: new Map([
        ['dataproduct:default/a', '2026-10-01T00:00:00Z'],
        ['dataproduct:default/b', '2026-10-01T00:00:00Z'],
        ['dataproduct:default/c', '2026-10-01T00:00:00Z'],
      ]),
      firstMeetingSla: new Map([
        ['dataproduct:default/a', '2026-10-11T00:00:00Z'],
        ['dataproduct:default/b', '2026-10-31T00:00:00Z'],
      ]),
    })['time-to-deliver-data-product'];
    expect(kpi.value).toBe(20);
    expect(kpi.inputs[0]).toMatchObject({ count: 2, of: 3 });
  });

  it('leaves out data products measured before they were registered', () => {
    const kpi = kpis([maas('DataProduct', 'old', { owner: 'g' })], undefined, {
      registeredAt: new Map([
        ['dataproduct:default/old', '2026-11-01T00:00:00Z'],
      ]),
      firstMeetingSla: new Map([
        ['dataproduct:default/old', '2026-08-01T00:00:00Z'],
      ]),
    })['time-to-deliver-data-product'];
    expect(kpi.value).toBeNull();
  });

  it('counts ownership and SLA coverage as "n of m entities"', () => {
    const kpi = kpis([
      maas('Vendor', 'v', {
        owner: 'g',
        technicalOwner: 'it',
        sla: { support: '24x7' },
      }),
      maas('Vendor', 'w', { owner: 'g' }),
      maas('DataProduct', 'p', {
        owner: 'g',
        technicalOwner: 'it',
        sla: { freshnessHours: 1 },
      }),
    ])['ownership-sla-coverage'];
    expect(kpi.value).toBe(66.7);
    expect(kpi.inputs[0]).toEqual({
      description: 'entities with both owners and an SLA',
      count: 2,
      of: 3,
    });
  });
});
