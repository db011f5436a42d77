import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import {
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import { maasPlugin } from '../plugin';
import {
  permissionsDenying,
  recordingAuditor,
} from '../__testUtils__/services';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const outsider = 'user:default/outsider';
const asOf = '2026-11-22';

/** Entities planted for the audit rules the demo does not exercise, and for CSV escaping. */
const planted: Entity[] = [
  {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'planted-dangling' },
    spec: {
      owner: 'group:crm',
      technicalOwner: 'group:data-platform',
      definition: 'Activated in a tool nobody registered',
      sourceDataProducts: ['dataproduct:crm-customers-consented'],
      destinations: ['martechtool:tiktok-shop'],
      sla: { freshnessHours: 24 },
    },
  },
  {
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'MartechTool',
    metadata: {
      name: 'planted-formula',
      title: '=HYPERLINK("http://evil.example","x")',
    },
    spec: {
      vendor: 'vendor:braze',
      owner: 'group:crm',
      category: 'engagement',
      capabilities: ['email-sending'],
      lifecycle: 'evaluation',
      sla: { support: '24x7' },
    },
  },
];

describe.each(databases.eachSupportedId())(
  'the MaaS API on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;
    const permissions = permissionsDenying(outsider);
    const auditor = recordingAuditor();
    const auditEvents = auditor.events;

    beforeAll(async () => {
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        extraEntities: planted,
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          permissions.factory,
          auditor.factory,
        ],
      });
      await maas.ready();
    });

    afterAll(async () => {
      await maas?.backend.stop();
    });

    const get = (path: string) =>
      request(maas.backend.server).get(`/api/maas${path}`);
    const asUser = (user: string) => ({
      Authorization: mockCredentials.user.header(user),
    });

    describe('reversibility', () => {
      it('scores Didomi 98.6 and Hootsuite 47.5, as worked out by hand in the README', async () => {
        const res = await get(`/vendors?asOf=${asOf}`);
        expect(res.status).toBe(200);
        const byRef = new Map(res.body.items.map((v: any) => [v.ref, v]));
        const didomi: any = byRef.get('vendor:default/didomi');
        expect(didomi.score).toBe(98.6);
        expect(didomi.dependents).toEqual([
          'dataproduct:default/consent-records',
        ]);
        const hootsuite: any = byRef.get('vendor:default/hootsuite');
        expect(hootsuite.score).toBe(47.5);
        expect(
          Object.fromEntries(
            hootsuite.criteria.map((c: any) => [c.criterion, c.points]),
          ),
        ).toEqual({
          exportApi: 7.5,
          bulkExport: 0,
          openFormats: 5,
          selfService: 5,
          documentedSchema: 0,
          exitClause: 0,
          dataReturn: 0,
          deletionCertificate: 0,
          egressFees: 10,
          noticePeriod: 5,
          dependencies: 15,
        });
        // A full export API and an exit clause beat neither.
        expect(didomi.score).toBeGreaterThan(hootsuite.score);
        // Sorted from least to most reversible.
        const scores = res.body.items.map((v: any) => v.score);
        expect(scores).toEqual(
          [...scores].sort((a: number, b: number) => a - b),
        );
      });

      it("takes a vendor's portability from its weakest tool", async () => {
        const res = await get('/vendors/default/google');
        const exportApi = res.body.criteria.find(
          (c: any) => c.criterion === 'exportApi',
        );
        expect(exportApi).toMatchObject({
          value: 0,
          source: 'martechtool:default/looker-studio',
        });
        expect(res.body.tools.map((t: any) => t.ref)).toContain(
          'martechtool:default/bigquery',
        );
      });

      it('scores every tool', async () => {
        const res = await get('/tools');
        expect(res.body.items).toHaveLength(50);
        const retired = res.body.items.find(
          (t: any) => t.ref === 'martechtool:default/tealium-audiencestream',
        );
        expect(retired.dependents).toEqual([
          'dataproduct:default/legacy-loyalty-segments',
        ]);
      });

      it('answers 404 for a vendor the catalogue does not know', async () => {
        const res = await get('/vendors/default/nobody');
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'No vendor vendor:default/nobody in the catalogue',
        );
      });
    });

    describe('EU Data Act', () => {
      const charges = (vendor: any, which: 'asOf' | 'on') =>
        vendor.dataAct[which].checks.find(
          (c: any) => c.ruleId === 'switching-charges',
        );

      it('passes capped egress fees until 2027-01-11 and fails them from 2027-01-12', async () => {
        const before = await get('/vendors/default/snowflake?asOf=2027-01-11');
        expect(charges(before.body, 'asOf').status).toBe('pass');
        const after = await get('/vendors/default/snowflake?asOf=2027-01-12');
        expect(charges(after.body, 'asOf').status).toBe('fail');
      });

      it('shows a vendor compliant now and failing on a given date', async () => {
        const res = await get(
          `/vendors/default/snowflake?asOf=${asOf}&on=2027-02-01`,
        );
        expect(charges(res.body, 'asOf')).toMatchObject({
          status: 'pass',
          failsOn: { date: '2027-01-12' },
        });
        expect(charges(res.body, 'on')).toMatchObject({
          status: 'fail',
          detail: 'egress fees capped',
        });
      });

      it('fails a long transition and says unknown for what is not declared', async () => {
        const adobe = await get(`/vendors/default/adobe?asOf=${asOf}`);
        const checks = Object.fromEntries(
          adobe.body.dataAct.asOf.checks.map((c: any) => [c.ruleId, c.status]),
        );
        expect(checks).toMatchObject({
          'switching-notice': 'fail',
          'transition-period': 'fail',
          'data-retrieval-period': 'pass',
          'exportable-metadata': 'fail',
        });
        const salesforce = await get(
          `/vendors/default/salesforce?asOf=${asOf}`,
        );
        const transition = salesforce.body.dataAct.asOf.checks.find(
          (c: any) => c.ruleId === 'transition-period',
        );
        expect(transition.status).toBe('unknown');
      });

      it('refuses a date that is not one', async () => {
        const res = await get('/vendors?on=2027-02-30');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          'Invalid query: on: is not a calendar date',
        );
      });
    });

    describe('decision deadlines and decisions', () => {
      it('computes term end minus notice and the days left', async () => {
        const res = await get(`/vendors/default/adobe?asOf=${asOf}`);
        expect(res.body.deadline).toEqual({
          termEnd: '2027-03-31',
          noticeDays: 90,
          deadline: '2026-12-31',
          daysLeft: 39,
          renewal: 'manual',
        });
      });

      it('records decisions with who decided and keeps their history', async () => {
        const first = await request(maas.backend.server)
          .post('/api/maas/vendors/default/onetrust/decisions')
          .set(asUser('user:default/claire.dubois'))
          .send({
            decision: 'renegotiate',
            note: 'Ask for a data-return clause without fees',
          });
        expect(first.status).toBe(201);
        expect(first.body).toMatchObject({
          vendorRef: 'vendor:default/onetrust',
          decision: 'renegotiate',
          decidedBy: 'user:default/claire.dubois',
          termEnd: '2027-01-31',
        });
        await request(maas.backend.server)
          .post('/api/maas/vendors/default/onetrust/decisions')
          .set(asUser('user:default/marc.weber'))
          .send({ decision: 'renew' });
        const history = await get('/vendors/default/onetrust/decisions');
        expect(
          history.body.items.map((d: any) => [d.decision, d.decidedBy]),
        ).toEqual([
          ['renegotiate', 'user:default/claire.dubois'],
          ['renew', 'user:default/marc.weber'],
        ]);
        const vendor = await get(`/vendors/default/onetrust?asOf=${asOf}`);
        expect(vendor.body).toMatchObject({
          decidedForCurrentTerm: true,
          latestDecision: { decision: 'renew' },
        });
        expect(auditEvents).toContainEqual({
          eventId: 'vendor-decision-create',
          outcome: 'success',
        });
      });

      it('refuses an unknown decision with 400, an unknown vendor with 404', async () => {
        const bad = await request(maas.backend.server)
          .post('/api/maas/vendors/default/braze/decisions')
          .send({ decision: 'maybe' });
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(/^Invalid decision: decision: /);
        const missing = await request(maas.backend.server)
          .post('/api/maas/vendors/default/nobody/decisions')
          .send({ decision: 'exit' });
        expect(missing.status).toBe(404);
      });

      it('makes the tools of a vendor being exited decommissioning candidates', async () => {
        await request(maas.backend.server)
          .post('/api/maas/vendors/default/contentsquare/decisions')
          .send({ decision: 'exit', note: 'Consolidate experience analytics' });
        const sprawl = await get(`/sprawl?asOf=${asOf}`);
        const contentsquare = sprawl.body.candidates.find(
          (c: any) => c.ref === 'martechtool:default/contentsquare',
        );
        expect(contentsquare.reasons.map((r: any) => r.reason)).toContain(
          'vendor-exit',
        );
      });
    });

    describe('sprawl', () => {
      it('groups the redundant tools of each capability with their combined cost', async () => {
        const res = await get(`/sprawl?asOf=${asOf}`);
        expect(res.status).toBe(200);
        const group = (capability: string) =>
          res.body.redundancyGroups.find(
            (g: any) => g.capability === capability,
          );
        expect(
          group('email-sending')
            .tools.map((t: any) => t.ref)
            .sort(),
        ).toEqual([
          'martechtool:default/braze-engagement',
          'martechtool:default/mailchimp',
          'martechtool:default/sendgrid',
          'martechtool:default/sfmc-engagement',
        ]);
        expect(group('email-sending').combinedCost).toEqual([
          { amount: 432000, currency: 'EUR' },
        ]);
        expect(
          group('client-side-tagging')
            .tools.map((t: any) => t.ref)
            .sort(),
        ).toEqual([
          'martechtool:default/gtm-web',
          'martechtool:default/tealium-iq',
        ]);
        expect(group('consent-collection').tools).toHaveLength(2);
        expect(group('web-analytics').tools).toHaveLength(3);
        // Evaluations are not in the stack yet.
        expect(group('feature-flagging')).toBeUndefined();
      });

      it('reports licence utilisation, over-use included', async () => {
        const res = await get(`/sprawl?asOf=${asOf}`);
        const hootsuite = res.body.licences.find(
          (l: any) => l.ref === 'martechtool:default/hootsuite',
        );
        expect(hootsuite).toMatchObject({
          purchased: 25,
          active: 27,
          utilisationPct: 108,
        });
      });

      it('ranks decommissioning candidates with their reasons', async () => {
        const res = await get(`/sprawl?asOf=${asOf}`);
        const mailchimp = res.body.candidates.find(
          (c: any) => c.ref === 'martechtool:default/mailchimp',
        );
        expect(mailchimp.reasons.map((r: any) => r.reason)).toEqual([
          'eliminate',
          'redundant',
        ]);
        const weights = res.body.candidates.map((c: any) => c.weight);
        expect(weights).toEqual(
          [...weights].sort((a: number, b: number) => b - a),
        );
        const adobeTarget = res.body.candidates.find(
          (c: any) => c.ref === 'martechtool:default/adobe-target',
        );
        expect(adobeTarget.reasons.map((r: any) => r.reason)).toEqual(
          expect.arrayContaining(['eliminate', 'redundant', 'under-used']),
        );
      });

      it('measures retirements over 12 months against the 20 % target', async () => {
        const res = await get(`/sprawl?asOf=${asOf}`);
        expect(res.body.retirement).toEqual({
          windowStart: '2025-11-22',
          windowEnd: '2026-11-22',
          retired: [
            {
              ref: 'martechtool:default/tealium-audiencestream',
              title: 'Tealium AudienceStream',
              retiredAt: '2026-03-31',
            },
            {
              ref: 'martechtool:default/adobe-campaign-classic',
              title: 'Adobe Campaign Classic',
              retiredAt: '2026-09-30',
            },
          ],
          toolsInScope: 46,
          retiredPct: 4.3,
          targetPct: 20,
          remainingToTarget: 8,
        });
      });
    });

    describe('ownership audit', () => {
      let findings: any[];
      beforeAll(async () => {
        findings = (await get(`/audit?asOf=${asOf}`)).body.findings;
      });
      const find = (rule: string, entityRef: string) =>
        findings.filter(f => f.rule === rule && f.entityRef === entityRef);

      it.each([
        ['unknown-owner', 'martechtool:default/hootsuite', 'high', 'marketing'],
        [
          'missing-technical-owner',
          'martechtool:default/mailchimp',
          'medium',
          'it',
        ],
        [
          'owner-without-members',
          'martechtool:default/jasper',
          'medium',
          'marketing',
        ],
        [
          'missing-sla',
          'dataproduct:default/legacy-loyalty-segments',
          'medium',
          'it',
        ],
        ['consent-gap', 'audience:default/cart-abandoners-web', 'high', 'both'],
        ['consent-gap', 'audience:default/legacy-vip-segment', 'high', 'both'],
        [
          'retired-tool-in-use',
          'martechtool:default/tealium-audiencestream',
          'high',
          'it',
        ],
        ['decision-due', 'vendor:default/bazaarvoice', 'high', 'both'],
        ['decision-due', 'vendor:default/adobe', 'medium', 'both'],
        [
          'data-act-failing',
          'vendor:default/tealium',
          'high',
          'both',
          'art. 29',
        ],
        [
          'data-act-failing',
          'vendor:default/snowflake',
          'medium',
          'both',
          'art. 29',
        ],
        [
          'data-act-failing',
          'vendor:default/adobe',
          'high',
          'both',
          'art. 25(2)(a)',
        ],
        ['licences-over-used', 'martechtool:default/hootsuite', 'low', 'both'],
        [
          'dangling-reference',
          'audience:default/planted-dangling',
          'medium',
          'marketing',
        ],
      ])('finds %s on %s', (rule, entityRef, severity, mustAct, about = '') => {
        expect(
          find(rule, entityRef).filter(f => f.message.includes(about)),
        ).toEqual([
          expect.objectContaining({
            severity,
            mustAct,
            message: expect.any(String),
          }),
        ]);
      });

      it('says what is wrong in words', () => {
        expect(
          find('consent-gap', 'audience:default/cart-abandoners-web')[0]
            .message,
        ).toBe(
          'requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content) that its source dataproduct:web-behaviour-events does not carry',
        );
        expect(
          find('data-act-failing', 'vendor:default/snowflake').map(
            f => f.message,
          ),
        ).toContain(
          'EU Data Act art. 29: Switching charges, egress included: at cost, then none will fail on 2027-01-12 (egress fees capped; requires contract.egressFees is none)',
        );
        expect(
          find('decision-due', 'vendor:default/bazaarvoice')[0].message,
        ).toBe(
          'decision deadline in 8 days (2026-11-30) for the term ending 2027-02-28, and no renew / renegotiate / exit decision recorded; the contract renews automatically',
        );
      });

      it('drops the deadline finding once a decision is recorded for the term', async () => {
        const before = (await get(`/audit?asOf=${asOf}`)).body.findings;
        expect(
          before.some(
            (f: any) =>
              f.rule === 'decision-due' &&
              f.entityRef === 'vendor:default/attentive',
          ),
        ).toBe(true);
        await request(maas.backend.server)
          .post('/api/maas/vendors/default/attentive/decisions')
          .send({ decision: 'exit' });
        const after = (await get(`/audit?asOf=${asOf}`)).body.findings;
        expect(
          after.some(
            (f: any) =>
              f.rule === 'decision-due' &&
              f.entityRef === 'vendor:default/attentive',
          ),
        ).toBe(false);
      });

      it('orders findings from high to low severity', () => {
        const order = { high: 0, medium: 1, low: 2 } as Record<string, number>;
        const severities = findings.map(f => order[f.severity]);
        expect(severities).toEqual([...severities].sort());
      });

      it('exports CSV with a header and formula cells neutralised', async () => {
        const res = await get(`/audit?asOf=${asOf}&format=csv`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toContain(
          'maas-audit-2026-11-22.csv',
        );
        const lines = res.text.split('\r\n');
        expect(lines[0]).toBe(
          'severity,rule,kind,entity,title,owner,technical_owner,must_act,message',
        );
        const json = await get(`/audit?asOf=${asOf}`);
        expect(lines.length - 2).toBe(json.body.findings.length);
        const formula = lines.find(l => l.includes('planted-formula'))!;
        expect(formula).toContain(
          `"'=HYPERLINK(""http://evil.example"",""x"")"`,
        );
      });

      it('shows who owns what, marketing and IT side', async () => {
        const res = await get('/audit/matrix');
        const row = (group: string) =>
          res.body.rows.find((r: any) => r.group === group);
        expect(
          row('group:default/martech-it').cells.MartechTool.it,
        ).toBeGreaterThan(20);
        expect(
          row('group:default/crm').cells.MartechTool.marketing,
        ).toBeGreaterThan(5);
        expect(row('group:default/social-media')).toMatchObject({
          known: false,
        });
        const mailchimp = res.body.entities.find(
          (e: any) => e.entityRef === 'martechtool:default/mailchimp',
        );
        expect(mailchimp.status).toBe('marketing-only');
        const csv = await get('/audit/matrix?format=csv');
        expect(csv.text.split('\r\n')[0]).toBe(
          'group,in_catalogue,kind,marketing_owner_of,it_owner_of,co_owned',
        );
      });
    });

    describe('security', () => {
      it.each([
        ['get', '/vendors'],
        ['get', '/vendors/default/braze'],
        ['get', '/vendors/default/braze/decisions'],
        ['post', '/vendors/default/braze/decisions'],
        ['get', '/tools'],
        ['get', '/sprawl'],
        ['get', '/audit'],
        ['get', '/audit/matrix'],
        ['get', '/plans'],
        ['post', '/plans'],
        ['get', '/plans/x'],
        ['patch', '/plans/x'],
      ] as const)('%s %s needs credentials (401)', async (method, path) => {
        const res = await request(maas.backend.server)
          [method](`/api/maas${path}`)
          .set('Authorization', mockCredentials.none.header());
        expect(res.status).toBe(401);
      });

      it.each([
        ['post', '/vendors/default/braze/decisions', { decision: 'renew' }],
        ['post', '/plans', { tool: 'hotjar', targetDate: '2027-01-31' }],
        ['patch', '/plans/x', { note: 'x' }],
      ] as const)(
        '%s %s needs the permission (403)',
        async (method, path, body) => {
          const res = await request(maas.backend.server)
            [method](`/api/maas${path}`)
            .set(asUser(outsider))
            .send(body);
          expect(res.status).toBe(403);
        },
      );
    });
  },
);

describe('reversibility weights from app-config', () => {
  const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function scores(config?: Record<string, unknown>) {
    const maas = await startMaasTestBackend({
      databases: sqlite,
      databaseId: 'SQLITE_3',
      config,
      features: [catalogPlugin, catalogModuleMaas, maasPlugin],
    });
    try {
      await maas.ready();
      const res = await request(maas.backend.server).get('/api/maas/vendors');
      return Object.fromEntries(
        res.body.items.map((v: any) => [v.ref, v.score]),
      );
    } finally {
      await maas.backend.stop();
    }
  }

  it('reorders vendors when a weight changes', async () => {
    const byDefault = await scores();
    // Mailchimp exports well but gives no deletion certificate; OneTrust the other way round.
    expect(byDefault['vendor:default/intuit-mailchimp']).toBe(78.6);
    expect(byDefault['vendor:default/onetrust']).toBe(77.6);
    const deletionMatters = await scores({
      maas: { reversibility: { weights: { deletionCertificate: 30 } } },
    });
    expect(deletionMatters['vendor:default/onetrust']).toBeGreaterThan(
      deletionMatters['vendor:default/intuit-mailchimp'],
    );
    expect(deletionMatters['vendor:default/onetrust']).toBe(82.1);
  });
});
