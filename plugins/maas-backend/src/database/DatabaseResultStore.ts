import { AudienceValue, CampaignResultRow } from '@maas/plugin-maas-common';
import { Knex } from 'knex';
import { iso } from './iso';
import {
  ArmTotals,
  CampaignKey,
  PutResultsOptions,
  PutResultsOutcome,
  ResultStore,
} from './ResultStore';

const RESULTS = 'maas_campaign_results';
const VALUES = 'maas_audience_values';

type ResultRow = {
  namespace: string;
  name: string;
  arm: string;
  day: string;
  users: number | string;
  conversions: number | string;
  revenue: number | string;
  spend: number | string;
  new_customers: number | string;
  currency: string;
};

type Figures = Pick<
  ResultRow,
  'users' | 'conversions' | 'revenue' | 'spend' | 'new_customers'
>;

/** The figures of a row or a sum, as numbers (PostgreSQL answers sums as strings). */
function figures(r: Figures) {
  return {
    users: Number(r.users),
    conversions: Number(r.conversions),
    revenue: Number(r.revenue),
    spend: Number(r.spend),
    newCustomers: Number(r.new_customers),
  };
}

function toRow(r: ResultRow): CampaignResultRow & { currency: string } {
  return { day: r.day, arm: r.arm, ...figures(r), currency: r.currency };
}

const sameFigures = (stored: ResultRow, row: CampaignResultRow) =>
  Number(stored.users) === row.users &&
  Number(stored.conversions) === row.conversions &&
  Number(stored.revenue) === row.revenue &&
  Number(stored.spend) === row.spend &&
  Number(stored.new_customers) === row.newCustomers;

/** {@link ResultStore} in the plugin's database. */
export class DatabaseResultStore implements ResultStore {
  constructor(private readonly db: Knex) {}

  async putResults(
    campaign: CampaignKey,
    rows: CampaignResultRow[],
    options: PutResultsOptions,
  ): Promise<PutResultsOutcome & { currency: string }> {
    const key = { namespace: campaign.namespace, name: campaign.name };
    return this.db.transaction(async tx => {
      // Posts for one campaign queue on its row (PostgreSQL; SQLite runs one writer at a time),
      // so the totals checked below are the ones stored.
      await tx('maas_campaigns').where(key).forUpdate().first();
      const stored: ResultRow[] = await tx(RESULTS).where(key);
      const currency = options.currency(stored[0]?.currency);
      const byCell = new Map(stored.map(r => [`${r.arm}\u0000${r.day}`, r]));
      const outcome: PutResultsOutcome = {
        inserted: 0,
        replaced: 0,
        unchanged: 0,
      };
      const fresh: CampaignResultRow[] = [];
      for (const row of rows) {
        const before = byCell.get(`${row.arm}\u0000${row.day}`);
        if (!before) outcome.inserted += 1;
        else if (sameFigures(before, row)) outcome.unchanged += 1;
        else outcome.replaced += 1;
        if (!before || !sameFigures(before, row)) fresh.push(row);
      }
      // The rows the campaign will have: stored ones not posted again, and the posted ones.
      const posted = new Set(rows.map(r => `${r.arm}\u0000${r.day}`));
      options.check(
        [
          ...stored
            .filter(r => !posted.has(`${r.arm}\u0000${r.day}`))
            .map(toRow),
          ...rows,
        ],
        currency,
      );

      const recordedAt = new Date();
      for (let i = 0; i < fresh.length; i += 500) {
        await tx(RESULTS)
          .insert(
            fresh.slice(i, i + 500).map(r => ({
              ...key,
              arm: r.arm,
              day: r.day,
              users: r.users,
              conversions: r.conversions,
              revenue: r.revenue,
              spend: r.spend,
              new_customers: r.newCustomers,
              currency,
              recorded_by: options.actor,
              recorded_at: recordedAt,
            })),
          )
          .onConflict(['namespace', 'name', 'arm', 'day'])
          .merge();
      }
      return { ...outcome, currency };
    });
  }

  async rows(campaign: CampaignKey) {
    const rows: ResultRow[] = await this.db(RESULTS)
      .where({ namespace: campaign.namespace, name: campaign.name })
      .orderBy([{ column: 'day' }, { column: 'arm' }]);
    return rows.map(toRow);
  }

  async totals(
    range: { since?: string; until?: string } = {},
  ): Promise<ArmTotals[]> {
    let query = this.db(RESULTS)
      .select('namespace', 'name', 'arm')
      .sum({
        users: 'users',
        conversions: 'conversions',
        revenue: 'revenue',
        spend: 'spend',
        new_customers: 'new_customers',
      })
      .min({ first_day: 'day', currency: 'currency' })
      .max({ last_day: 'day' })
      .count({ days: '*' })
      .groupBy('namespace', 'name', 'arm');
    if (range.since) query = query.where('day', '>=', range.since);
    if (range.until) query = query.where('day', '<=', range.until);
    const rows: any[] = await query;
    return rows.map(r => ({
      namespace: r.namespace,
      name: r.name,
      arm: r.arm,
      ...figures(r),
      currency: r.currency,
      firstDay: r.first_day,
      lastDay: r.last_day,
      days: Number(r.days),
    }));
  }

  async putAudienceValue(value: AudienceValue): Promise<AudienceValue> {
    await this.db(VALUES)
      .insert({
        audience_ref: value.audienceRef,
        as_of: value.asOf,
        ltv_amount: value.ltv.amount,
        ltv_currency: value.ltv.currency,
        method: value.method,
        recorded_by: value.recordedBy,
        recorded_at: new Date(value.recordedAt),
      })
      .onConflict(['audience_ref', 'as_of'])
      .merge();
    return value;
  }

  async latestAudienceValues(
    until: string,
  ): Promise<Map<string, AudienceValue>> {
    const rows: any[] = await this.db(`${VALUES} as v`)
      .join(
        this.db(VALUES)
          .select('audience_ref')
          .max({ latest: 'as_of' })
          .where('as_of', '<=', until)
          .groupBy('audience_ref')
          .as('l'),
        function on() {
          this.on('l.audience_ref', '=', 'v.audience_ref').andOn(
            'l.latest',
            '=',
            'v.as_of',
          );
        },
      )
      .select('v.*');
    return new Map(
      rows.map(r => [
        r.audience_ref as string,
        {
          audienceRef: r.audience_ref,
          asOf: r.as_of,
          ltv: { amount: Number(r.ltv_amount), currency: r.ltv_currency },
          method: r.method,
          recordedBy: r.recorded_by,
          recordedAt: iso(r.recorded_at),
        },
      ]),
    );
  }
}
