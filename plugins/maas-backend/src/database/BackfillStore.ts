import { Backfill } from '@maas/plugin-maas-common';

/** History backfills, shared by every replica. */
export interface BackfillStore {
  /** Queues a backfill; 409 when one is queued already. */
  create(backfill: {
    days: number;
    from: string;
    to: string;
    requestedBy: string;
  }): Promise<Backfill>;
  get(id: string): Promise<Backfill | undefined>;
  /**
   * The backfill to work on now, marked running: one left running by a runner that stopped
   * (only one runner works at a time, so a running one found by a new run is orphaned), else
   * the oldest queued one.
   */
  claimNext(): Promise<Backfill | undefined>;
  progress(id: string, doneDays: number): Promise<void>;
  finish(id: string, outcome: { error?: string }): Promise<void>;
}
