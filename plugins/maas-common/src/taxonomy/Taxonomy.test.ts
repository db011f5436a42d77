import { Entity } from '@backstage/catalog-model';
import { validateMaasEntity } from '../kinds/validation';
import { Taxonomy, toTaxonomyId } from './Taxonomy';

const extension = {
  categories: [
    {
      id: 'digital-experience',
      title: 'Digital experience',
      description: 'How visitors experience the site.',
    },
  ],
  capabilities: [
    {
      id: 'experience-analytics',
      title: 'Experience analytics',
      category: 'analytics',
    },
    { id: 'journey-mapping', title: 'Journey mapping', category: 'dx' },
  ],
  aliases: {
    capabilities: { 'digital-analytics': 'web-analytics' },
    categories: { esp: 'engagement', dx: 'digital-experience' },
  },
};

function tool(spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'MartechTool',
    metadata: { name: 'contentsquare' },
    spec: {
      vendor: 'vendor:contentsquare',
      owner: 'group:web',
      category: 'analytics',
      capabilities: ['session-replay'],
      lifecycle: 'active',
      ...spec,
    },
  };
}

function errorOf(value: unknown): string {
  try {
    Taxonomy.fromConfig(value);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('Taxonomy', () => {
  it('is the built-in lists when config adds nothing', () => {
    const taxonomy = Taxonomy.fromConfig(undefined);
    expect(taxonomy).toBe(Taxonomy.builtIn());
    expect(taxonomy.getCapability('email-sending')).toMatchObject({
      category: 'engagement',
      source: 'built-in',
    });
    expect(taxonomy.categories.length).toBe(15);
  });

  it('adds categories and capabilities, and resolves aliases to existing ids', () => {
    const taxonomy = Taxonomy.fromConfig(extension);
    expect(taxonomy.getCapability('experience-analytics')).toEqual({
      id: 'experience-analytics',
      title: 'Experience analytics',
      category: 'analytics',
      source: 'config',
    });
    // A capability may name its category by an alias; it is stored under the id.
    expect(taxonomy.getCapability('journey-mapping')?.category).toBe(
      'digital-experience',
    );
    expect(taxonomy.getCapability('digital-analytics')?.id).toBe(
      'web-analytics',
    );
    expect(taxonomy.getCategory('esp')?.id).toBe('engagement');
    expect(taxonomy.getCategory('digital-experience')?.source).toBe('config');
    expect(taxonomy.getCapability('mind-reading')).toBeUndefined();
  });

  it('finds what a spreadsheet cell names by id, alias or title', () => {
    const taxonomy = Taxonomy.fromConfig(extension);
    expect(taxonomy.findCapability('Experience analytics')?.id).toBe(
      'experience-analytics',
    );
    expect(taxonomy.findCapability(' Digital Analytics ')?.id).toBe(
      'web-analytics',
    );
    expect(taxonomy.findCapability('Marketing email sending')?.id).toBe(
      'email-sending',
    );
    expect(taxonomy.findCapability('A/B testing')?.id).toBe('ab-testing');
    expect(taxonomy.findCategory('Customer data platform')?.id).toBe('cdp');
    expect(taxonomy.findCategory('ESP')?.id).toBe('engagement');
    expect(taxonomy.findCapability('Telepathy')).toBeUndefined();
    expect(toTaxonomyId('Éxpérience — analytics!')).toBe(
      'experience-analytics',
    );
  });

  it('travels as a document and reads back the same', () => {
    const taxonomy = Taxonomy.fromConfig(extension);
    const copy = Taxonomy.fromDocument(
      JSON.parse(JSON.stringify(taxonomy.toDocument())),
    );
    expect(copy.toDocument()).toEqual(taxonomy.toDocument());
    expect(copy.getCategory('dx')?.id).toBe('digital-experience');
  });

  it.each([
    [
      {
        capabilities: [
          { id: 'Experience Analytics', title: 'x', category: 'cdp' },
        ],
      },
      'maas.taxonomy.capabilities[0].id must be lower-case words joined by hyphens',
    ],
    [
      { capabilities: [{ id: 'email-sending', title: 'x', category: 'cdp' }] },
      'maas.taxonomy.capabilities[0].id "email-sending" is already a capability',
    ],
    [
      {
        capabilities: [{ id: 'heat-maps', title: 'Heat maps', category: 'ux' }],
      },
      'maas.taxonomy.capabilities[0].category "ux" is not a category',
    ],
    [
      { capabilities: [{ id: 'heat-maps', category: 'analytics' }] },
      'maas.taxonomy.capabilities[0].title must be a non-empty string',
    ],
    [
      { categories: [{ id: 'crm', title: 'CRM again' }] },
      'maas.taxonomy.categories[0].id "crm" is already a category',
    ],
    [
      { aliases: { capabilities: { 'web-analytics': 'product-analytics' } } },
      'maas.taxonomy.aliases.capabilities.web-analytics cannot alias "web-analytics"',
    ],
    [
      { aliases: { capabilities: { telepathy: 'mind-reading' } } },
      'maas.taxonomy.aliases.capabilities.telepathy must name an existing capability',
    ],
    [
      { aliases: { tools: {} } },
      'maas.taxonomy.aliases.tools is not an alias list',
    ],
    [{ colours: [] }, 'maas.taxonomy.colours is not a taxonomy setting'],
    [{ capabilities: 'web' }, 'maas.taxonomy.capabilities must be a list'],
  ])('refuses bad config, naming the key (%#)', (value, message) => {
    expect(errorOf(value)).toContain(message);
  });
});

describe('validation against a taxonomy', () => {
  const taxonomy = Taxonomy.fromConfig(extension);

  it('accepts a capability and a category config added, and aliases', () => {
    const entity = tool({
      category: 'esp',
      capabilities: ['experience-analytics', 'digital-analytics'],
    });
    expect(validateMaasEntity(entity, { taxonomy })).toEqual([]);
    // The built-in taxonomy knows neither.
    expect(validateMaasEntity(entity).map(p => p.path)).toEqual([
      'spec.category',
      'spec.capabilities[0]',
      'spec.capabilities[1]',
    ]);
  });

  it('still refuses what neither list has', () => {
    const problems = validateMaasEntity(
      tool({ category: 'telepathy', capabilities: ['mind-reading'] }),
      { taxonomy },
    );
    expect(problems).toEqual([
      {
        path: 'spec.category',
        message: expect.stringContaining(
          '"telepathy" is not a category of the taxonomy; must be one of: cdp, crm,',
        ),
      },
      {
        path: 'spec.capabilities[0]',
        message: expect.stringContaining(
          '"mind-reading" is not a capability of the taxonomy',
        ),
      },
    ]);
    expect(problems[0].message).toContain('digital-experience');
  });
});
