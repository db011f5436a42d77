import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { connectDatabase } from '../database/connectDatabase';
import { DatabaseBackfillStore } from '../database/DatabaseBackfillStore';
import { InsightsService } from '../service/InsightsService';
import { HistoryBackfills } from './HistoryBackfills';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'history backfills on %s',
  databaseId => {
    async function setUp(daysPerMinute: number) {
      const knex = await databases.init(databaseId);
      const db = await connectDatabase({ getClient: async () => knex });
      const store = new DatabaseBackfillStore(db);
      const snapshots: string[] = [];
      const insights = {
        ownPlatform: async () => ({}),
        takeSnapshot: async (period: string) => {
          snapshots.push(period);
          return true;
        },
      } as unknown as InsightsService;
      const scheduler = mockServices.scheduler.mock();
      const backfills = new HistoryBackfills({
        store,
        insights,
        scheduler,
        logger: mockServices.logger.mock(),
        settings: { daysPerMinute },
        clock: () => '2026-12-03',
      });
      return { db, store, backfills, snapshots, scheduler };
    }

    it('queues one backfill at a time, wakes the task, and runs it at the configured rate', async () => {
      const { backfills, snapshots, scheduler } = await setUp(600);
      const queued = await backfills.request(2, 'user:default/sofia.marino');
      expect(queued).toMatchObject({
        state: 'queued',
        from: '2026-12-01',
        to: '2026-12-03',
        doneDays: 0,
        totalDays: 3,
      });
      expect(scheduler.triggerTask).toHaveBeenCalledWith(
        'maas-history-backfill',
      );
      await expect(backfills.request(5, 'user:default/x')).rejects.toThrow(
        `A backfill is already waiting to run (${queued.id}, 2 days)`,
      );
      const started = Date.now();
      await backfills.runAll(new AbortController().signal);
      // 600 days a minute: 100 ms between days.
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(snapshots).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
      expect(await backfills.status(queued.id)).toMatchObject({
        state: 'done',
        doneDays: 3,
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
      });
      // Done, so a new one may be queued.
      await expect(
        backfills.request(1, 'user:default/x'),
      ).resolves.toMatchObject({ state: 'queued' });
    });

    it('resumes a backfill a stopped replica left running, from the last day done', async () => {
      const { db, store, backfills, snapshots } = await setUp(6000);
      const queued = await backfills.request(4, 'user:default/a');
      expect((await store.claimNext())?.id).toBe(queued.id);
      await store.progress(queued.id, 3);
      await backfills.runAll(new AbortController().signal);
      expect(snapshots).toEqual(['2026-12-02', '2026-12-03']);
      const [row] = await db('maas_backfills').where({ id: queued.id });
      expect(row.state).toBe('done');
    });

    it('records why a backfill failed', async () => {
      const { store, backfills } = await setUp(6000);
      const failing = new HistoryBackfills({
        store,
        insights: {
          ownPlatform: async () => {
            throw new Error('catalogue unreachable');
          },
        } as unknown as InsightsService,
        scheduler: mockServices.scheduler.mock(),
        logger: mockServices.logger.mock(),
        settings: { daysPerMinute: 6000 },
      });
      const queued = await failing.request(1, 'user:default/a');
      await failing.runAll(new AbortController().signal);
      expect(await backfills.status(queued.id)).toMatchObject({
        state: 'failed',
        error: 'catalogue unreachable',
      });
      await expect(backfills.status('nope')).rejects.toThrow(
        'No history backfill nope',
      );
    });
  },
);
