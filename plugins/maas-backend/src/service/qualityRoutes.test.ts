import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { DateTime } from 'luxon';
import request from 'supertest';
import {
  MaasTestBackend,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import { maasPlugin } from '../plugin';
import { connectDatabase } from '../database/connectDatabase';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const outsider = 'user:default/outsider';

function permissionsDenying(user: string) {
  return mockServices.permissions.mock({
    authorizeConditional: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })) as any,
    authorize: async (requests, options) =>
      requests.map(() => ({
        result:
          (options.credentials.principal as any).userEntityRef === user
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })) as any,
  });
}

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3_600_000).toISOString();

describe.each(databases.eachSupportedId())(
  'measurements and KPIs on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;
    const events: string[] = [];

    beforeAll(async () => {
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          permissionsDenying(outsider).factory,
          mockServices.auditor.mock({
            createEvent: async ({ eventId }) => ({
              success: async () => {
                events.push(`${eventId}:success`);
              },
              fail: async () => {
                events.push(`${eventId}:fail`);
              },
            }),
          }).factory,
        ],
      });
      await maas.ready();
    });

    afterAll(async () => {
      await maas?.backend.stop();
    });

    const post = (
      product: string,
      body: unknown,
      header = mockCredentials.service.header(),
    ) =>
      request(maas.backend.server)
        .post(`/api/maas/data-products/default/${product}/measurements`)
        .set('Authorization', header)
        .send(body as object);
    const get = (path: string) =>
      request(maas.backend.server).get(`/api/maas${path}`);

    const batch = [
      {
        timestamp: hoursAgo(30),
        freshnessHours: 2,
        completenessPct: 99,
        events: 400000,
        incidents: 1,
      },
      {
        timestamp: hoursAgo(24),
        freshnessHours: 30,
        completenessPct: 99,
        events: 400000,
        incidents: 0,
      },
      {
        timestamp: hoursAgo(18),
        freshnessHours: 5,
        completenessPct: 97,
        events: 400000,
        incidents: 2,
      },
      {
        timestamp: hoursAgo(12),
        freshnessHours: 6,
        completenessPct: 99,
        events: 800000,
        incidents: 1,
      },
    ];

    it('stores a batch from a pipeline and adds nothing when it is retried', async () => {
      const first = await post('crm-customers-consented', {
        measurements: batch,
      });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        dataProductRef: 'dataproduct:default/crm-customers-consented',
        received: 4,
        inserted: 4,
        duplicates: 0,
      });
      const retry = await post('crm-customers-consented', {
        measurements: batch,
      });
      expect(retry.status).toBe(200);
      expect(retry.body).toMatchObject({ inserted: 0, duplicates: 4 });
      expect(events).toContain('measurements-create:success');
    });

    it('computes SLA compliance from them, by hand: 3 of 4 fresh, 3 of 4 complete', async () => {
      const res = await get(
        '/data-products/default/crm-customers-consented/compliance',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'breaching',
        measurements: 4,
        freshness: { target: 24, metPct: 75, assessed: 4 },
        completeness: { target: 98, metPct: 75, assessed: 4 },
        events: 2_000_000,
        incidents: 4,
        incidentsPerMillionEvents: 2,
      });
      // 6 h old when measured 12 h ago.
      expect(res.body.currentFreshnessHours).toBeCloseTo(18, 0);
      expect(
        res.body.breaches.map((b: any) => [b.term, b.value, b.target]),
      ).toEqual([
        ['completeness', 97, 98],
        ['freshness', 30, 24],
      ]);
      const audiences = (await get('/data-products/compliance')).body.audiences;
      const repeatBuyers = audiences.find(
        (a: any) => a.ref === 'audience:default/repeat-buyers',
      );
      expect(repeatBuyers.sources).toContainEqual({
        ref: 'dataproduct:default/crm-customers-consented',
        currentFreshnessHours: expect.any(Number),
      });
    });

    it('reports the breach in the ownership audit', async () => {
      const res = await get('/audit');
      const breach = res.body.findings.find(
        (f: any) =>
          f.rule === 'sla-breach' &&
          f.entityRef === 'dataproduct:default/crm-customers-consented',
      );
      expect(breach).toMatchObject({ severity: 'medium', mustAct: 'it' });
      expect(breach.message).toBe(
        'freshness met in 75 % of measurements; completeness met in 75 % of measurements over 30 days (target 95 %)',
      );
    });

    it('rejects a bad batch whole, naming the row and the field', async () => {
      const bad = await post('order-history', {
        measurements: [
          {
            timestamp: hoursAgo(3),
            freshnessHours: 1,
            completenessPct: 99,
            events: 10,
            incidents: 0,
          },
          {
            timestamp: hoursAgo(2),
            freshnessHours: 1,
            completenessPct: 140,
            events: 10,
            incidents: 0,
          },
          {
            timestamp: 'yesterday',
            freshnessHours: 1,
            completenessPct: 99,
            events: 1.5,
            incidents: 0,
          },
        ],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(
        'measurements.1.completenessPct',
      );
      expect(bad.body.error.message).toContain('measurements.2.timestamp');
      expect(bad.body.error.message).toContain('measurements.2.events');
      const compliance = await get(
        '/data-products/default/order-history/compliance',
      );
      expect(compliance.body.measurements).toBe(0);
      const future = await post('order-history', {
        measurements: [
          {
            timestamp: hoursAgo(-2),
            freshnessHours: 1,
            completenessPct: 99,
            events: 10,
            incidents: 0,
          },
        ],
      });
      expect(future.body.error.message).toBe(
        'Invalid measurements: measurements.0.timestamp: must not be in the future',
      );
      expect((await post('order-history', { measurements: [] })).status).toBe(
        400,
      );
      expect((await post('order-history', { rows: batch })).status).toBe(400);
    });

    it('answers 404 for a data product the catalogue does not know', async () => {
      const res = await post('no-such-product', { measurements: batch });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        'No data product dataproduct:default/no-such-product in the catalogue',
      );
    });

    it('needs credentials (401) and, for people, the measurement permission (403)', async () => {
      expect(
        (
          await post(
            'order-history',
            { measurements: batch },
            mockCredentials.none.header(),
          )
        ).status,
      ).toBe(401);
      expect(
        (
          await post(
            'order-history',
            { measurements: batch },
            mockCredentials.user.header(outsider),
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await post(
            'order-history',
            { measurements: batch },
            mockCredentials.user.header(),
          )
        ).status,
      ).toBe(201);
      for (const path of ['/kpis', '/history', '/data-products/compliance']) {
        const res = await request(maas.backend.server)
          .get(`/api/maas${path}`)
          .set('Authorization', mockCredentials.none.header());
        expect(res.status).toBe(401);
      }
      const backfill = await request(maas.backend.server)
        .post('/api/maas/history/backfill')
        .set('Authorization', mockCredentials.user.header(outsider))
        .send({ days: 3 });
      expect(backfill.status).toBe(403);
    });

    it('computes the KPIs with their definitions and inputs', async () => {
      const res = await get('/kpis');
      const kpis = Object.fromEntries(res.body.kpis.map((k: any) => [k.id, k]));
      expect(kpis['data-completeness'].inputs[1]).toMatchObject({
        count: 2,
        of: 14,
      });
      // 30 vendors, 47 tools in use (one is retired), 15 data products, 16 audiences.
      expect(kpis['ownership-sla-coverage'].inputs[0].of).toBe(108);
      expect(kpis['exploitable-consent-rate'].value).toBeGreaterThan(80);
      expect(kpis['exploitable-consent-rate'].value).toBeLessThan(100);
      expect(kpis['cac-ltv-per-segment']).toMatchObject({
        value: null,
        noData: expect.any(String),
      });
      expect(kpis['tools-decommissioned']).toMatchObject({
        value: 2.2,
        target: 20,
      });
    });

    it('backfills history and returns the series for a range', async () => {
      const res = await request(maas.backend.server)
        .post('/api/maas/history/backfill')
        .set('Authorization', mockCredentials.service.header())
        .send({ days: 3 });
      expect(res.status).toBe(200);
      const today = DateTime.utc().toISODate()!;
      const from = DateTime.utc().minus({ days: 3 }).toISODate()!;
      expect(res.body.stored).toEqual(
        expect.arrayContaining([from, today].filter(p => p !== undefined)),
      );
      const history = await get(`/history?from=${from}&to=${today}`);
      expect(history.body.items.map((s: any) => s.period)).toEqual(
        [3, 2, 1, 0].map(d => DateTime.utc().minus({ days: d }).toISODate()),
      );
      const latest = history.body.items[3].data;
      expect(latest.audit.high).toBeGreaterThan(0);
      expect(latest.vendorScores['vendor:default/didomi']).toBe(98.6);
      expect(Object.keys(latest.kpis)).toContain('exploitable-consent-rate');
    });
  },
);

describe('daily snapshots with two backends on one database', () => {
  const postgres = TestDatabases.create({ ids: ['POSTGRES_15'] });
  const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });
  // Two replicas need a database server; SQLite is one process's file.
  const id: TestDatabaseId = postgres.supports('POSTGRES_15')
    ? 'POSTGRES_15'
    : 'SQLITE_3';
  const dbs = id === 'POSTGRES_15' ? postgres : sqlite;

  it('stores each period once, and catches up the days it missed', async () => {
    const shared = await dbs.init(id);
    // The backend was down: the last snapshot is from three days ago. Stored before any
    // replica starts, as it would be.
    await connectDatabase({ getClient: async () => shared });
    const threeDaysAgo = DateTime.utc().minus({ days: 3 }).toISODate()!;
    await shared('maas_snapshots').insert({
      period: threeDaysAgo,
      taken_at: new Date(),
      data: JSON.stringify({ planted: true }),
    });
    const first = await startMaasTestBackend({
      databases: dbs,
      databaseId: id,
      maasDatabase: shared,
      features: [
        catalogPlugin,
        catalogModuleMaas,
        maasPlugin,
        schedulerServiceFactory,
      ],
    });
    await first.ready();
    const second =
      id === 'POSTGRES_15'
        ? await startMaasTestBackend({
            databases: dbs,
            databaseId: id,
            maasDatabase: shared,
            features: [
              catalogPlugin,
              catalogModuleMaas,
              maasPlugin,
              schedulerServiceFactory,
            ],
          })
        : undefined;
    await second?.ready();
    try {
      const want = [2, 1, 0].map(
        d => DateTime.utc().minus({ days: d }).toISODate()!,
      );
      const deadline = Date.now() + 90_000;
      const stored = async () =>
        (await shared('maas_snapshots').select('period')).map(r => r.period);
      while (Date.now() < deadline) {
        const periods = await stored();
        if (want.every(p => periods.includes(p))) break;
        await new Promise(r => setTimeout(r, 500));
      }
      // Let the other replica's run finish too, then count.
      await new Promise(r => setTimeout(r, 3000));
      const rows = await shared('maas_snapshots')
        .select('period')
        .orderBy('period');
      expect(rows.map(r => r.period)).toEqual([threeDaysAgo, ...want]);
    } finally {
      await second?.backend.stop();
      await first.backend.stop();
    }
  });
});
