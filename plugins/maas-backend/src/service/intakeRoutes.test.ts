import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import { OUTSIDER, useApiTestBackend } from '../__testUtils__/apiTestBackend';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const daysAgo = (n: number) => DateTime.utc().minus({ days: n }).toISODate()!;
const salesCloud = 'martechtool:default/salesforce-sales-cloud';
const hootsuite = 'martechtool:default/hootsuite';

// The platform owner's intake on the demo stack.
describe.each(databases.eachSupportedId())(
  'the intake routes on %s',
  (databaseId: TestDatabaseId) => {
    const { get, post, auditor } = useApiTestBackend(databases, databaseId);

    describe('licence usage', () => {
      const postUsage = (
        tool: string,
        body: unknown,
        header = mockCredentials.service.header(),
      ) =>
        post(`/tools/default/${tool}/usage`)
          .set('Authorization', header)
          .send(body as object);
      const licenceOf = async (ref: string, asOf?: string) => {
        const res = await get(`/sprawl${asOf ? `?asOf=${asOf}` : ''}`);
        expect(res.status).toBe(200);
        return {
          licence: res.body.licences.find((l: any) => l.ref === ref),
          total: res.body.unusedSeatCost,
          candidate: res.body.candidates.find((c: any) => c.ref === ref),
        };
      };
      const overUseFinding = async (ref: string) => {
        const res = await get('/audit');
        expect(res.status).toBe(200);
        return res.body.findings.find(
          (f: any) => f.entityRef === ref && f.rule === 'licences-over-used',
        );
      };

      it('reads the catalogue figures until a system posts usage, with the cost of unused seats', async () => {
        const { licence, total } = await licenceOf(salesCloud);
        // 220 bought, 205 in use, EUR 380,000 a year: 15 × 380,000 / 220.
        expect(licence).toEqual({
          ref: salesCloud,
          title: 'Salesforce Sales Cloud',
          purchased: 220,
          active: 205,
          utilisationPct: 93.2,
          source: 'catalogue',
          unusedSeats: 15,
          unusedCost: { amount: 25909.09, currency: 'EUR' },
        });
        expect(total).toHaveLength(1);
        expect(total[0].currency).toBe('EUR');
      });

      it('lets the latest usage posted override them in sprawl, down to an under-used candidate', async () => {
        const before = (await licenceOf(salesCloud)).total[0].amount;
        const first = await postUsage('salesforce-sales-cloud', {
          asOf: daysAgo(10),
          active: 150,
          assigned: 190,
          source: 'okta',
        });
        expect(first.status).toBe(201);
        expect(first.body).toEqual({
          toolRef: salesCloud,
          usage: {
            asOf: daysAgo(10),
            active: 150,
            assigned: 190,
            source: 'okta',
          },
          result: 'inserted',
        });
        const latest = await postUsage('salesforce-sales-cloud', {
          asOf: daysAgo(1),
          active: 99,
          purchased: 200,
        });
        expect(latest.status).toBe(201);

        const { licence, total, candidate } = await licenceOf(salesCloud);
        expect(licence).toEqual({
          ref: salesCloud,
          title: 'Salesforce Sales Cloud',
          purchased: 200,
          active: 99,
          utilisationPct: 49.5,
          source: 'usage',
          asOf: daysAgo(1),
          unusedSeats: 101,
          unusedCost: { amount: 191900, currency: 'EUR' },
        });
        expect(total[0].amount).toBeCloseTo(before - 25909.09 + 191900, 2);
        expect(candidate.reasons).toContainEqual({
          reason: 'under-used',
          detail: '99 of 200 licences in use (49.5 %)',
        });
        // As of a day before the usage, the catalogue's figures still hold.
        expect((await licenceOf(salesCloud, daysAgo(20))).licence.source).toBe(
          'catalogue',
        );
        expect((await licenceOf(salesCloud, daysAgo(5))).licence).toMatchObject(
          { active: 150, purchased: 220, assigned: 190 },
        );
      });

      it('changes the audit: over-use appears and disappears with the figures posted', async () => {
        // The catalogue says 27 of 25 Hootsuite seats are in use.
        expect((await overUseFinding(hootsuite)).message).toBe(
          '27 licences in use, 25 purchased',
        );
        expect(
          (await postUsage('hootsuite', { asOf: daysAgo(2), active: 20 }))
            .status,
        ).toBe(201);
        expect(await overUseFinding(hootsuite)).toBeUndefined();

        expect(await overUseFinding(salesCloud)).toBeUndefined();
        await postUsage('salesforce-sales-cloud', {
          asOf: daysAgo(0),
          active: 230,
          source: 'okta',
        });
        expect((await overUseFinding(salesCloud)).message).toBe(
          `230 licences in use, 220 purchased (usage reported for ${daysAgo(
            0,
          )} by okta)`,
        );
      });

      it('keeps a retried day once and replaces a corrected one, in the audit trail too', async () => {
        const day = { asOf: daysAgo(3), active: 18, source: 'hootsuite-admin' };
        const retry = await postUsage('hootsuite', day);
        expect(retry.status).toBe(201);
        const again = await postUsage('hootsuite', day);
        expect(again.status).toBe(200);
        expect(again.body.result).toBe('duplicate');
        const corrected = await postUsage('hootsuite', { ...day, active: 19 });
        expect(corrected.status).toBe(200);
        expect(corrected.body.result).toBe('replaced');
        expect(
          auditor.successMeta
            .filter(
              m =>
                m.eventId === 'licence-usage-create' &&
                m.toolRef === hootsuite &&
                m.asOf === day.asOf,
            )
            .map(m => m.result),
        ).toEqual(['inserted', 'duplicate', 'replaced']);
      });

      it('gives utilisation over time, oldest first', async () => {
        const res = await get(
          `/tools/default/salesforce-sales-cloud/usage?from=${daysAgo(30)}`,
        );
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          toolRef: salesCloud,
          title: 'Salesforce Sales Cloud',
          from: daysAgo(30),
          to: daysAgo(0),
          cost: { amount: 380000, currency: 'EUR' },
          current: {
            source: 'usage',
            asOf: daysAgo(0),
            active: 230,
            purchased: 220,
            utilisationPct: 104.5,
            unusedSeats: 0,
          },
        });
        expect(
          res.body.points.map((p: any) => [
            p.asOf,
            p.active,
            p.purchased,
            p.utilisationPct,
          ]),
        ).toEqual([
          [daysAgo(10), 150, 220, 68.2],
          [daysAgo(1), 99, 200, 49.5],
          [daysAgo(0), 230, 220, 104.5],
        ]);
      });

      it('refuses bad figures with a 400 naming the field, never a 5xx', async () => {
        const cases: Array<[unknown, string]> = [
          [{ asOf: daysAgo(-3), active: 1 }, 'asOf: must not be after'],
          [{ asOf: '2026-02-30', active: 1 }, 'asOf: is not a calendar date'],
          [{ asOf: daysAgo(1), active: -1 }, 'active: must be at least 0'],
          [{ asOf: daysAgo(1), active: 1.5 }, 'active: must be a whole number'],
          [{ asOf: daysAgo(1), active: 3e9 }, 'active: must be at most'],
          [{ asOf: daysAgo(1) }, 'active:'],
          [{ asOf: daysAgo(1), active: 1, seats: 2 }, 'seats'],
          [
            { asOf: daysAgo(1), active: 1, source: 'a\u0000b' },
            'source: must not contain the NUL character',
          ],
        ];
        for (const [body, message] of cases) {
          const res = await postUsage('hootsuite', body);
          expect({ body, status: res.status }).toEqual({ body, status: 400 });
          expect(res.body.error.message).toContain(message);
        }
        const path = await postUsage('not a name!', {
          asOf: daysAgo(1),
          active: 1,
        });
        expect(path.status).toBe(400);
        expect(path.body.error.message).toMatch(/name/);
      });

      it('answers 404 for a tool the catalogue does not know', async () => {
        const res = await postUsage('no-such-tool', {
          asOf: daysAgo(1),
          active: 1,
        });
        expect(res.status).toBe(404);
        expect((await get('/tools/default/no-such-tool/usage')).status).toBe(
          404,
        );
      });

      it('needs the permission: 401 without a caller, 403 without it', async () => {
        const body = { asOf: daysAgo(1), active: 1 };
        expect(
          (await postUsage('hootsuite', body, mockCredentials.none.header()))
            .status,
        ).toBe(401);
        expect(
          (
            await postUsage(
              'hootsuite',
              body,
              mockCredentials.user.header(OUTSIDER),
            )
          ).status,
        ).toBe(403);
      });
    });

    describe('budget', () => {
      it("splits the demo stack's spend by funder, with the co-funded share", async () => {
        const res = await get('/budget');
        expect(res.status).toBe(200);
        expect(res.body.currencies).toHaveLength(1);
        const { byCategory, ...eur } = res.body.currencies[0];
        // 44 tools in use, all priced in euros; seven declare no funding.
        expect(eur).toEqual({
          currency: 'EUR',
          total: 3449000,
          marketing: 1718000,
          it: 1239000,
          undeclared: 492000,
          tools: 44,
          coFunded: { tools: 17, amount: 1479000, sharePct: 42.9 },
        });
        const infrastructure = byCategory.find(
          (c: any) => c.category === 'data-infrastructure',
        );
        expect(infrastructure.marketing).toBe(0);
        expect(infrastructure.it).toBe(infrastructure.total);
        expect(
          byCategory.reduce((sum: number, c: any) => sum + c.total, 0),
        ).toBe(eur.total);
        expect(res.body.unpriced).toEqual([]);
      });

      it('shows the co-funded share among the KPIs', async () => {
        const res = await get('/kpis');
        expect(res.status).toBe(200);
        const kpi = res.body.kpis.find((k: any) => k.id === 'co-funded-spend');
        expect(kpi.value).toBe(42.9);
        expect(kpi.inputs).toEqual([
          {
            description: 'tools in use priced in EUR, co-funded',
            count: 17,
            of: 44,
          },
        ]);
      });

      it('refuses a query parameter it does not know, naming it', async () => {
        const res = await get('/budget?currency=EUR');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/currency/);
      });

      it('needs a caller', async () => {
        const res = await get('/budget').set(
          'Authorization',
          mockCredentials.none.header(),
        );
        expect(res.status).toBe(401);
      });
    });
  },
);
