import { Snapshot, SnapshotData } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { iso } from './iso';
import { SnapshotStore } from './SnapshotStore';

/** {@link SnapshotStore} in the plugin's database. */
export class DatabaseSnapshotStore implements SnapshotStore {
  constructor(private readonly db: Knex) {}

  async latestPeriod(): Promise<string | undefined> {
    const row = await this.db('maas_snapshots')
      .max({ period: 'period' })
      .first();
    return (row?.period as string | null) ?? undefined;
  }

  async hasPeriod(period: string): Promise<boolean> {
    return Boolean(await this.db('maas_snapshots').where({ period }).first());
  }

  async saveSnapshot(
    period: string,
    data: SnapshotData,
    options: { replace?: boolean } = {},
  ): Promise<boolean> {
    if (options.replace) {
      await this.db('maas_snapshots')
        .insert({ period, taken_at: new Date(), data: JSON.stringify(data) })
        .onConflict('period')
        .merge();
      return true;
    }
    const before = await this.hasPeriod(period);
    if (before) return false;
    const result = await this.db('maas_snapshots')
      .insert({ period, taken_at: new Date(), data: JSON.stringify(data) })
      .onConflict('period')
      .ignore()
      .returning('period');
    return Array.isArray(result) && result.length > 0;
  }

  async listSnapshots(from: string, to: string): Promise<Snapshot[]> {
    const rows = await this.db('maas_snapshots')
      .where('period', '>=', from)
      .andWhere('period', '<=', to)
      .orderBy('period', 'asc');
    return rows.map(r => ({
      period: r.period,
      takenAt: iso(r.taken_at),
      data: JSON.parse(r.data),
    }));
  }

  async recordFirstSeen(refs: string[], at: Date): Promise<void> {
    for (let i = 0; i < refs.length; i += 500) {
      await this.db('maas_first_seen')
        .insert(
          refs
            .slice(i, i + 500)
            .map(entity_ref => ({ entity_ref, first_seen_at: at })),
        )
        .onConflict('entity_ref')
        .ignore();
    }
  }

  async firstSeen(): Promise<Map<string, string>> {
    const rows = await this.db('maas_first_seen');
    return new Map(
      rows.map(r => [r.entity_ref as string, iso(r.first_seen_at)]),
    );
  }
}
