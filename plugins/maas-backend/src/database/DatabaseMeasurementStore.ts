import { Knex } from 'knex';
import { SlaBreach } from '@maas/plugin-maas-common';
import { Measurement, MeasurementAggregate } from '../domain/measurement';
import { MeasurementStore, SlaTerms } from './MeasurementStore';
import { iso } from './iso';

const TABLE = 'maas_measurements';

/** {@link MeasurementStore} in the plugin's database; aggregation happens in SQL. */
export class DatabaseMeasurementStore implements MeasurementStore {
  constructor(private readonly db: Knex) {}

  async addMeasurements(
    dataProductRef: string,
    measurements: Measurement[],
    sla: SlaTerms,
  ): Promise<{ inserted: number; duplicates: number }> {
    const unique = new Map<number, Measurement>();
    for (const m of measurements) {
      const at = new Date(m.timestamp).getTime();
      if (!unique.has(at)) unique.set(at, m);
    }
    return this.db.transaction(async tx => {
      const times = [...unique.keys()];
      const existing = new Set<number>();
      for (let i = 0; i < times.length; i += 500) {
        const rows = await tx(TABLE)
          .select('measured_at')
          .where({ data_product_ref: dataProductRef })
          .whereIn(
            'measured_at',
            times.slice(i, i + 500).map(t => new Date(t)),
          );
        rows.forEach(r => existing.add(new Date(r.measured_at).getTime()));
      }
      const receivedAt = new Date();
      const rows = [...unique.entries()]
        .filter(([at]) => !existing.has(at))
        .map(([at, m]) => ({
          data_product_ref: dataProductRef,
          measured_at: new Date(at),
          freshness_hours: m.freshnessHours,
          completeness_pct: m.completenessPct,
          events: m.events,
          incidents: m.incidents,
          sla_freshness_hours: sla.freshnessHours ?? null,
          sla_completeness_pct: sla.completenessPct ?? null,
          received_at: receivedAt,
        }));
      for (let i = 0; i < rows.length; i += 500) {
        // A concurrent retry may have stored the same rows since the check above.
        await tx(TABLE)
          .insert(rows.slice(i, i + 500))
          .onConflict(['data_product_ref', 'measured_at'])
          .ignore();
      }
      return {
        inserted: rows.length,
        duplicates: measurements.length - rows.length,
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
