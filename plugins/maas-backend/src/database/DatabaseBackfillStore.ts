import { randomUUID } from 'node:crypto';
import { ConflictError } from '@backstage/errors';
import { Backfill, BackfillState } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { BackfillStore } from './BackfillStore';
import { iso } from './iso';
import { isUniqueViolation } from './isUniqueViolation';

const TABLE = 'maas_backfills';

type BackfillRow = {
  id: string;
  days: number | string;
  period_from: string;
  period_to: string;
  state: BackfillState;
  done_days: number | string;
  requested_by: string;
  requested_at: unknown;
  started_at: unknown | null;
  finished_at: unknown | null;
  error: string | null;
};

function toBackfill(row: BackfillRow): Backfill {
  return {
    id: row.id,
    days: Number(row.days),
    state: row.state,
    from: row.period_from,
    to: row.period_to,
    doneDays: Number(row.done_days),
    totalDays: Number(row.days) + 1,
    requestedBy: row.requested_by,
    requestedAt: iso(row.requested_at),
    ...(row.started_at ? { startedAt: iso(row.started_at) } : {}),
    ...(row.finished_at ? { finishedAt: iso(row.finished_at) } : {}),
    ...(row.error ? { error: row.error } : {}),
  };
}

/** {@link BackfillStore} in the plugin's database. */
export class DatabaseBackfillStore implements BackfillStore {
  constructor(private readonly db: Knex) {}

  async create(backfill: {
    days: number;
    from: string;
    to: string;
    requestedBy: string;
  }): Promise<Backfill> {
    const id = randomUUID();
    try {
      await this.db(TABLE).insert({
        id,
        days: backfill.days,
        period_from: backfill.from,
        period_to: backfill.to,
        state: 'queued',
        done_days: 0,
        requested_by: backfill.requestedBy,
        requested_at: new Date(),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const queued = await this.db<BackfillRow>(TABLE)
        .where({ state: 'queued' })
        .first();
      throw new ConflictError(
        `A backfill is already waiting to run${
          queued ? ` (${queued.id}, ${queued.days} days)` : ''
        }: follow it, or ask again once it has started`,
      );
    }
    return (await this.get(id))!;
  }

  async get(id: string): Promise<Backfill | undefined> {
    const row = await this.db<BackfillRow>(TABLE).where({ id }).first();
    return row ? toBackfill(row) : undefined;
  }

  async claimNext(): Promise<Backfill | undefined> {
    const orphan = await this.db<BackfillRow>(TABLE)
      .where({ state: 'running' })
      .first();
    if (orphan) return toBackfill(orphan);
    const queued = await this.db<BackfillRow>(TABLE)
      .where({ state: 'queued' })
      .orderBy('requested_at', 'asc')
      .first();
    if (!queued) return undefined;
    const claimed = await this.db(TABLE)
      .where({ id: queued.id, state: 'queued' })
      .update({ state: 'running', started_at: new Date() });
    return claimed === 1 ? this.get(queued.id) : undefined;
  }

  async progress(id: string, doneDays: number): Promise<void> {
    await this.db(TABLE).where({ id }).update({ done_days: doneDays });
  }

  async finish(id: string, outcome: { error?: string }): Promise<void> {
    await this.db(TABLE)
      .where({ id })
      .update({
        state: outcome.error ? 'failed' : 'done',
        finished_at: new Date(),
        error: outcome.error ?? null,
      });
  }
}
