/** Where a history backfill is: queued, running on one replica, done or failed. @public */
export type BackfillState = 'queued' | 'running' | 'done' | 'failed';

/**
 * A request to recompute the stored daily snapshots of the last `days` days and today, as
 * `GET /api/maas/history/backfill/:id` answers it; any replica can.
 *
 * @public
 */
export interface Backfill {
  id: string;
  days: number;
  state: BackfillState;
  /** The first and last day it recomputes (ISO dates, UTC), fixed when it was requested. */
  from: string;
  to: string;
  /** Days recomputed so far, of `totalDays` (`days` + 1: today too). */
  doneDays: number;
  totalDays: number;
  requestedBy: string;
  requestedAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Why it failed. */
  error?: string;
}
