import { Entity } from '@backstage/catalog-model';
import { computeAudit } from './audit';
import { glossaryFindings } from './glossaryFindings';
import { buildPlatform } from './platform';

const term = (
  name: string,
  spec: Record<string, unknown> = {},
  metadata: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'GlossaryTerm',
  metadata: { name, namespace: 'default', ...metadata },
  spec: {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: `What ${name} means.`,
    status: 'approved',
    implementedBy: ['dataproduct:orders'],
    ...spec,
  },
});

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const template = (kpis: string[]): Entity => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'email-nurture', namespace: 'default' },
  spec: {
    type: 'campaign',
    owner: 'group:crm',
    steps: [{ action: 'maas:campaign:create', input: { kpis } }],
  },
});

const campaign = (status: string, kpis: string[]): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'Campaign',
  metadata: { name: `winter-${status}`, namespace: 'default' },
  spec: {
    owner: 'group:crm',
    template: 'template:email-nurture',
    audience: 'audience:vip',
    channels: ['martechtool:braze'],
    start: '2026-12-01',
    status,
    kpis,
  },
});

const rulesOf = (entities: Entity[]) =>
  glossaryFindings(buildPlatform(entities)).map(
    f => `${f.rule} ${f.entityRef} ${f.mustAct}: ${f.message}`,
  );

describe('glossaryFindings', () => {
  it('finds nothing in a co-owned, implemented, unambiguous glossary', () => {
    expect(
      rulesOf([
        term('active-customer', { synonyms: ['active client'] }),
        term('conversion-rate'),
        template(['conversion-rate', 'Active client']),
      ]),
    ).toEqual([]);
  });

  it('reports a term without an IT owner, or with one group on both sides', () => {
    expect(
      rulesOf([
        term('a', { technicalOwner: undefined }),
        term('b', { technicalOwner: 'group:default/crm' }),
        term('c', { technicalOwner: undefined, status: 'draft' }),
        term('d', { technicalOwner: undefined, status: 'deprecated' }),
      ]),
    ).toEqual([
      'term-not-co-owned glossaryterm:default/a it: no IT owner (spec.technicalOwner): the term is defined by marketing alone',
      'term-not-co-owned glossaryterm:default/b both: spec.owner and spec.technicalOwner are both group:default/crm: one side defines the term alone',
      'term-not-co-owned glossaryterm:default/c it: no IT owner (spec.technicalOwner): the term is defined by marketing alone',
    ]);
  });

  it('reports an approved term that nothing implements', () => {
    expect(
      rulesOf([
        term('a', { implementedBy: [] }),
        term('b', { implementedBy: undefined }),
        term('c', { implementedBy: undefined, status: 'draft' }),
      ]),
    ).toEqual([
      'term-not-implemented glossaryterm:default/a it: approved, but spec.implementedBy names nothing that computes its number',
      'term-not-implemented glossaryterm:default/b it: approved, but spec.implementedBy names nothing that computes its number',
    ]);
  });

  it('reports both approved terms that answer to one word, across namespaces', () => {
    expect(
      rulesOf([
        term('active-customer', {}, { title: 'Active customer' }),
        term(
          'active-buyer',
          {
            definition: 'Paid an invoice this year.',
            synonyms: ['Active Customer'],
          },
          { namespace: 'finance' },
        ),
        term('old', { status: 'deprecated' }, { title: 'Active customer' }),
      ]),
    ).toEqual([
      'term-collision glossaryterm:default/active-customer both: its name "active-customer" is also the word of glossaryterm:finance/active-buyer (synonym "Active Customer"): one word, two approved definitions',
      'term-collision glossaryterm:finance/active-buyer both: its synonym "Active Customer" is also the word of glossaryterm:default/active-customer (name "active-customer"): one word, two approved definitions',
    ]);
  });

  it('reports KPIs of templates and live campaigns that no approved term defines', () => {
    expect(
      rulesOf([
        term('conversion-rate'),
        term('reactivation-rate', { status: 'draft' }),
        template(['conversion-rate', 'reactivation-rate']),
        campaign('live', ['Conversion rate', 'customer happiness']),
        campaign('cancelled', ['customer happiness']),
      ]),
    ).toEqual([
      'kpi-without-term template:default/email-nurture both: spec.steps[0].input.kpis[1]: "reactivation-rate" is defined only by glossaryterm:default/reactivation-rate (draft), not by an approved term',
      'kpi-without-term campaign:default/winter-live both: spec.kpis[1]: no term of the glossary defines "customer happiness"',
    ]);
  });

  it('puts the glossary rules in the audit instead of the generic owner and SLA rules', () => {
    const findings = computeAudit({
      platform: buildPlatform([
        term('a', { technicalOwner: undefined, owner: 'group:crm' }),
        group('crm'),
      ]),
      asOf: '2026-12-01',
      horizonDays: 120,
      decidedTerms: new Map(),
    });
    expect(findings.map(f => f.rule).sort()).toEqual([
      // The demo's implementation is not in this catalogue; the group has no members.
      'dangling-reference',
      'owner-without-members',
      'term-not-co-owned',
    ]);
  });
});
