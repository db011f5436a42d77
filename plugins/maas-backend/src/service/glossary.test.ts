import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import { describeOnEachDatabase, examplesDir } from '@internal/maas-test-utils';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import { Finding } from '@maas/plugin-maas-common';
import request from 'supertest';
import { maasPlugin } from '../plugin';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const term = (
  name: string,
  spec: Record<string, unknown>,
  namespace = 'default',
): Entity => ({
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'GlossaryTerm',
  metadata: { name, namespace },
  spec: {
    owner: 'group:default/crm',
    technicalOwner: 'group:default/data-platform',
    definition: `What ${name} means.`,
    status: 'approved',
    implementedBy: ['dataproduct:default/order-history'],
    ...spec,
  },
});

/** One planted case per glossary rule, beside the demo's glossary and templates. */
const planted: Entity[] = [
  term('planted-marketing-word', { technicalOwner: undefined }),
  term('planted-unimplemented', { implementedBy: [] }),
  // Finance's own "active customer", approved beside the demo's: one word, two definitions.
  {
    ...term(
      'active-buyer',
      { definition: 'A customer who paid an invoice in the last 12 months.' },
      'finance',
    ),
    metadata: {
      name: 'active-buyer',
      namespace: 'finance',
      title: 'Active customer',
    },
  },
  {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'planted-happiness-campaign' },
    spec: {
      type: 'campaign',
      owner: 'group:crm',
      steps: [
        {
          id: 'campaign',
          action: 'maas:campaign:create',
          input: { kpis: ['conversion-rate', 'customer-happiness'] },
        },
      ],
    },
  },
];

const templateFiles = readdirSync(join(examplesDir, 'templates'))
  .filter(f => f.endsWith('.yaml'))
  .map(f => join(examplesDir, 'templates', f));

const glossaryRules = [
  'term-not-co-owned',
  'term-not-implemented',
  'term-collision',
  'kpi-without-term',
];

describeOnEachDatabase(
  'the shared glossary on %s',
  databases,
  {
    extraEntities: planted,
    // The component the built-in KPIs' terms name as their implementation, and the templates.
    locations: [join(examplesDir, '../catalog-info.yaml'), ...templateFiles],
    alsoWaitFor: [
      'template/default/planted-happiness-campaign',
      'template/default/sms-win-back',
      'component/default/maas-for-backstage',
    ],
    features: [
      catalogPlugin,
      catalogModuleScaffolderEntityModel,
      catalogModuleMaas,
      maasPlugin,
    ],
  },
  maas => {
    const get = (path: string) =>
      request(maas().backend.server).get(`/api/maas${path}`);

    describe('audit', () => {
      let findings: Finding[];
      beforeAll(async () => {
        findings = (await get('/audit')).body.findings;
      });
      const glossaryFindings = () =>
        findings
          .filter(f => glossaryRules.includes(f.rule))
          .map(f => `${f.rule} ${f.entityRef} ${f.severity} ${f.mustAct}`);

      it('finds each planted case, and in the demo only its draft KPI', () => {
        expect(glossaryFindings().sort()).toEqual(
          [
            'term-not-co-owned glossaryterm:default/planted-marketing-word medium it',
            'term-not-implemented glossaryterm:default/planted-unimplemented medium it',
            'term-collision glossaryterm:default/active-customer high both',
            'term-collision glossaryterm:finance/active-buyer high both',
            'kpi-without-term template:default/planted-happiness-campaign medium both',
            // The demo's win-back template counts on a term still in draft.
            'kpi-without-term template:default/sms-win-back medium both',
          ].sort(),
        );
      });

      it('says what is wrong in words', () => {
        const message = (rule: string, entityRef: string) =>
          findings.find(f => f.rule === rule && f.entityRef === entityRef)
            ?.message;
        expect(
          message('term-collision', 'glossaryterm:finance/active-buyer'),
        ).toBe(
          'its title "Active customer" is also the word of glossaryterm:default/active-customer (name "active-customer"): one word, two approved definitions',
        );
        expect(
          message(
            'kpi-without-term',
            'template:default/planted-happiness-campaign',
          ),
        ).toBe(
          'spec.steps[0].input.kpis[1]: no term of the glossary defines "customer-happiness"',
        );
        expect(
          message('kpi-without-term', 'template:default/sms-win-back'),
        ).toBe(
          'spec.steps[3].input.kpis[0]: "reactivation-rate" is defined only by glossaryterm:default/reactivation-rate (draft), not by an approved term',
        );
      });

      it('reports no dangling implementation: the component is in the projection', () => {
        expect(
          findings.filter(
            f => f.kind === 'GlossaryTerm' && f.rule === 'dangling-reference',
          ),
        ).toEqual([]);
      });

      it('puts the terms in the ownership matrix', async () => {
        const res = await get('/audit/matrix');
        expect(res.body.kinds).toContain('GlossaryTerm');
        const row = (group: string) =>
          res.body.rows.find((r: any) => r.group === group);
        expect(row('group:default/data-platform').cells.GlossaryTerm).toEqual(
          expect.objectContaining({ it: expect.any(Number) }),
        );
        expect(
          row('group:default/data-platform').cells.GlossaryTerm.it,
        ).toBeGreaterThan(10);
        const status = (ref: string) =>
          res.body.entities.find((e: any) => e.entityRef === ref)?.status;
        expect(status('glossaryterm:default/active-customer')).toBe('co-owned');
        expect(status('glossaryterm:default/planted-marketing-word')).toBe(
          'marketing-only',
        );
      });
    });

    describe('KPIs', () => {
      it('link each built-in KPI to an approved, co-owned term of the demo', async () => {
        const { kpis } = (await get('/kpis')).body;
        const glossary = new Map<string, any>(
          (await get('/glossary')).body.items.map((t: any) => [t.ref, t]),
        );
        expect(kpis.length).toBeGreaterThanOrEqual(12);
        for (const kpi of kpis) {
          expect({ kpi: kpi.id, status: kpi.term?.status }).toEqual({
            kpi: kpi.id,
            status: 'approved',
          });
          const computed = glossary.get(kpi.term.ref);
          expect({ kpi: kpi.id, ownership: computed?.ownership }).toEqual({
            kpi: kpi.id,
            ownership: 'co-owned',
          });
          expect(computed.kpis.map((k: any) => k.id)).toContain(kpi.id);
        }
        expect(
          kpis.find((k: any) => k.id === 'ownership-sla-coverage').term,
        ).toEqual({
          ref: 'glossaryterm:default/ownership-sla-coverage',
          title: 'Ownership and SLA coverage',
          status: 'approved',
          definition: expect.stringContaining('a marketing owner, an IT owner'),
        });
      });
    });

    describe('API', () => {
      let items: any[];
      beforeAll(async () => {
        items = (await get('/glossary')).body.items;
      });
      const byRef = (ref: string) => items.find(t => t.ref === ref);

      it('lists every term by title, with its owners and where it is computed', () => {
        const titles = items.map(t => t.title);
        expect(titles).toEqual(
          [...titles].sort((a: string, b: string) => a.localeCompare(b)),
        );
        expect(byRef('glossaryterm:default/active-customer')).toMatchObject({
          title: 'Active customer',
          status: 'approved',
          synonyms: ['active client'],
          owner: 'group:default/crm',
          technicalOwner: 'group:default/data-platform',
          ownership: 'co-owned',
          implementedBy: [
            {
              ref: 'dataproduct:default/crm-customers-consented',
              kind: 'DataProduct',
              title: 'Consented CRM customers',
              inCatalogue: true,
            },
            {
              ref: 'dataproduct:default/order-history',
              kind: 'DataProduct',
              title: 'Order history',
              inCatalogue: true,
            },
          ],
          findings: [expect.objectContaining({ rule: 'term-collision' })],
        });
        expect(
          byRef('glossaryterm:default/data-completeness').implementedBy,
        ).toEqual([
          {
            ref: 'component:default/maas-for-backstage',
            kind: 'Component',
            title: 'MaaS for Backstage',
            inCatalogue: true,
          },
        ]);
      });

      it('says which templates use a term, and which term replaces a deprecated one', () => {
        expect(
          byRef('glossaryterm:default/conversion-rate').usedBy.map(
            (u: any) => `${u.ref} ${u.kpi}`,
          ),
        ).toEqual(
          expect.arrayContaining([
            'template:default/email-nurture-journey conversion-rate',
            'template:default/landing-page-ab-test conversion-rate',
            'template:default/planted-happiness-campaign conversion-rate',
          ]),
        );
        expect(byRef('glossaryterm:default/lead')).toMatchObject({
          status: 'deprecated',
          replacedBy: {
            ref: 'glossaryterm:default/marketing-qualified-lead',
            title: 'Marketing-qualified lead',
            inCatalogue: true,
          },
        });
        expect(
          byRef('glossaryterm:default/marketing-qualified-lead').replaces,
        ).toEqual([
          {
            ref: 'glossaryterm:default/lead',
            kind: 'GlossaryTerm',
            title: 'Lead',
            inCatalogue: true,
          },
        ]);
      });

      it('answers one term, 404 for an unknown one, 400 for a name the catalogue refuses', async () => {
        const one = await get('/glossary/finance/active-buyer');
        expect(one.status).toBe(200);
        expect(one.body).toMatchObject({
          ref: 'glossaryterm:finance/active-buyer',
          title: 'Active customer',
          findings: [expect.objectContaining({ rule: 'term-collision' })],
        });
        expect((await get('/glossary/default/no-such-term')).status).toBe(404);
        const bad = await get('/glossary/default/not%20a%20name');
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toContain('name');
      });
    });
  },
);
