import {
  AudienceCompliance,
  ComplianceReport,
  DataProductCompliance,
} from '@maas/plugin-maas-common';
import { buildPlatform } from './platform';
import { slaBreachFindings } from './slaBreaches';

const platform = buildPlatform([
  {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'orders', title: 'Orders' },
    spec: { owner: 'group:crm', technicalOwner: 'group:data-platform' },
  },
  {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'events' },
    spec: { owner: 'group:web' },
  },
  {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'buyers', title: 'Buyers' },
    spec: {
      owner: 'group:crm',
      definition: 'x',
      sourceDataProducts: ['orders'],
    },
  },
]);

const product = (
  name: string,
  over: Partial<DataProductCompliance>,
): DataProductCompliance => ({
  ref: `dataproduct:default/${name}`,
  title: name,
  status: 'breaching',
  measurements: 20,
  freshness: { target: 24, metPct: 100, assessed: 20 },
  completeness: { target: 98, metPct: 100, assessed: 20 },
  currentFreshnessHours: 3,
  lastMeasuredAt: '2026-11-22T06:00:00.000Z',
  events: 0,
  incidents: 0,
  incidentsPerMillionEvents: null,
  ...over,
});

const audience: AudienceCompliance = {
  ref: 'audience:default/buyers',
  title: 'Buyers',
  status: 'breaching',
  freshnessTargetHours: 12,
  currentFreshnessHours: 30,
  sources: [],
};

const report = (
  dataProducts: DataProductCompliance[],
  audiences: AudienceCompliance[] = [],
): ComplianceReport => ({
  window: { from: '', to: '', days: 30 },
  dataProducts,
  audiences,
});

describe('slaBreachFindings', () => {
  it('finds a stale data product high, naming every term it misses', () => {
    const [finding] = slaBreachFindings(
      platform,
      report([
        product('orders', {
          currentFreshnessHours: 30,
          freshness: { target: 24, metPct: 80, assessed: 20 },
        }),
      ]),
      95,
    );
    expect(finding).toEqual({
      entityRef: 'dataproduct:default/orders',
      kind: 'DataProduct',
      title: 'Orders',
      owner: 'group:crm',
      technicalOwner: 'group:data-platform',
      rule: 'sla-breach',
      severity: 'high',
      mustAct: 'it',
      message:
        'data is 30 h old (SLA 24 h); freshness met in 80 % of measurements over 30 days (target 95 %)',
    });
  });

  it('finds one that is fresh now but missed its shares medium', () => {
    const [finding] = slaBreachFindings(
      platform,
      report([
        product('events', {
          completeness: { target: 98, metPct: 75, assessed: 20 },
        }),
      ]),
      95,
    );
    expect(finding).toMatchObject({
      entityRef: 'dataproduct:default/events',
      severity: 'medium',
      message:
        'completeness met in 75 % of measurements over 30 days (target 95 %)',
    });
    expect(finding).not.toHaveProperty('technicalOwner');
  });

  it('finds a breaching audience for both owners, and nothing that meets its SLA', () => {
    expect(
      slaBreachFindings(
        platform,
        report([product('orders', { status: 'meeting' })], [audience]),
        95,
      ),
    ).toEqual([
      expect.objectContaining({
        entityRef: 'audience:default/buyers',
        kind: 'Audience',
        severity: 'medium',
        mustAct: 'both',
        message: 'its stalest source is 30 h old (SLA 12 h)',
      }),
    ]);
  });
});
