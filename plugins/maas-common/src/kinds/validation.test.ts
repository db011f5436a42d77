import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Entity } from '@backstage/catalog-model';
import { describeValidationProblems, validateMaasEntity } from './validation';

const examplesDir = join(__dirname, '../../../../examples/maas');

function loadExamples(): Entity[] {
  return readdirSync(examplesDir)
    .filter(f => f.endsWith('.yaml'))
    .flatMap(f =>
      parseAllDocuments(readFileSync(join(examplesDir, f), 'utf8')).map(
        d => d.toJS() as Entity,
      ),
    );
}

const tool = (spec: Record<string, unknown> = {}): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'MartechTool',
  metadata: { name: 'braze' },
  spec: {
    vendor: 'vendor:braze',
    owner: 'group:crm',
    technicalOwner: 'group:martech-it',
    category: 'engagement',
    capabilities: ['email-sending'],
    lifecycle: 'active',
    ...spec,
  },
});

function messages(entity: Entity): string[] {
  return validateMaasEntity(entity).map(p => `${p.path} ${p.message}`);
}

describe('validateMaasEntity', () => {
  it('accepts every entity of the demo stack', () => {
    const entities = loadExamples();
    expect(entities.length).toBeGreaterThan(100);
    for (const entity of entities) {
      expect({
        name: entity.metadata.name,
        problems: validateMaasEntity(entity),
      }).toEqual({
        name: entity.metadata.name,
        problems: [],
      });
    }
  });

  it('names the field and the expected type', () => {
    const entity = tool({ licenses: { purchased: 40, active: 'many' } });
    expect(describeValidationProblems(entity, validateMaasEntity(entity))).toBe(
      'MartechTool "braze": spec.licenses.active must be a whole number',
    );
  });

  it('reports a missing required field', () => {
    const entity = tool();
    delete entity.spec!.owner;
    expect(messages(entity)).toEqual(['spec.owner is required']);
  });

  it('lists the allowed values of an enum', () => {
    expect(messages(tool({ lifecycle: 'live' }))).toEqual([
      'spec.lifecycle must be one of: evaluation, active, sunsetting, retired',
    ]);
  });

  it('bounds percentages to 0-100', () => {
    expect(messages(tool({ sla: { availabilityPct: 120 } }))).toEqual([
      'spec.sla.availabilityPct must be at most 100',
    ]);
    expect(messages(tool({ sla: { availabilityPct: -1 } }))).toEqual([
      'spec.sla.availabilityPct must be at least 0',
    ]);
  });

  it('rejects unknown fields, which are usually typos', () => {
    expect(messages(tool({ technicalOnwer: 'group:it' }))).toEqual([
      'spec.technicalOnwer is not a field of this kind',
    ]);
  });

  it('reports every bad field at once, one message per field', () => {
    expect(
      messages(
        tool({
          cost: { amount: -5, currency: 'euro' },
          licenses: { active: 1.5 },
        }),
      ),
    ).toEqual([
      'spec.cost.amount must be at least 0',
      'spec.cost.currency must be an ISO 4217 currency code such as "EUR"',
      'spec.licenses.active must be a whole number',
    ]);
  });

  it('takes currencies from the ISO 4217 list, not only their shape', () => {
    expect(messages(tool({ cost: { amount: 1, currency: 'XYZ' } }))).toEqual([
      'spec.cost.currency must be an ISO 4217 currency code such as "EUR"',
    ]);
    expect(messages(tool({ cost: { amount: 1, currency: 'CHF' } }))).toEqual(
      [],
    );
  });

  it('checks capabilities against the taxonomy', () => {
    expect(
      messages(tool({ capabilities: ['email-sending', 'telepathy'] })),
    ).toEqual([
      'spec.capabilities[1] "telepathy" is not a capability of the taxonomy (maas-common\'s capabilities and those added in maas.taxonomy)',
    ]);
  });

  it('requires retiredAt for a retired tool, and a real date', () => {
    expect(messages(tool({ lifecycle: 'retired' }))).toEqual([
      'spec.retiredAt is required when lifecycle is retired',
    ]);
    expect(
      messages(tool({ lifecycle: 'retired', retiredAt: '2026-02-30' })),
    ).toEqual(['spec.retiredAt is not a calendar date ("2026-02-30")']);
    expect(
      messages(tool({ lifecycle: 'retired', retiredAt: '2026-02-28' })),
    ).toEqual([]);
  });

  it('accepts more licences in use than purchased: that is an audit finding', () => {
    expect(messages(tool({ licenses: { purchased: 10, active: 12 } }))).toEqual(
      [],
    );
  });

  it('checks the kind a reference points at, resolving short references', () => {
    expect(messages(tool({ vendor: 'group:braze' }))).toEqual([
      'spec.vendor must refer to a Vendor, not a group ("group:braze")',
    ]);
    expect(messages(tool({ vendor: 'braze' }))).toEqual([]);
    expect(
      messages(tool({ dependsOn: ['segment', 'vendor:segment'] })),
    ).toEqual([
      'spec.dependsOn[1] must refer to a MartechTool, not a vendor ("vendor:segment")',
    ]);
  });

  it('does not require referenced entities to exist', () => {
    expect(messages(tool({ vendor: 'vendor:nobody-knows' }))).toEqual([]);
  });

  it('refuses legitimate interest for consent-only TCF purposes', () => {
    const product: Entity = {
      apiVersion: 'maas.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: { name: 'events' },
      spec: {
        owner: 'group:crm',
        consent: { legalBasis: 'legitimate-interest', purposes: [2, 3, 4, 7] },
      },
    };
    expect(messages(product)).toEqual([
      'spec.consent.legalBasis legitimate-interest is not a valid basis for TCF purposes 3, 4 (TCF v2.2: purposes 1 and 3-6 need consent)',
    ]);
    product.spec!.consent = {
      legalBasis: 'legitimate-interest',
      purposes: [2, 7, 10],
    };
    expect(messages(product)).toEqual([]);
  });

  it('knows TCF purposes are 1 to 11', () => {
    const audience: Entity = {
      apiVersion: 'maas.dev/v1alpha1',
      kind: 'Audience',
      metadata: { name: 'a' },
      spec: {
        owner: 'group:crm',
        definition: 'everyone',
        sourceDataProducts: ['dp'],
        consent: { requiredPurposes: [1, 12] },
      },
    };
    expect(messages(audience)).toEqual([
      'spec.consent.requiredPurposes[1] must be at most 11',
    ]);
  });

  it('refuses a campaign that ends before it starts', () => {
    const campaign: Entity = {
      apiVersion: 'maas.dev/v1alpha1',
      kind: 'Campaign',
      metadata: { name: 'c' },
      spec: {
        owner: 'group:crm',
        template: 'email-nurture',
        audience: 'repeat-buyers',
        channels: ['braze'],
        start: '2026-12-01',
        end: '2026-11-01',
        status: 'draft',
      },
    };
    expect(messages(campaign)).toEqual([
      'spec.end must not be before spec.start (2026-12-01)',
    ]);
  });

  it('names the only apiVersion and the kinds it knows', () => {
    expect(messages({ ...tool(), apiVersion: 'maas.dev/v2' })).toEqual([
      'apiVersion must be maas.dev/v1alpha1 (the only version of the MaaS kinds)',
    ]);
    expect(messages({ ...tool(), kind: 'Tool' })).toEqual([
      'kind must be one of: Vendor, MartechTool, DataProduct, Audience, Campaign, GlossaryTerm',
    ]);
  });
});

describe('MartechTool.spec.funding', () => {
  const funded = (funding: unknown) =>
    messages(tool({ funding } as Record<string, unknown>));

  it('accepts shares adding up to 100, decimals included', () => {
    expect(funded({ marketingPct: 50, itPct: 50 })).toEqual([]);
    expect(funded({ marketingPct: 100, itPct: 0 })).toEqual([]);
    expect(funded({ marketingPct: 33.3, itPct: 66.7 })).toEqual([]);
  });

  it('refuses shares that do not add up to 100, naming the field and the sum', () => {
    const entity = tool({ funding: { marketingPct: 70, itPct: 20 } });
    expect(describeValidationProblems(entity, validateMaasEntity(entity))).toBe(
      'MartechTool "braze": spec.funding marketingPct and itPct must add up to 100, got 70 + 20 = 90',
    );
    expect(funded({ marketingPct: 60, itPct: 60 })).toEqual([
      'spec.funding marketingPct and itPct must add up to 100, got 60 + 60 = 120',
    ]);
  });

  it('names the share that is missing, out of range or not a number', () => {
    expect(funded({ marketingPct: 100 })).toEqual([
      'spec.funding.itPct is required',
    ]);
    expect(funded({ marketingPct: 150, itPct: -50 })).toEqual([
      'spec.funding.marketingPct must be at most 100',
      'spec.funding.itPct must be at least 0',
    ]);
    expect(funded({ marketingPct: 'half', itPct: 50 })).toEqual([
      'spec.funding.marketingPct must be a number',
    ]);
    expect(funded({ marketingPct: 50, itPct: 50, financePct: 0 })).toEqual([
      'spec.funding.financePct is not a field of this kind',
    ]);
  });
});
