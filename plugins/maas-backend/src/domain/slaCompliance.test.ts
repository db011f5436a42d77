import { DataProductEntity } from '@maas/plugin-maas-common';
import { MeasurementAggregate } from './measurement';
import { buildPlatform } from './platform';
import { audienceCompliance, dataProductCompliance } from './slaCompliance';

const product = (name: string, sla?: object) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name },
    spec: { owner: 'group:crm', ...(sla ? { sla } : {}) },
  } as DataProductEntity);

const aggregate = (
  over: Partial<MeasurementAggregate>,
): MeasurementAggregate => ({
  dataProductRef: 'dataproduct:default/p',
  count: 20,
  freshnessAssessed: 20,
  freshnessMet: 19,
  completenessAssessed: 20,
  completenessMet: 20,
  events: 4_000_000,
  incidents: 6,
  latestAt: '2026-11-22T06:00:00.000Z',
  latestFreshnessHours: 2,
  ...over,
});

const at = new Date('2026-11-22T12:00:00.000Z');

describe('dataProductCompliance', () => {
  it('computes shares, current freshness and incidents per million events', () => {
    const result = dataProductCompliance(
      product('p', { freshnessHours: 24, completenessPct: 98 }),
      aggregate({}),
      at,
      95,
    );
    expect(result).toMatchObject({
      status: 'meeting',
      measurements: 20,
      freshness: { target: 24, metPct: 95, assessed: 20 },
      completeness: { target: 98, metPct: 100 },
      // Measured 2 h old at 06:00, read at 12:00: 8 h.
      currentFreshnessHours: 8,
      incidentsPerMillionEvents: 1.5,
    });
  });

  it('breaches when a share falls under the target or the data is stale now', () => {
    const sla = { freshnessHours: 24, completenessPct: 98 };
    expect(
      dataProductCompliance(
        product('p', sla),
        aggregate({ freshnessMet: 18 }),
        at,
        95,
      ).status,
    ).toBe('breaching');
    expect(
      dataProductCompliance(
        product('p', sla),
        aggregate({ latestAt: '2026-11-21T00:00:00.000Z' }),
        at,
        95,
      ),
    ).toMatchObject({ status: 'breaching', currentFreshnessHours: 38 });
  });

  it('says no data, or no SLA, without dividing by zero', () => {
    expect(
      dataProductCompliance(
        product('p', { freshnessHours: 24 }),
        undefined,
        at,
        95,
      ),
    ).toMatchObject({
      status: 'no-data',
      incidentsPerMillionEvents: null,
      freshness: { metPct: null },
    });
    expect(dataProductCompliance(product('p'), undefined, at, 95).status).toBe(
      'no-sla',
    );
    expect(
      dataProductCompliance(
        product('p', { freshnessHours: 24 }),
        aggregate({ events: 0, incidents: 0 }),
        at,
        95,
      ).incidentsPerMillionEvents,
    ).toBeNull();
  });
});

describe('audienceCompliance', () => {
  it('is as fresh as its stalest source', () => {
    const audience = {
      apiVersion: 'maas.dev/v1alpha1',
      kind: 'Audience',
      metadata: { name: 'a' },
      spec: {
        owner: 'group:crm',
        definition: 'x',
        sourceDataProducts: ['p1', 'p2'],
        sla: { freshnessHours: 12 },
      },
    };
    const platform = buildPlatform([product('p1'), product('p2'), audience]);
    const products = new Map([
      ['dataproduct:default/p1', { currentFreshnessHours: 3 } as any],
      ['dataproduct:default/p2', { currentFreshnessHours: 14 } as any],
    ]);
    expect(
      audienceCompliance(platform, platform.audiences[0], products),
    ).toMatchObject({
      status: 'breaching',
      currentFreshnessHours: 14,
      freshnessTargetHours: 12,
    });
  });
});
