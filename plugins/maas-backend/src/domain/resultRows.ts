import {
  campaignArms,
  CampaignRecord,
  CampaignResultRow,
} from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';

/**
 * What is wrong with results posted for a campaign, each problem prefixed as its row is named
 * (`rows.3.` or `line 5, `): an arm the experiment does not have, a day before the campaign's
 * start or after tomorrow (UTC; a pipeline east of Greenwich reports a day that began there).
 */
export function resultRowProblems(
  campaign: Pick<CampaignRecord, 'spec'>,
  rows: CampaignResultRow[],
  prefixes: string[],
  today: string,
): string[] {
  const { arms } = campaignArms(campaign.spec.experiment);
  const latest = DateTime.fromISO(today, { zone: 'utc' })
    .plus({ days: 1 })
    .toISODate()!;
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (!arms.includes(row.arm)) {
      problems.push(
        `${prefixes[i]}arm: must be one of the campaign's arms (${arms.join(
          ', ',
        )}), got ${JSON.stringify(row.arm)}`,
      );
    }
    if (row.day < campaign.spec.start) {
      problems.push(
        `${prefixes[i]}day: must not be before the campaign's start (${campaign.spec.start})`,
      );
    } else if (row.day > latest) {
      problems.push(
        `${prefixes[i]}day: must not be after ${latest}: results are of days that have begun`,
      );
    }
  });
  return problems;
}

/**
 * Arms that would convert more people than were assigned to them, summed over every day
 * (users are counted the day they are assigned, conversions the day they happen).
 */
export function totalsProblems(rows: CampaignResultRow[]): string[] {
  const sums = new Map<string, { users: number; conversions: number }>();
  for (const r of rows) {
    const sum = sums.get(r.arm) ?? { users: 0, conversions: 0 };
    sum.users += r.users;
    sum.conversions += r.conversions;
    sums.set(r.arm, sum);
  }
  return [...sums.entries()]
    .filter(([, s]) => s.conversions > s.users)
    .map(
      ([arm, s]) =>
        `rows: arm ${JSON.stringify(
          arm,
        )} would total ${s.conversions.toLocaleString(
          'en-US',
        )} conversions for ${s.users.toLocaleString(
          'en-US',
        )} users; an arm cannot convert more people than were assigned to it`,
    );
}

/**
 * The currency of a campaign's results: its budget's, else that of the results stored, else the
 * one posted. A posted currency must agree; none at all is a problem.
 */
export function resultsCurrency(
  campaign: Pick<CampaignRecord, 'spec'>,
  posted: string | undefined,
  stored: string | undefined,
): { currency: string } | { problem: string } {
  const budget = campaign.spec.budget?.currency;
  const expected = budget ?? stored;
  if (posted && expected && posted !== expected) {
    return {
      problem: `currency: must be ${expected}, the currency of the campaign's ${
        budget ? 'budget' : 'results stored'
      }, got ${posted}`,
    };
  }
  const currency = posted ?? expected;
  return currency
    ? { currency }
    : {
        problem:
          "currency: is required: the campaign has no budget to take the results' currency from",
      };
}
