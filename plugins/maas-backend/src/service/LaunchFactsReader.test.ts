import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { launchPolicy, Taxonomy } from '@maas/plugin-maas-common';
import { MaasStore } from '../database/MaasStore';
import { martechTool } from '../__testUtils__/entities';
import { CertificationService } from './CertificationService';
import { LaunchFactsReader } from './LaunchFactsReader';
import { MeasurementsService } from './MeasurementsService';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'crm' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name: 'email-nurture-journey',
      annotations: { 'maas.dev/channel-capabilities': 'email-sending' },
    },
    spec: { type: 'campaign', steps: [] },
  },
  {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'repeat-buyers' },
    spec: {
      owner: 'group:crm',
      definition: 'x',
      sourceDataProducts: [],
      estimatedSize: 1000,
    },
  },
  // The company's own word for email sending, aliased in maas.taxonomy.
  martechTool('esp', { capabilities: ['mail-sending'] }),
];

const catalog = {
  getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
    items: entityRefs.map(
      ref => entities.find(e => stringifyEntityRef(e) === ref) ?? null,
    ),
  }),
} as unknown as CatalogService;

function reader(taxonomy: Taxonomy) {
  return new LaunchFactsReader({
    catalog,
    auth: mockServices.auth(),
    store: { listPlans: async () => [] } as unknown as MaasStore,
    certifications: {
      readAudience: async () => undefined,
    } as unknown as CertificationService,
    measurements: {} as MeasurementsService,
    today: () => '2026-12-03',
    taxonomy,
  });
}

const campaign = {
  owner: 'group:default/crm',
  template: 'template:default/email-nurture-journey',
  audience: 'audience:default/repeat-buyers',
  channels: ['martechtool:default/esp'],
};

describe('LaunchFactsReader', () => {
  it('hands the launch policy the merged taxonomy, so an aliased capability serves the template', async () => {
    const merged = Taxonomy.fromConfig({
      aliases: { capabilities: { 'mail-sending': 'email-sending' } },
    });
    const facts = await reader(merged).read(campaign);
    expect(facts.taxonomy).toBe(merged);
    expect(launchPolicy(facts).map(p => p.code)).toEqual([]);

    const builtIn = await reader(Taxonomy.builtIn()).read(campaign);
    expect(launchPolicy(builtIn).map(p => [p.code, p.field])).toEqual([
      ['channel-lacks-capability', 'channels.0'],
    ]);
  });
});
