import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { CampaignService } from '../service/CampaignService';

export const COMPLETION_TASK_ID = 'maas-campaign-completion';

/**
 * Completes live campaigns the day after their end. Hourly on one replica at a time
 * (`scope: 'global'`) and soon after start-up, so a backend that was down catches up; a campaign
 * another replica or its team moved meanwhile is left as it is.
 */
export async function scheduleCampaignCompletion(options: {
  scheduler: SchedulerService;
  campaigns: CampaignService;
  today: () => string;
  logger: LoggerService;
  /** Counts completed campaigns as a MaaS write: the KPIs count campaigns by state. */
  countWrite?: () => Promise<void>;
}): Promise<void> {
  const { scheduler, campaigns, today, logger, countWrite } = options;
  await scheduler.scheduleTask({
    id: COMPLETION_TASK_ID,
    scope: 'global',
    frequency: { hours: 1 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 15 },
    fn: async () => {
      try {
        const completed = await campaigns.completeEnded(today());
        if (completed.length > 0) {
          logger.info(`Completed ended campaigns: ${completed.join(', ')}`);
          await countWrite?.();
        }
      } catch (error) {
        logger.error(
          'Completing ended campaigns failed; the next run tries again',
          error as Error,
        );
      }
    },
  });
}
