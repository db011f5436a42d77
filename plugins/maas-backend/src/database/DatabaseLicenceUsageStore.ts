import { LicenceUsage } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { isUniqueViolation } from './isUniqueViolation';
import { LicenceUsageStore, UsageWrite } from './LicenceUsageStore';

const TABLE = 'maas_licence_usage';

interface Row {
  tool_ref: string;
  as_of: string;
  active: number;
  purchased: number | null;
  assigned: number | null;
  source: string | null;
}

function toUsage(row: Row): LicenceUsage {
  return {
    asOf: row.as_of,
    active: Number(row.active),
    ...(row.purchased !== null ? { purchased: Number(row.purchased) } : {}),
    ...(row.assigned !== null ? { assigned: Number(row.assigned) } : {}),
    ...(row.source !== null ? { source: row.source } : {}),
  };
}

const figures = (usage: LicenceUsage) => ({
  active: usage.active,
  purchased: usage.purchased ?? null,
  assigned: usage.assigned ?? null,
  source: usage.source ?? null,
});

/** {@link LicenceUsageStore} in the plugin's database. */
export class DatabaseLicenceUsageStore implements LicenceUsageStore {
  constructor(private readonly db: Knex) {}

  async record(
    toolRef: string,
    usage: LicenceUsage,
    postedBy: string,
  ): Promise<UsageWrite> {
    const key = { tool_ref: toolRef, as_of: usage.asOf };
    const values = figures(usage);
    const posted = { posted_by: postedBy, posted_at: new Date() };
    // Two posts of a new day at once: the loser of the unique index retries as a correction.
    for (let attempt = 0; ; attempt++) {
      const stored: Row | undefined = await this.db(TABLE).where(key).first();
      if (stored) {
        const before = figures(toUsage(stored));
        const same = (Object.keys(values) as Array<keyof typeof values>).every(
          column => before[column] === values[column],
        );
        if (same) return 'duplicate';
        await this.db(TABLE)
          .where(key)
          .update({ ...values, ...posted });
        return 'replaced';
      }
      try {
        await this.db(TABLE).insert({ ...key, ...values, ...posted });
        return 'inserted';
      } catch (error) {
        if (!isUniqueViolation(error) || attempt > 0) throw error;
      }
    }
  }

  async latest(asOf: string): Promise<Map<string, LicenceUsage>> {
    const newest = this.db(TABLE)
      .select('tool_ref')
      .max({ as_of: 'as_of' })
      .where('as_of', '<=', asOf)
      .groupBy('tool_ref')
      .as('newest');
    const rows: Row[] = await this.db(`${TABLE} as u`)
      .join(newest, join =>
        join
          .on('u.tool_ref', '=', 'newest.tool_ref')
          .andOn('u.as_of', '=', 'newest.as_of'),
      )
      .select(
        'u.tool_ref',
        'u.as_of',
        'u.active',
        'u.purchased',
        'u.assigned',
        'u.source',
      );
    return new Map(rows.map(r => [r.tool_ref, toUsage(r)]));
  }

  async history(
    toolRef: string,
    from: string,
    to: string,
  ): Promise<LicenceUsage[]> {
    const rows: Row[] = await this.db(TABLE)
      .where({ tool_ref: toolRef })
      .andWhere('as_of', '>=', from)
      .andWhere('as_of', '<=', to)
      .orderBy('as_of', 'asc');
    return rows.map(toUsage);
  }
}
