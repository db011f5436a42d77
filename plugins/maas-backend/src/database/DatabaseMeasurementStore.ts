import { Knex } from 'knex';
import { SlaBreach } from '@maas/plugin-maas-common';
import { Measurement, MeasurementAggregate } from '../domain/measurement';
import { MeasurementStore, SlaTerms } from './MeasurementStore';
import { iso } from './iso';

const TABLE = 'maas_measurements';

type StoredValues = {
  freshness_hours: number | string;
  completeness_pct: number | string;
  events: number | string;
  incidents: number | string;
};

/**
 * Whether a stored row holds these values. The percentages and hours are single-precision floats
 * in PostgreSQL, so both sides are compared at that precision: a retried batch is a duplicate
 * there as on SQLite.
 */
function sameValues(stored: StoredValues, m: Measurement): boolean {
  const float = (v: number | string) => Math.fround(Number(v));
  return (
    float(stored.freshness_hours) === Math.fround(m.freshnessHours) &&
    float(stored.completeness_pct) === Math.fround(m.completenessPct) &&
    Number(stored.events) === m.events &&
    Number(stored.incidents) === m.incidents
  );
}

/** {@link MeasurementStore} in the plugin's database; aggregation happens in SQL. */
export class DatabaseMeasurementStore implements MeasurementStore {
  constructor(private readonly db: Knex) {}

  async addMeasurements(
    dataProductRef: string,
    measurements: Measurement[],
    sla: SlaTerms,
  ): Promise<{ inserted: number; duplicates: number; replaced: number }> {
    const unique = new Map<number, Measurement>();
    for (const m of measurements) {
      const at = new Date(m.timestamp).getTime();
      if (!unique.has(at)) unique.set(at, m);
    }
    const receivedAt = new Date();
    const columns = (m: Measurement) => ({
      freshness_hours: m.freshnessHours,
      completeness_pct: m.completenessPct,
      events: m.events,
      incidents: m.incidents,
      sla_freshness_hours: sla.freshnessHours ?? null,
      sla_completeness_pct: sla.completenessPct ?? null,
      received_at: receivedAt,
    });
    return this.db.transaction(async tx => {
      const times = [...unique.keys()];
      const existing = new Map<number, StoredValues>();
      for (let i = 0; i < times.length; i += 500) {
        const rows = await tx(TABLE)
          .select(
            'measured_at',
            'freshness_hours',
            'completeness_pct',
            'events',
            'incidents',
          )
          .where({ data_product_ref: dataProductRef })
          .whereIn(
            'measured_at',
            times.slice(i, i + 500).map(t => new Date(t)),
          );
        rows.forEach(r => existing.set(new Date(r.measured_at).getTime(), r));
      }
      const fresh: Array<Record<string, unknown>> = [];
      let replaced = 0;
      for (const [at, m] of unique) {
        const stored = existing.get(at);
        if (!stored) {
          fresh.push({
            data_product_ref: dataProductRef,
            measured_at: new Date(at),
            ...columns(m),
          });
        } else if (!sameValues(stored, m)) {
          // A pipeline correcting a measurement: the new values replace the old, judged
          // against the SLA as it is now.
          await tx(TABLE)
            .where({
              data_product_ref: dataProductRef,
              measured_at: new Date(at),
            })
            .update(columns(m));
          replaced += 1;
        }
      }
      for (let i = 0; i < fresh.length; i += 500) {
        // A concurrent batch may have stored the same timestamps since the read above: the
        // later write wins, as a correction would.
        await tx(TABLE)
          .insert(fresh.slice(i, i + 500))
          .onConflict(['data_product_ref', 'measured_at'])
          .merge();
      }
      return {
        inserted: fresh.length,
        duplicates: measurements.length - fresh.length - replaced,
        replaced,
      };
    });
  }

  async aggregate(
    from: Date,
    to: Date,
  ): Promise<Map<string, MeasurementAggregate>> {
    const sums: any[] = await this.db(TABLE)
      .select('data_product_ref')
      .count({ count: '*' })
      .select(
        this.db.raw(
          'sum(case when sla_freshness_hours is not null then 1 else 0 end) as freshness_assessed',
        ),
        this.db.raw(
          'sum(case when sla_freshness_hours is not null and freshness_hours <= sla_freshness_hours then 1 else 0 end) as freshness_met',
        ),
        this.db.raw(
          'sum(case when sla_completeness_pct is not null then 1 else 0 end) as completeness_assessed',
        ),
        this.db.raw(
          'sum(case when sla_completeness_pct is not null and completeness_pct >= sla_completeness_pct then 1 else 0 end) as completeness_met',
        ),
      )
      .sum({ events: 'events', incidents: 'incidents' })
      .max({ latest_at: 'measured_at' })
      .where('measured_at', '>', from)
      .andWhere('measured_at', '<=', to)
      .groupBy('data_product_ref');

    const latest = await this.db(`${TABLE} as m`)
      .join(
        this.db(TABLE)
          .select('data_product_ref')
          .max({ latest_at: 'measured_at' })
          .where('measured_at', '>', from)
          .andWhere('measured_at', '<=', to)
          .groupBy('data_product_ref')
          .as('l'),
        function on() {
          this.on('l.data_product_ref', '=', 'm.data_product_ref').andOn(
            'l.latest_at',
            '=',
            'm.measured_at',
          );
        },
      )
      .select('m.data_product_ref', 'm.freshness_hours');
    const latestFreshness = new Map(
      latest.map(r => [
        r.data_product_ref as string,
        Number(r.freshness_hours),
      ]),
    );

    return new Map(
      sums.map(r => {
        const ref = r.data_product_ref as string;
        return [
          ref,
          {
            dataProductRef: ref,
            count: Number(r.count),
            freshnessAssessed: Number(r.freshness_assessed),
            freshnessMet: Number(r.freshness_met),
            completenessAssessed: Number(r.completeness_assessed),
            completenessMet: Number(r.completeness_met),
            events: Number(r.events),
            incidents: Number(r.incidents),
            latestAt: iso(r.latest_at),
            latestFreshnessHours: latestFreshness.get(ref) ?? Number.NaN,
          },
        ];
      }),
    );
  }

  async breaches(
    dataProductRef: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<SlaBreach[]> {
    const rows = await this.db(TABLE)
      .where({ data_product_ref: dataProductRef })
      .andWhere('measured_at', '>', from)
      .andWhere('measured_at', '<=', to)
      .andWhere(q =>
        q
          .whereRaw(
            'sla_freshness_hours is not null and freshness_hours > sla_freshness_hours',
          )
          .orWhereRaw(
            'sla_completeness_pct is not null and completeness_pct < sla_completeness_pct',
          ),
      )
      .orderBy('measured_at', 'desc')
      .limit(limit);
    const breaches: SlaBreach[] = [];
    for (const r of rows) {
      const timestamp = iso(r.measured_at);
      if (
        r.sla_freshness_hours !== null &&
        Number(r.freshness_hours) > Number(r.sla_freshness_hours)
      ) {
        breaches.push({
          timestamp,
          term: 'freshness',
          value: Number(r.freshness_hours),
          target: Number(r.sla_freshness_hours),
        });
      }
      if (
        r.sla_completeness_pct !== null &&
        Number(r.completeness_pct) < Number(r.sla_completeness_pct)
      ) {
        breaches.push({
          timestamp,
          term: 'completeness',
          value: Number(r.completeness_pct),
          target: Number(r.sla_completeness_pct),
        });
      }
    }
    return breaches;
  }

  async firstMeetingSla(until: Date): Promise<Map<string, string>> {
    const rows: any[] = await this.db(TABLE)
      .select('data_product_ref')
      .min({ first_at: 'measured_at' })
      .where('measured_at', '<=', until)
      .whereRaw(
        '(sla_freshness_hours is not null or sla_completeness_pct is not null)',
      )
      .whereRaw(
        '(sla_freshness_hours is null or freshness_hours <= sla_freshness_hours)',
      )
      .whereRaw(
        '(sla_completeness_pct is null or completeness_pct >= sla_completeness_pct)',
      )
      .groupBy('data_product_ref');
    return new Map(
      rows.map(r => [r.data_product_ref as string, iso(r.first_at)]),
    );
  }
}
