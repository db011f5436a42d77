import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { DateTime } from 'luxon';
import { startMaasTestBackend } from '@internal/maas-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleMaas from '@maas/plugin-catalog-backend-module-maas';
import { maasPlugin } from '../plugin';
import { connectDatabase } from '../database/connectDatabase';
import { replicaDatabase } from '../__testUtils__/replicaDatabase';

jest.setTimeout(180_000);

describe('daily snapshots with two backends on one database', () => {
  const { databases: dbs, databaseId: id } = replicaDatabase();

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
