import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import {
  CampaignRecord,
  campaignToEntity,
  maasCampaignManageAllPermission,
} from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import { DatabaseCampaignStore } from '../database/DatabaseCampaignStore';
import { maasPlugin } from '../plugin';
import { recordingAuditor } from '../__testUtils__/services';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** Holds no permission at all. */
const outsider = 'user:default/outsider';
/** May post results, but is neither of the owner team nor a platform owner. */
const stranger = 'user:default/stranger';
/** The campaigns' owner. */
const owner = 'user:default/pat';

const permissions = mockServices.permissions.mock({
  authorizeConditional: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })) as any,
  authorize: async (requests, options) => {
    const user = (options.credentials.principal as any).userEntityRef;
    return requests.map(r => ({
      result:
        user === outsider ||
        (user === stranger &&
          r.permission.name === maasCampaignManageAllPermission.name)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    })) as any;
  },
});

const daysAgo = (n: number) => DateTime.utc().minus({ days: n }).toISODate()!;

type Spec = CampaignRecord['spec'];
const spec = (over: Partial<Spec>): Spec => ({
  owner,
  template: 'template:default/email-nurture-journey',
  audience: 'audience:default/repeat-buyers',
  channels: ['martechtool:default/braze-engagement'],
  start: daysAgo(30),
  budget: { amount: 15000, currency: 'EUR' },
  experiment: { holdoutPct: 10 },
  ...over,
});

/** Campaigns as maas-backend records them; the catalogue shows the same as entities. */
const campaigns: Array<{ name: string; spec: Spec; status: 'draft' | 'live' }> =
  [
    { name: 'winter-nurture', spec: spec({}), status: 'live' },
    {
      name: 'landing-ab',
      spec: spec({ experiment: { variants: ['A', 'B'] }, budget: undefined }),
      status: 'live',
    },
    { name: 'spring-draft', spec: spec({}), status: 'draft' },
  ];

const row = (
  day: number,
  arm: string,
  users: number,
  conversions: number,
  extra: Partial<{ revenue: number; spend: number; newCustomers: number }> = {},
) => ({
  day: daysAgo(day),
  arm,
  users,
  conversions,
  revenue: conversions * 60,
  spend: arm === 'holdout' ? 0 : users * 0.1,
  newCustomers: Math.round(conversions / 2),
  ...extra,
});

describe.each(databases.eachSupportedId())(
  'campaign results and readouts on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;
    let knex: Knex;
    const auditor = recordingAuditor();

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        maasDatabase: knex,
        extraEntities: campaigns.map(c =>
          campaignToEntity(
            {
              namespace: 'default',
              name: c.name,
              spec: c.spec,
              status: c.status,
              createdBy: owner,
              createdAt: '',
              updatedAt: '',
            },
            'http://maas',
          ),
        ),
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          permissions.factory,
          auditor.factory,
        ],
      });
      await maas.ready();
      const store = new DatabaseCampaignStore(knex);
      for (const c of campaigns) {
        await store.create(
          { namespace: 'default', name: c.name, spec: c.spec, status: 'draft' },
          owner,
        );
        if (c.status === 'live') {
          await store.setStatus('default', c.name, 'draft', 'live', owner);
        }
      }
    });

    afterAll(async () => {
      await maas?.backend.stop();
    });

    const server = () => maas.backend.server;
    const postJson = (
      name: string,
      body: unknown,
      header = mockCredentials.service.header(),
    ) =>
      request(server())
        .post(`/api/maas/campaigns/default/${name}/results`)
        .set('Authorization', header)
        .send(body as object);
    const postCsv = (
      name: string,
      csv: string,
      header = mockCredentials.user.header(owner),
      query = '',
    ) =>
      request(server())
        .post(`/api/maas/campaigns/default/${name}/results${query}`)
        .set('Authorization', header)
        .set('Content-Type', 'text/csv')
        .send(csv);
    const get = (path: string) =>
      request(server())
        .get(`/api/maas${path}`)
        .set('Authorization', mockCredentials.user.header());
    const readout = async (name: string) =>
      (await get(`/campaigns/default/${name}/readout`)).body;

    const week = [
      row(6, 'treatment', 20_000, 300),
      row(6, 'holdout', 2_200, 22),
      row(5, 'treatment', 25_000, 420),
      row(5, 'holdout', 2_800, 30),
    ];

    it('takes results from a pipeline, and replaces a day posted again as a correction', async () => {
      const first = await postJson('winter-nurture', { rows: week });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        campaign: 'campaign:default/winter-nurture',
        currency: 'EUR',
        received: 4,
        inserted: 4,
        replaced: 0,
        unchanged: 0,
      });
      const again = await postJson('winter-nurture', { rows: week });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ inserted: 0, unchanged: 4 });
      const corrected = await postJson('winter-nurture', {
        rows: [{ ...week[0], conversions: 310 }],
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({ replaced: 1, unchanged: 0 });
      expect(auditor.successMeta).toContainEqual(
        expect.objectContaining({
          eventId: 'campaign-results-create',
          campaign: 'default/winter-nurture',
          replaced: '1',
        }),
      );
      const { readout: r } = await readout('winter-nurture');
      expect(r.arms.map((a: any) => [a.arm, a.users, a.conversions])).toEqual([
        ['treatment', 45_000, 730],
        ['holdout', 5_000, 52],
      ]);
    });

    it('answers the readout with every arm over time, moved at once by a post', async () => {
      const before = await readout('winter-nurture');
      expect(before).toMatchObject({
        campaign: {
          name: 'winter-nurture',
          status: 'live',
          owner,
          audience: 'audience:default/repeat-buyers',
        },
        currency: 'EUR',
        days: { first: daysAgo(6), last: daysAgo(5), count: 2 },
      });
      expect(before.readout.control).toBe('holdout');
      expect(before.readout.comparisons).toHaveLength(1);
      expect(before.readout.sentence).toMatch(/the split is as planned\.$/);
      expect(before.series).toEqual([
        {
          day: daysAgo(6),
          arms: [
            {
              arm: 'treatment',
              users: 20_000,
              conversions: 310,
              conversionRate: 310 / 20_000,
            },
            {
              arm: 'holdout',
              users: 2_200,
              conversions: 22,
              conversionRate: 22 / 2_200,
            },
          ],
        },
        {
          day: daysAgo(5),
          arms: [
            {
              arm: 'treatment',
              users: 45_000,
              conversions: 730,
              conversionRate: 730 / 45_000,
            },
            {
              arm: 'holdout',
              users: 5_000,
              conversions: 52,
              conversionRate: 52 / 5_000,
            },
          ],
        },
      ]);
      // A holdout that got far too many people: the split is broken at once.
      await postJson('winter-nurture', {
        rows: [row(4, 'holdout', 20_000, 200)],
      });
      const after = await readout('winter-nurture');
      expect(after.readout.sampleRatio.mismatch).toBe(true);
      expect(after.readout.verdict).toBe('invalid');
      expect(after.series).toHaveLength(3);
      // Corrected by the pipeline: the readout follows.
      await postJson('winter-nurture', {
        rows: [row(4, 'treatment', 18_000, 280), row(4, 'holdout', 2_000, 20)],
      });
      expect(
        (await readout('winter-nurture')).readout.sampleRatio.mismatch,
      ).toBe(false);
    });

    it("takes a CSV upload from the campaign's team, whole or not at all", async () => {
      const bad = await postCsv(
        'landing-ab',
        [
          'day,arm,users,conversions,revenue,spend,newCustomers',
          `${daysAgo(3)},A,1000,30,1800,100,12`,
          `${daysAgo(3)},B,lots,31,1900,100,12`,
          `${daysAgo(3)},C,1000,31,1900,100,12`,
        ].join('\n'),
        mockCredentials.user.header(owner),
        '?currency=GBP',
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(
        'line 3, users: must be a number, got "lots"',
      );
      expect(bad.body.error.message).toContain(
        'line 4, arm: must be one of the campaign\'s arms (A, B), got "C"',
      );
      expect((await readout('landing-ab')).days).toBeNull();

      const good = await postCsv(
        'landing-ab',
        [
          '\ufeffarm,day,users,conversions,revenue,spend,newCustomers',
          `A,${daysAgo(3)},1000,30,1800,100,12`,
          `B,${daysAgo(3)},1000,41,2460,100,15`,
          '',
        ].join('\r\n'),
        mockCredentials.user.header(owner),
        '?currency=GBP',
      );
      expect(good.status).toBe(201);
      expect(good.body).toMatchObject({ inserted: 2, currency: 'GBP' });
      const view = await readout('landing-ab');
      expect(view.currency).toBe('GBP');
      expect(view.readout.control).toBe('A');
      // Without a budget, the results' currency stays the first one posted.
      const euros = await postJson('landing-ab', {
        currency: 'EUR',
        rows: [row(2, 'A', 10, 1)],
      });
      expect(euros.status).toBe(400);
      expect(euros.body.error.message).toBe(
        "Invalid results: currency: must be GBP, the currency of the campaign's results stored, got EUR",
      );
    });

    it('refuses what a readout could not use, naming the row and the field', async () => {
      const refused = async (body: unknown) => {
        const res = await postJson('winter-nurture', body);
        return `${res.status} ${res.body.error?.message}`;
      };
      expect(await refused({ rows: [row(3, 'B', 10, 1)] })).toBe(
        `400 Invalid results: rows.0.arm: must be one of the campaign's arms (treatment, holdout), got "B"`,
      );
      expect(await refused({ rows: [row(31, 'holdout', 10, 1)] })).toBe(
        `400 Invalid results: rows.0.day: must not be before the campaign's start (${daysAgo(
          30,
        )})`,
      );
      expect(await refused({ rows: [row(-3, 'holdout', 10, 1)] })).toContain(
        'rows.0.day: must not be after',
      );
      expect(
        await refused({
          rows: [row(3, 'holdout', 10, 1), row(3, 'holdout', 10, 2)],
        }),
      ).toBe(
        `400 Invalid results: rows.1.day: repeats arm "holdout" on ${daysAgo(
          3,
        )} (rows.0)`,
      );
      expect(await refused({ rows: [row(3, 'holdout', 1, 90_000)] })).toContain(
        'arm "holdout" would total',
      );
      expect(
        await refused({ rows: [{ ...row(3, 'holdout', 1, 1), users: -1 }] }),
      ).toBe('400 Invalid results: rows.0.users: must be at least 0');
      expect(
        await refused({ currency: 'GBP', rows: [row(3, 'holdout', 10, 1)] }),
      ).toContain("must be EUR, the currency of the campaign's budget");
      expect(await refused({ rows: [] })).toBe(
        '400 Invalid results: rows: must hold at least one row',
      );
      const draft = await postJson('spring-draft', {
        rows: [row(3, 'holdout', 10, 1)],
      });
      expect(draft.status).toBe(409);
      expect(
        (
          await postJson('no-such-campaign', {
            rows: [row(3, 'holdout', 1, 1)],
          })
        ).status,
      ).toBe(404);
      const missing = await postCsv('winter-nurture', 'day,arm,users\n');
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toBe(
        'Invalid results CSV: line 1: missing conversions, revenue, spend, newCustomers (the columns are day, arm, users, conversions, revenue, spend, newCustomers)',
      );
      const ragged = await postCsv(
        'winter-nurture',
        'day,arm,users,conversions,revenue,spend,newCustomers\n2026-01-01,A\n',
      );
      expect(ragged.status).toBe(400);
      expect(ragged.body.error.message).toMatch(
        /^Invalid results CSV: line 2: /,
      );
      const notJson = await request(server())
        .post('/api/maas/campaigns/default/winter-nurture/results')
        .set('Authorization', mockCredentials.service.header())
        .set('Content-Type', 'application/json')
        .send('{"rows": [');
      expect(notJson.status).toBe(400);
    });

    it("lets only pipelines, the campaign's team and the platform owners post", async () => {
      const body = { rows: [row(1, 'holdout', 10, 1)] };
      expect(
        (await postJson('winter-nurture', body, mockCredentials.none.header()))
          .status,
      ).toBe(401);
      expect(
        (
          await postJson(
            'winter-nurture',
            body,
            mockCredentials.user.header(outsider),
          )
        ).status,
      ).toBe(403);
      const notTheirs = await postJson(
        'winter-nurture',
        body,
        mockCredentials.user.header(stranger),
      );
      expect(notTheirs.status).toBe(403);
      expect(notTheirs.body.error.message).toContain(
        `only members of ${owner}`,
      );
      expect(
        (
          await postJson(
            'winter-nurture',
            body,
            mockCredentials.user.header('user:default/platform-owner'),
          )
        ).status,
      ).toBe(201);
    });

    it("lists every campaign's readout, with those that have no results yet", async () => {
      const res = await get('/readouts');
      expect(res.status).toBe(200);
      expect(
        res.body.items.map((i: any) => [
          i.campaign.name,
          i.campaign.status,
          i.readout.verdict,
        ]),
      ).toEqual([
        ['landing-ab', 'live', 'inconclusive'],
        ['spring-draft', 'draft', 'insufficient-data'],
        ['winter-nurture', 'live', expect.any(String)],
      ]);
      expect(res.body.items[1].readout.sentence).toBe('No results yet.');
    });

    it('takes segment values from the warehouse, and the KPIs read LTV:CAC and valid readouts at once', async () => {
      const kpi = async (id: string) =>
        (await get('/kpis')).body.kpis.find((k: any) => k.id === id);
      expect((await kpi('cac-ltv-per-segment')).value).toBeNull();

      const postValue = (audience: string, asOf: string, amount: number) =>
        request(server())
          .post(`/api/maas/audiences/default/${audience}/value`)
          .set('Authorization', mockCredentials.service.header())
          .send({
            asOf,
            ltv: { amount, currency: 'EUR' },
            method: 'cohort average, 24 months',
          });
      const posted = await postValue('repeat-buyers', daysAgo(1), 250);
      expect(posted.status).toBe(201);
      expect(posted.body).toMatchObject({
        audienceRef: 'audience:default/repeat-buyers',
        ltv: { amount: 250, currency: 'EUR' },
      });

      // Repeat buyers' EUR campaign: spend over new customers, from its stored rows.
      const stored = await knex('maas_campaign_results').where({
        name: 'winter-nurture',
      });
      const spend = stored.reduce((s, r) => s + Number(r.spend), 0);
      const customers = stored.reduce((s, r) => s + Number(r.new_customers), 0);
      const cacLtv = await kpi('cac-ltv-per-segment');
      expect(cacLtv.value).toBeCloseTo(250 / (spend / customers), 1);
      expect(cacLtv.benchmark.value).toBe(3);
      expect(cacLtv.breakdown).toEqual([
        expect.objectContaining({
          key: 'audience:default/repeat-buyers',
          value: cacLtv.value,
        }),
      ]);
      // The GBP campaign has no lifetime value in GBP; the EUR one has one.
      const share = await kpi('incremental-measurement-share');
      expect(share.inputs[0]).toEqual({
        description: 'live or completed campaigns with a valid readout',
        count: expect.any(Number),
        of: 2,
      });

      expect((await postValue('nobody', daysAgo(1), 1)).status).toBe(404);
      const future = await postValue('repeat-buyers', daysAgo(-2), 1);
      expect(future.status).toBe(400);
      expect(future.body.error.message).toContain('asOf: must not be after');
    });
  },
);
