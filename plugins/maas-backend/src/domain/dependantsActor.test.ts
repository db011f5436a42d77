import { Entity } from '@backstage/catalog-model';
import { computeAudit } from './audit';
import { dependantsActor } from './dependantsActor';
import { buildPlatform } from './platform';

const tool = (name: string, spec: Record<string, unknown>): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'MartechTool',
  metadata: { name },
  spec: {
    vendor: 'vendor:acme',
    owner: 'group:crm',
    technicalOwner: 'group:it',
    category: 'engagement',
    capabilities: ['email-sending'],
    sla: { support: '24x7' },
    ...spec,
  },
});

describe('dependantsActor', () => {
  it('gives data products and tools to IT, audiences and campaigns to marketing', () => {
    expect(dependantsActor(['dataproduct:default/feed'])).toBe('it');
    expect(
      dependantsActor(['martechtool:default/cdp', 'dataproduct:default/feed']),
    ).toBe('it');
    expect(
      dependantsActor(['audience:default/vip', 'campaign:team/winter']),
    ).toBe('marketing');
    expect(
      dependantsActor(['audience:default/vip', 'martechtool:default/cdp']),
    ).toBe('both');
  });
});

describe('the retired-tool finding', () => {
  it('asks both sides to act when an audience and a tool still use the tool', () => {
    const platform = buildPlatform([
      tool('old-esp', { lifecycle: 'retired', retiredAt: '2026-01-31' }),
      tool('journeys', {
        lifecycle: 'active',
        dependsOn: ['martechtool:old-esp'],
      }),
      {
        apiVersion: 'maas.dev/v1alpha1',
        kind: 'Audience',
        metadata: { name: 'vip' },
        spec: {
          owner: 'group:crm',
          technicalOwner: 'group:it',
          definition: 'Best customers',
          sourceDataProducts: [],
          destinations: ['martechtool:old-esp'],
          sla: { freshnessHours: 24 },
        },
      },
    ]);
    const findings = computeAudit({
      platform,
      asOf: '2026-12-01',
      horizonDays: 120,
      decidedTerms: new Map(),
    }).filter(f => f.rule === 'retired-tool-in-use');
    expect(findings).toEqual([
      expect.objectContaining({
        entityRef: 'martechtool:default/old-esp',
        mustAct: 'both',
        message:
          'retired on 2026-01-31 but still used by audience:default/vip, martechtool:default/journeys',
      }),
    ]);
  });
});
