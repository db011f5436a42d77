import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
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

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3_600_000).toISOString();

describe.each(databases.eachSupportedId())(
  'measurements and KPIs on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;
    const auditor = recordingAuditor();
    const { successMeta } = auditor;
    /** `eventId:outcome` of each audit event so far. */
    const auditTrail = () =>
      auditor.events.map(e => `${e.eventId}:${e.outcome}`);

    beforeAll(async () => {
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        config: { maas: { history: { backfill: { daysPerMinute: 6000 } } } },
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          permissionsDenying(outsider).factory,
          auditor.factory,
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
        replaced: 0,
      });
      const retry = await post('crm-customers-consented', {
        measurements: batch,
      });
      expect(retry.status).toBe(200);
      expect(retry.body).toMatchObject({
        inserted: 0,
        duplicates: 4,
        replaced: 0,
      });
      expect(auditTrail()).toContain('measurements-create:success');
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
        'Invalid measurements: measurements.0.timestamp: must not be more than 60 minutes in the future',
      );
      expect((await post('order-history', { measurements: [] })).status).toBe(
        400,
      );
      expect((await post('order-history', { rows: batch })).status).toBe(400);
    });

    it('replaces a re-posted timestamp whose values changed, says so and audits it', async () => {
      const at = hoursAgo(40);
      const row = {
        timestamp: at,
        freshnessHours: 3.3,
        completenessPct: 97.7,
        events: 1000,
        incidents: 2,
      };
      expect(
        (await post('order-history', { measurements: [row] })).status,
      ).toBe(201);
      // The same values again, as a retry: a duplicate (at float4 precision on PostgreSQL).
      const retry = await post('order-history', { measurements: [row] });
      expect(retry.body).toMatchObject({
        inserted: 0,
        duplicates: 1,
        replaced: 0,
      });
      const corrected = await post('order-history', {
        measurements: [
          { ...row, completenessPct: 99.9, incidents: 0 },
          {
            ...row,
            timestamp: hoursAgo(39),
          },
        ],
      });
      expect(corrected.status).toBe(201);
      expect(corrected.body).toMatchObject({
        received: 2,
        inserted: 1,
        duplicates: 0,
        replaced: 1,
      });
      expect(successMeta).toContainEqual(
        expect.objectContaining({
          eventId: 'measurements-create',
          dataProductRef: 'dataproduct:default/order-history',
          replaced: '1',
        }),
      );
      const compliance = await get(
        '/data-products/default/order-history/compliance',
      );
      expect(compliance.body).toMatchObject({ measurements: 2, incidents: 2 });
    });

    it('keeps values too small for a float4 column as 0 instead of failing', async () => {
      const res = await post('crm-customers-consented', {
        measurements: [
          {
            timestamp: hoursAgo(5),
            freshnessHours: 1e-50,
            completenessPct: 1e-50,
            events: 0,
            incidents: 0,
          },
        ],
      });
      expect(res.status).toBe(201);
      const compliance = await get(
        '/data-products/default/crm-customers-consented/compliance',
      );
      expect(compliance.status).toBe(200);
      expect(compliance.body.measurements).toBe(5);
    });

    it('refuses a path the catalogue could not name, and a body that is not JSON', async () => {
      const long = await post(`${'n'.repeat(64)}`, { measurements: batch });
      expect(long.status).toBe(400);
      expect(long.body.error.message).toContain('Invalid path: name: must be');
      const notJson = await request(maas.backend.server)
        .post('/api/maas/data-products/default/order-history/measurements')
        .set('Authorization', mockCredentials.service.header())
        .set('Content-Type', 'application/json')
        .send('{"measurements": [');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error.message).toMatch(
        /^Invalid body: \(body\): is not JSON/,
      );
      const range = await get('/history?from=2026-12-01&to=2026-11-01');
      expect(range.status).toBe(400);
      expect(range.body.error.message).toBe(
        'Invalid query: from: must not be after to (2026-11-01)',
      );
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
        value: 4.3,
        target: 20,
      });
    });

    it('backfills history in a scheduled task, answered 202 with a status any replica can read', async () => {
      const send = (header: string, body: object) =>
        request(maas.backend.server)
          .post('/api/maas/history/backfill')
          .set('Authorization', header)
          .send(body);
      // It rewrites history: a pipeline's service token may not, a platform owner may.
      expect(
        (await send(mockCredentials.service.header(), { days: 3 })).status,
      ).toBe(403);
      const tooMany = await send(mockCredentials.user.header(), { days: 91 });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toBe(
        'Invalid backfill: days: must be at most 90 (maas.history.backfill.maxDays)',
      );
      const res = await send(mockCredentials.user.header(), { days: 3 });
      expect(res.status).toBe(202);
      const today = DateTime.utc().toISODate()!;
      const from = DateTime.utc().minus({ days: 3 }).toISODate()!;
      expect(res.body).toMatchObject({
        days: 3,
        from,
        to: today,
        totalDays: 4,
        requestedBy: 'user:default/mock',
      });
      expect(res.headers.location).toBe(`history/backfill/${res.body.id}`);
      let status: any;
      const deadline = Date.now() + 60_000;
      do {
        await new Promise(r => setTimeout(r, 200));
        status = (await get(`/history/backfill/${res.body.id}`)).body;
      } while (status.state !== 'done' && Date.now() < deadline);
      expect(status).toMatchObject({ state: 'done', doneDays: 4 });
      expect(auditTrail()).toContain('snapshots-backfill:success');
      expect((await get('/history/backfill/no-such-id')).status).toBe(404);

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
