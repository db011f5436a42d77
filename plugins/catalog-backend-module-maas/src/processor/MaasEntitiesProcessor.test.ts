import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { Taxonomy } from '@maas/plugin-maas-common';
import { MaasEntitiesProcessor } from './MaasEntitiesProcessor';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

const tool: Entity = {
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'MartechTool',
  metadata: { name: 'braze-engagement', namespace: 'marketing' },
  spec: {
    vendor: 'braze',
    owner: 'group:crm',
    technicalOwner: 'group:default/martech-it',
    category: 'engagement',
    capabilities: ['email-sending'],
    lifecycle: 'active',
    dependsOn: ['segment-cdp'],
  },
};

describe('MaasEntitiesProcessor', () => {
  const processor = new MaasEntitiesProcessor();

  it('claims valid MaaS entities', async () => {
    await expect(processor.validateEntityKind(tool)).resolves.toBe(true);
  });

  it("leaves another plugin's kind of the same name alone", async () => {
    await expect(
      processor.validateEntityKind({
        ...tool,
        apiVersion: 'example.com/v1',
        kind: 'Campaign',
        spec: {},
      }),
    ).resolves.toBe(false);
  });

  it('throws an error naming the entity and the field', async () => {
    await expect(
      processor.validateEntityKind({
        ...tool,
        spec: { ...tool.spec, licenses: { active: 'x' } },
      }),
    ).rejects.toThrow(
      'MartechTool "braze-engagement": spec.licenses.active must be a whole number',
    );
  });

  it('validates against the taxonomy it was given', async () => {
    const withOwn = new MaasEntitiesProcessor({
      taxonomy: Taxonomy.fromConfig({
        capabilities: [
          {
            id: 'experience-analytics',
            title: 'Experience analytics',
            category: 'analytics',
          },
        ],
      }),
    });
    const own = {
      ...tool,
      spec: {
        ...tool.spec,
        category: 'analytics',
        capabilities: ['experience-analytics'],
      },
    };
    await expect(withOwn.validateEntityKind(own)).resolves.toBe(true);
    await expect(processor.validateEntityKind(own)).rejects.toThrow(
      'spec.capabilities[0] "experience-analytics" is not a capability of the taxonomy',
    );
    await expect(
      withOwn.validateEntityKind({
        ...own,
        spec: { ...own.spec, capabilities: ['mind-reading'] },
      }),
    ).rejects.toThrow('"mind-reading" is not a capability of the taxonomy');
  });

  it('emits each relation both ways, short references in the entity namespace', async () => {
    const emitted: CatalogProcessorResult[] = [];
    await processor.postProcessEntity(tool, location, r => emitted.push(r));
    const relations = emitted.map(r =>
      r.type === 'relation'
        ? `${r.relation.source.kind}:${r.relation.source.namespace}/${r.relation.source.name} ${r.relation.type} ${r.relation.target.kind}:${r.relation.target.namespace}/${r.relation.target.name}`
        : r.type,
    );
    expect(relations).toEqual([
      'MartechTool:marketing/braze-engagement ownedBy group:marketing/crm',
      'group:marketing/crm ownerOf MartechTool:marketing/braze-engagement',
      'MartechTool:marketing/braze-engagement ownedBy group:default/martech-it',
      'group:default/martech-it ownerOf MartechTool:marketing/braze-engagement',
      'MartechTool:marketing/braze-engagement technicalOwnedBy group:default/martech-it',
      'group:default/martech-it technicalOwnerOf MartechTool:marketing/braze-engagement',
      'MartechTool:marketing/braze-engagement providedBy Vendor:marketing/braze',
      'Vendor:marketing/braze provides MartechTool:marketing/braze-engagement',
      'MartechTool:marketing/braze-engagement dependsOn MartechTool:marketing/segment-cdp',
      'MartechTool:marketing/segment-cdp dependencyOf MartechTool:marketing/braze-engagement',
    ]);
  });
});
