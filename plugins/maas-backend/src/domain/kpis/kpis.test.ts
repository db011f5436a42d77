import { Entity } from '@backstage/catalog-model';
import { RetirementProgress } from '@maas/plugin-maas-common';
import { MeasurementAggregate } from '../measurement';
import { computeKpis, Kpi, ResultKpiInputs } from '.';
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
      'co-funded-spend',
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

  describe('from campaign results', () => {
    const campaign = (name: string, status: string, audience = 'buyers') =>
      maas('Campaign', name, {
        owner: 'group:crm',
        template: 'template:email',
        audience: `audience:${audience}`,
        channels: ['esp'],
        start: '2026-09-01',
        status,
      });
    const audience = (name: string) =>
      maas('Audience', name, { owner: 'g', definition: 'x' });
    const results = (over: Partial<ResultKpiInputs>): ResultKpiInputs => ({
      verdicts: new Map(),
      segments: new Map(),
      values: new Map(),
      windowStart: '2025-12-03',
      ...over,
    });
    const ltv = (ref: string, amount: number, currency = 'EUR') => [
      ref,
      {
        audienceRef: ref,
        asOf: '2026-11-30',
        ltv: { amount, currency },
        method: 'cohort average',
        recordedBy: 'service:warehouse',
        recordedAt: '2026-11-30T00:00:00Z',
      },
    ];

    it('counts the live and completed campaigns whose readout is valid', () => {
      const kpi = kpis(
        [
          campaign('won', 'completed'),
          campaign('broken', 'live'),
          campaign('young', 'live'),
          campaign('unmeasured', 'live'),
          campaign('draft', 'draft'),
        ],
        undefined,
        {
          results: results({
            verdicts: new Map([
              ['campaign:default/won', 'positive'],
              ['campaign:default/broken', 'invalid'],
              ['campaign:default/young', 'insufficient-data'],
              ['campaign:default/draft', 'positive'],
            ]),
          }),
        },
      )['incremental-measurement-share'];
      expect(kpi.value).toBe(25);
      expect(kpi.inputs).toEqual([
        {
          description: 'live or completed campaigns with a valid readout',
          count: 1,
          of: 4,
        },
        { description: 'of them with results posted', count: 3 },
      ]);
      expect(kpi.breakdown?.map(b => [b.key, b.value])).toEqual([
        ['invalid', 25],
        ['insufficient-data', 25],
        ['positive', 25],
        ['negative', 0],
        ['inconclusive', 0],
      ]);
    });

    it('reads LTV:CAC per segment, weighted by the customers each acquired, against 3:1', () => {
      const all = kpis(
        [audience('buyers'), audience('lapsed'), audience('prospects')],
        undefined,
        {
          results: results({
            segments: new Map([
              // CAC 20 EUR
              [
                'audience:default/buyers',
                [
                  {
                    currency: 'EUR',
                    spend: 2_000,
                    newCustomers: 100,
                    campaigns: 2,
                  },
                ],
              ],
              // CAC 50 EUR
              [
                'audience:default/lapsed',
                [
                  {
                    currency: 'EUR',
                    spend: 15_000,
                    newCustomers: 300,
                    campaigns: 1,
                  },
                ],
              ],
              // CAC 10 GBP, but its value is in EUR: no ratio
              [
                'audience:default/prospects',
                [
                  {
                    currency: 'GBP',
                    spend: 1_000,
                    newCustomers: 100,
                    campaigns: 1,
                  },
                ],
              ],
            ]),
            values: new Map([
              ltv('audience:default/buyers', 100),
              ltv('audience:default/lapsed', 100),
              ltv('audience:default/prospects', 100),
            ] as any),
          }),
        },
      );
      const kpi = all['cac-ltv-per-segment'];
      // (100 / 20 × 100 + 100 / 50 × 300) / 400 = 2.75
      expect(kpi.value).toBe(2.8);
      expect(kpi.benchmark?.value).toBe(3);
      expect(kpi.breakdown?.map(b => [b.label, b.value])).toEqual([
        ['buyers: CAC 20 EUR, LTV 100 EUR', 5],
        ['lapsed: CAC 50 EUR, LTV 100 EUR', 2],
        ['prospects: CAC 10 GBP, LTV 100 EUR', null],
      ]);
      expect(kpi.inputs[0]).toEqual({
        description: 'segments with a CAC and a lifetime value',
        count: 2,
        of: 3,
      });
    });

    it('says what is missing when no segment has both a CAC and a lifetime value', () => {
      const withCac = kpis([audience('buyers')], undefined, {
        results: results({
          segments: new Map([
            [
              'audience:default/buyers',
              [
                {
                  currency: 'EUR',
                  spend: 2_000,
                  newCustomers: 100,
                  campaigns: 1,
                },
              ],
            ],
          ]),
        }),
      })['cac-ltv-per-segment'];
      expect(withCac.value).toBeNull();
      expect(withCac.noData).toContain(
        'no segment with a CAC has a lifetime value',
      );
    });
  });
});
