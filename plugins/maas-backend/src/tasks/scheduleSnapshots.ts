import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { InsightsService } from '../service/InsightsService';

export const SNAPSHOT_TASK_ID = 'maas-daily-snapshot';

/**
 * Snapshots scores, sprawl, audit and KPIs once per day. The task runs hourly on one replica at
 * a time (`scope: 'global'`, locked in the shared database) and soon after start-up; each run
 * stores the days missing since the last snapshot, so a backend that was down over midnight
 * catches up, and a day already stored is never stored twice.
 */
export async function scheduleSnapshots(options: {
  scheduler: SchedulerService;
  insights: InsightsService;
  logger: LoggerService;
  /**
   * Counts a run as a MaaS write: it records when data products were first seen, which the KPIs
   * read. Hourly, so the views are computed again once an hour at most for it.
   */
  countWrite?: () => Promise<void>;
}): Promise<void> {
  const { scheduler, insights, logger, countWrite } = options;
  await scheduler.scheduleTask({
    id: SNAPSHOT_TASK_ID,
    scope: 'global',
    frequency: { hours: 1 },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 10 },
    fn: async () => {
      try {
        const stored = await insights.catchUp();
        if (stored.length > 0) {
          logger.info(`Stored MaaS snapshots for ${stored.join(', ')}`);
        }
        await countWrite?.();
      } catch (error) {
        logger.error(
          'MaaS snapshot failed; the next run will catch up',
          error as Error,
        );
      }
    },
  });
}
