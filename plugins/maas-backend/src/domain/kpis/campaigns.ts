import { CampaignRecord } from '@maas/plugin-maas-common';
import { median, percent, round1 } from '../numbers';
import { Platform } from '../platform';
import { noData } from './noData';
import { cacLtvKpi, incrementalShareKpi } from './results';
import { Kpi, ResultKpiInputs } from './types';

export function timeToMarketKpi(records: CampaignRecord[]): Kpi {
  const days = records
    .filter(r => r.liveAt)
    .map(
      r =>
        (new Date(r.liveAt!).getTime() - new Date(r.createdAt).getTime()) /
        86_400_000,
    );
  const kpi = {
    id: 'time-to-market-journey',
    title: 'Time-to-market of a new journey',
    definition:
      "Median days from a campaign's launch from a template to its going live.",
    unit: 'days',
    inputs: [
      {
        description: 'launched campaigns that went live',
        count: days.length,
        of: records.length,
      },
    ],
  };
  const value = median(days);
  return value === null
    ? noData(
        kpi,
        records.length
          ? 'no launched campaign has gone live yet'
          : 'no campaign launch has been recorded yet',
      )
    : { ...kpi, value: round1(value) };
}

/** Incremental measurement share, catalogue adoption, time-to-market and CAC/LTV. */
export function campaignKpis(
  platform: Platform,
  records: CampaignRecord[],
  results?: ResultKpiInputs,
): Kpi[] {
  const campaigns = platform.campaigns;
  const none = 'no campaign has been launched yet';
  const teams = [...platform.byRef.values()].filter(
    e => e.kind === 'Group' && e.spec?.type === 'team',
  );
  const launching = new Set(campaigns.map(c => c.spec.owner));
  const byTemplate = new Map<string, number>();
  for (const c of campaigns)
    byTemplate.set(c.spec.template, (byTemplate.get(c.spec.template) ?? 0) + 1);
  const adoptionKpi = {
    id: 'catalogue-adoption',
    title: 'Catalogue adoption',
    definition:
      'Share of teams that launched at least one campaign from a template; campaigns per template.',
    unit: '%',
    inputs: [
      {
        description: 'teams launching',
        count: launching.size,
        of: teams.length,
      },
      { description: 'campaigns launched', count: campaigns.length },
    ],
    // Each template's share of the campaigns launched.
    breakdown: [...byTemplate.entries()].map(([template, count]) => ({
      key: template,
      label: platform.byRef.get(template)?.metadata.title ?? template,
      value: percent(count, campaigns.length),
      inputs: [{ description: 'campaigns launched', count }],
    })),
  };
  return [
    incrementalShareKpi(platform, results),
    campaigns.length && teams.length
      ? { ...adoptionKpi, value: percent(launching.size, teams.length) }
      : noData(adoptionKpi, none),
    timeToMarketKpi(records),
    cacLtvKpi(platform, results),
  ];
}
