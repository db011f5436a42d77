import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { Backfill } from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { BackfillStore } from '../database/BackfillStore';
import { InsightsService } from '../service/InsightsService';
import { Clock, systemClock } from '../service/PlatformReader';

export const BACKFILL_TASK_ID = 'maas-history-backfill';

/** Waits, or stops waiting as soon as the task is aborted (the backend stops). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * History backfills: asked for on any replica, stored in the database, run by a scheduled task
 * on one replica at a time (`scope: 'global'`) at most `daysPerMinute` days a minute, so a
 * rewrite of months of history neither blocks a request nor hogs a replica. A backfill whose
 * runner stopped midway is resumed where it was by the next run.
 */
export class HistoryBackfills {
  constructor(
    private readonly deps: {
      store: BackfillStore;
      insights: InsightsService;
      scheduler: SchedulerService;
      logger: LoggerService;
      settings: { daysPerMinute: number };
      clock?: Clock;
    },
  ) {}

  async schedule(): Promise<void> {
    await this.deps.scheduler.scheduleTask({
      id: BACKFILL_TASK_ID,
      scope: 'global',
      // Requests trigger it at once; the schedule picks up one whose trigger found the task
      // busy, and resumes one a stopped replica left behind.
      frequency: { minutes: 1 },
      timeout: { minutes: 30 },
      initialDelay: { seconds: 30 },
      fn: signal => this.runAll(signal),
    });
  }

  /** Queues a backfill of the last `days` days and today, and wakes the task. */
  async request(days: number, requestedBy: string): Promise<Backfill> {
    const to = DateTime.fromISO((this.deps.clock ?? systemClock)(), {
      zone: 'utc',
    });
    const backfill = await this.deps.store.create({
      days,
      from: to.minus({ days }).toISODate()!,
      to: to.toISODate()!,
      requestedBy,
    });
    // Not awaited: a real scheduler only marks the task due, a test scheduler runs it inline.
    Promise.resolve()
      .then(() => this.deps.scheduler.triggerTask(BACKFILL_TASK_ID))
      .catch(error => {
        this.deps.logger.info(
          `MaaS backfill ${backfill.id} waits for the next run of ${BACKFILL_TASK_ID}: ${error}`,
        );
      });
    return backfill;
  }

  async status(id: string): Promise<Backfill> {
    const backfill = await this.deps.store.get(id);
    if (!backfill) throw new NotFoundError(`No history backfill ${id}`);
    return backfill;
  }

  /** Works through every backfill waiting, one after the other. */
  async runAll(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const backfill = await this.deps.store.claimNext();
      if (!backfill) return;
      await this.runOne(backfill, signal);
    }
  }

  private async runOne(backfill: Backfill, signal: AbortSignal) {
    const { store, insights, logger, settings } = this.deps;
    const interval = 60_000 / settings.daysPerMinute;
    try {
      const platform = await insights.ownPlatform();
      const from = DateTime.fromISO(backfill.from, { zone: 'utc' });
      for (let i = backfill.doneDays; i < backfill.totalDays; i++) {
        // Left running: the next run resumes from the last day done.
        if (signal.aborted) return;
        const started = Date.now();
        await insights.takeSnapshot(
          from.plus({ days: i }).toISODate()!,
          platform,
          { replace: true },
        );
        await store.progress(backfill.id, i + 1);
        await pause(interval - (Date.now() - started), signal);
      }
      await store.finish(backfill.id, {});
      logger.info(
        `MaaS backfill ${backfill.id} recomputed ${backfill.from} to ${backfill.to}`,
      );
    } catch (error) {
      logger.error(`MaaS backfill ${backfill.id} failed`, error as Error);
      await store.finish(backfill.id, {
        error: String((error as Error).message ?? error),
      });
    }
  }
}
