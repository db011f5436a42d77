import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  demoInventoryConfig,
  eventually,
  MaasTestBackend,
  sharedEvents,
  startMaasTestBackend,
} from '@internal/maas-test-utils';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import request from 'supertest';
import { maasPlugin } from '../plugin';
import {
  permissionsDenying,
  recordingAuditor,
} from '../__testUtils__/services';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const owner = 'user:default/platform.owner';
const outsider = 'user:default/outsider';

describe.each(databases.eachSupportedId())(
  'the inventory imports on %s',
  (databaseId: TestDatabaseId) => {
    let maas: MaasTestBackend;
    const auditor = recordingAuditor();

    beforeAll(async () => {
      const config = demoInventoryConfig({ onRequestOnly: true });
      maas = await startMaasTestBackend({
        databases,
        databaseId,
        examples: false,
        config,
        features: [
          catalogPlugin,
          catalogModuleMaas,
          maasPlugin,
          sharedEvents().factory,
          permissionsDenying(outsider).factory,
          auditor.factory,
        ],
      });
    });

    afterAll(async () => {
      await maas?.backend.stop();
    });

    const api = () => request(maas.backend.server);
    const as = (user: string) => ({
      Authorization: mockCredentials.user.header(user),
    });

    it('has no result before the first import', async () => {
      const res = await api().get('/api/maas/inventory/imports').set(as(owner));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [] });
    });

    it('runs the import on request and serves its result, the bad row with its row and column', async () => {
      const asked = await api()
        .post('/api/maas/inventory/imports')
        .set(as(owner))
        .send({});
      expect(asked.status).toBe(202);
      expect(asked.body).toMatchObject({ requestedBy: owner });
      expect(auditor.events).toContainEqual({
        eventId: 'inventory-import-request',
        outcome: 'success',
      });

      const [result] = await eventually('the import result', async () => {
        const res = await api()
          .get('/api/maas/inventory/imports')
          .set(as(outsider));
        return res.body.items?.length ? res.body.items : undefined;
      });
      expect(result).toMatchObject({
        providerId: 'nordics',
        sheet: 'Tools',
        status: 'imported-with-problems',
        rows: 12,
        entities: { tools: 11, vendors: 11 },
        problemCount: 1,
        problems: [
          {
            row: 9,
            column: 'Licences active',
            cell: 'I9',
            field: 'spec.licenses.active',
            level: 'error',
          },
        ],
      });
      expect(new Date(result.finishedAt).getTime()).toBeGreaterThanOrEqual(
        new Date(asked.body.requestedAt).getTime(),
      );
    });

    it('lets only holders of maas.inventory.import ask, and no one unsigned read', async () => {
      const denied = await api()
        .post('/api/maas/inventory/imports')
        .set(as(outsider))
        .send({});
      expect(denied.status).toBe(403);
      const bad = await api()
        .post('/api/maas/inventory/imports')
        .set(as(owner))
        .send({ providerId: '', sheet: 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('providerId');
      const anonymous = await api()
        .get('/api/maas/inventory/imports')
        .set({ Authorization: mockCredentials.none.header() });
      expect(anonymous.status).toBe(401);
    });
  },
);
