import { CampaignResultRow, ReadoutDay } from '@maas/plugin-maas-common';

/**
 * Each day with results, every arm's users and conversions summed up to that day, and its
 * cumulative conversion rate: the curves a readout converges along.
 */
export function readoutSeries(
  rows: readonly CampaignResultRow[],
  arms: readonly string[],
): ReadoutDay[] {
  const days = [...new Set(rows.map(r => r.day))].sort();
  const running = new Map(arms.map(a => [a, { users: 0, conversions: 0 }]));
  const byDay = new Map<string, CampaignResultRow[]>();
  for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  return days.map(day => {
    for (const r of byDay.get(day)!) {
      const sum = running.get(r.arm);
      if (sum) {
        sum.users += r.users;
        sum.conversions += r.conversions;
      }
    }
    return {
      day,
      arms: arms.map(arm => {
        const { users, conversions } = running.get(arm)!;
        return {
          arm,
          users,
          conversions,
          conversionRate: users > 0 ? conversions / users : null,
        };
      }),
    };
  });
}
