import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { InventoryImportResult } from '@maas/plugin-maas-common';
import { InventoryService } from '../service/InventoryService';
import { connectDatabase } from './connectDatabase';
import { DatabaseInventoryImportStore } from './DatabaseInventoryImportStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const result = (
  providerId: string,
  finishedAt: string,
  tools: number,
): InventoryImportResult => ({
  providerId,
  source: '/inventory/martech.xlsx',
  sheet: 'Tools',
  startedAt: finishedAt,
  finishedAt,
  status: 'imported',
  rows: tools,
  entities: { vendors: 1, tools },
  problems: [],
  problemCount: 0,
});

describe.each(databases.eachSupportedId())(
  'the inventory import results on %s',
  databaseId => {
    async function service() {
      const knex = await databases.init(databaseId);
      const db = await connectDatabase({
        getClient: async () => knex,
      } as any);
      const logger = mockServices.logger.mock();
      return {
        logger,
        inventory: new InventoryService({
          store: new DatabaseInventoryImportStore(db),
          events: mockServices.events(),
          logger,
        }),
      };
    }

    it('keeps the latest result of each import, whatever order they arrive in', async () => {
      const { inventory } = await service();
      await inventory.record(result('nordics', '2026-12-01T10:00:00.000Z', 10));
      await inventory.record(result('nordics', '2026-12-01T11:00:00.000Z', 12));
      // An older run's event arriving late does not replace the newer one.
      await inventory.record(result('nordics', '2026-12-01T09:00:00.000Z', 3));
      await inventory.record(result('leanix', '2026-12-01T08:00:00.000Z', 40));
      expect(
        (await inventory.list()).map(r => [r.providerId, r.entities.tools]),
      ).toEqual([
        ['leanix', 40],
        ['nordics', 12],
      ]);
    });

    it('drops an event that is not a result, saying why', async () => {
      const { inventory, logger } = await service();
      await inventory.record({ providerId: 'nordics', rows: -1 });
      await inventory.record('nonsense');
      expect(await inventory.list()).toEqual([]);
      expect(logger.warn).toHaveBeenCalledTimes(2);
      expect(logger.warn.mock.calls[0][0]).toContain(
        'Dropped an inventory import result',
      );
    });
  },
);
