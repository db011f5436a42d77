import { mockServices } from '@backstage/backend-test-utils';
import { CampaignService } from '../service/CampaignService';
import { InsightsService } from '../service/InsightsService';
import { scheduleCampaignCompletion } from './scheduleCampaignCompletion';
import { scheduleSnapshots } from './scheduleSnapshots';

/** A scheduler that keeps the task's function, for the test to run it. */
function capturingScheduler() {
  const scheduler = mockServices.scheduler.mock();
  let fn: (() => Promise<void>) | undefined;
  scheduler.scheduleTask.mockImplementation(async task => {
    fn = () => (task.fn as any)(new AbortController().signal);
  });
  return { scheduler, run: () => fn!() };
}

// What a task changes is counted as a MaaS write, so no replica serves a view computed before.
describe('scheduled tasks count what they change as a MaaS write', () => {
  it('counts completed campaigns, and nothing when none ended', async () => {
    const { scheduler, run } = capturingScheduler();
    const completeEnded = jest.fn(async () => ['campaign:default/spring']);
    const countWrite = jest.fn(async () => {});
    await scheduleCampaignCompletion({
      scheduler,
      campaigns: { completeEnded } as unknown as CampaignService,
      today: () => '2026-12-03',
      logger: mockServices.logger.mock(),
      countWrite,
    });
    await run();
    expect(countWrite).toHaveBeenCalledTimes(1);
    completeEnded.mockResolvedValueOnce([]);
    await run();
    expect(countWrite).toHaveBeenCalledTimes(1);
  });

  it('counts a snapshot run (it records first sightings the KPIs read), not a failed one', async () => {
    const { scheduler, run } = capturingScheduler();
    const catchUp = jest.fn(async () => [] as string[]);
    const countWrite = jest.fn(async () => {});
    await scheduleSnapshots({
      scheduler,
      insights: { catchUp } as unknown as InsightsService,
      logger: mockServices.logger.mock(),
      countWrite,
    });
    await run();
    expect(countWrite).toHaveBeenCalledTimes(1);
    catchUp.mockRejectedValueOnce(new Error('database down'));
    await run();
    expect(countWrite).toHaveBeenCalledTimes(1);
  });
});
