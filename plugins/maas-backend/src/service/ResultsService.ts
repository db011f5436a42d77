import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  AudienceValue,
  campaignArms,
  CampaignReadoutDetail,
  CampaignReadoutView,
  CampaignRecord,
  CampaignResultsReceipt,
  computeReadout,
  isAudienceEntity,
  NewAudienceValue,
} from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { CampaignStore } from '../database/CampaignStore';
import { ArmTotals, ResultStore } from '../database/ResultStore';
import { ResultKpiInputs } from '../domain/kpis/types';
import { readoutSeries } from '../domain/readoutSeries';
import {
  resultRowProblems,
  resultsCurrency,
  totalsProblems,
} from '../domain/resultRows';
import { Memberships } from './Memberships';
import { PlatformReader } from './PlatformReader';
import { ParsedResults, resultsError } from './resultsInput';

const campaignRef = (c: { namespace: string; name: string }) =>
  `campaign:${c.namespace}/${c.name}`.toLocaleLowerCase('en-US');

function view(
  record: CampaignRecord,
  totals: ArmTotals[],
): CampaignReadoutView {
  const days = totals.length
    ? {
        first: totals.map(t => t.firstDay).sort()[0],
        last: totals
          .map(t => t.lastDay)
          .sort()
          .reverse()[0],
        count: Math.max(...totals.map(t => t.days)),
      }
    : null;
  return {
    campaign: {
      namespace: record.namespace,
      name: record.name,
      ...(record.title ? { title: record.title } : {}),
      status: record.status,
      owner: record.spec.owner,
      template: record.spec.template,
      audience: record.spec.audience,
      start: record.spec.start,
      ...(record.spec.end ? { end: record.spec.end } : {}),
      ...(record.liveAt ? { liveAt: record.liveAt } : {}),
    },
    currency: record.spec.budget?.currency ?? totals[0]?.currency ?? null,
    readout: computeReadout({
      experiment: record.spec.experiment,
      results: totals,
    }),
    days,
  };
}

/**
 * Campaign results and what they say: the intake (pipelines and the campaign's team), each
 * campaign's readout, segments' lifetime values, and what the KPIs read of them.
 */
export class ResultsService {
  constructor(
    private readonly deps: {
      campaigns: CampaignStore;
      store: ResultStore;
      platform: PlatformReader;
      auth: AuthService;
      memberships: Memberships;
    },
  ) {}

  private async campaign(namespace: string, name: string) {
    const campaign = await this.deps.campaigns.get(namespace, name);
    if (!campaign) throw new NotFoundError(`No campaign ${namespace}/${name}`);
    return campaign;
  }

  /**
   * Stores results for a live, completed or cancelled campaign, all rows or none. A user must
   * be of the campaign's owner team (or a platform owner); a service's token was given the
   * permission for this. A draft has not run: 409.
   */
  async addResults(
    namespace: string,
    name: string,
    posted: ParsedResults,
    credentials: BackstageCredentials,
    actor: string,
  ): Promise<CampaignResultsReceipt> {
    const campaign = await this.campaign(namespace, name);
    if (this.deps.auth.isPrincipal(credentials, 'user')) {
      await this.deps.memberships.assertMayActFor(
        credentials,
        campaign.spec.owner,
        `post results for campaign ${namespace}/${name}`,
      );
    }
    if (campaign.status === 'draft') {
      throw new ConflictError(
        `Campaign ${namespace}/${name} is a draft: it has not run, so it has no results yet; results come once it is live`,
      );
    }
    const { what } = posted;
    const problems = [
      ...posted.problems,
      ...resultRowProblems(
        campaign,
        posted.rows,
        posted.prefixes,
        this.deps.platform.today(),
      ),
    ];
    if (problems.length) throw resultsError(what, problems);
    const outcome = await this.deps.store.putResults(campaign, posted.rows, {
      actor,
      currency: stored => {
        const decided = resultsCurrency(campaign, posted.currency, stored);
        if ('problem' in decided) throw resultsError(what, [decided.problem]);
        return decided.currency;
      },
      check: rows => {
        const broken = totalsProblems(rows);
        if (broken.length) throw resultsError(what, broken);
      },
    });
    return {
      campaign: campaignRef(campaign),
      received: posted.rows.length,
      ...outcome,
    };
  }

  /** A campaign's readout and the cumulative figures of each arm per day. */
  async readout(
    namespace: string,
    name: string,
  ): Promise<CampaignReadoutDetail> {
    const campaign = await this.campaign(namespace, name);
    const rows = await this.deps.store.rows(campaign);
    const totals = (await this.deps.store.totals()).filter(
      t => t.namespace === campaign.namespace && t.name === campaign.name,
    );
    return {
      ...view(campaign, totals),
      series: readoutSeries(rows, campaignArms(campaign.spec.experiment).arms),
    };
  }

  /** Every campaign's readout, in the order of the campaigns. */
  async readouts(): Promise<CampaignReadoutView[]> {
    const [campaigns, totals] = await Promise.all([
      this.deps.campaigns.list(),
      this.deps.store.totals(),
    ]);
    return campaigns.map(c =>
      view(
        c,
        totals.filter(t => t.namespace === c.namespace && t.name === c.name),
      ),
    );
  }

  /**
   * Records a segment's lifetime value for an audience the catalogue holds (404 otherwise),
   * looked up with the plugin's own credentials: pipelines' tokens are restricted to MaaS.
   */
  async addAudienceValue(
    audienceRef: string,
    value: NewAudienceValue,
    actor: string,
  ): Promise<AudienceValue> {
    const entity = await this.deps.platform.entity(
      audienceRef,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    if (!entity || !isAudienceEntity(entity)) {
      throw new NotFoundError(`No audience ${audienceRef} in the catalogue`);
    }
    if (value.asOf > this.deps.platform.today()) {
      throw new InputError(
        `Invalid audience value: asOf: must not be after today (${this.deps.platform.today()})`,
      );
    }
    return this.deps.store.putAudienceValue({
      ...value,
      audienceRef: stringifyEntityRef(entity),
      recordedBy: actor,
      recordedAt: new Date().toISOString(),
    });
  }

  /**
   * What the KPIs read as of a day: each campaign's verdict from its results up to that day,
   * each audience's spend and new customers over the 12 months to that day, each segment's
   * latest lifetime value.
   */
  async kpiInputs(asOf: string): Promise<{ results: ResultKpiInputs }> {
    const since = DateTime.fromISO(asOf, { zone: 'utc' })
      .minus({ months: 12 })
      .plus({ days: 1 })
      .toISODate()!;
    const [campaigns, upToDay, lastYear, values] = await Promise.all([
      this.deps.campaigns.list(),
      this.deps.store.totals({ until: asOf }),
      this.deps.store.totals({ since, until: asOf }),
      this.deps.store.latestAudienceValues(asOf),
    ]);
    const of = (totals: ArmTotals[], c: CampaignRecord) =>
      totals.filter(t => t.namespace === c.namespace && t.name === c.name);
    const verdicts: ResultKpiInputs['verdicts'] = new Map();
    const segments: ResultKpiInputs['segments'] = new Map();
    for (const c of campaigns) {
      const rows = of(upToDay, c);
      if (rows.length) {
        const { verdict } = computeReadout({
          experiment: c.spec.experiment,
          results: rows,
        });
        verdicts.set(campaignRef(c), verdict);
      }
      const audience = c.spec.audience.toLocaleLowerCase('en-US');
      const recent = of(lastYear, c);
      for (const currency of new Set(recent.map(t => t.currency))) {
        const list = segments.get(audience) ?? [];
        let entry = list.find(e => e.currency === currency);
        if (!entry) {
          entry = { currency, spend: 0, newCustomers: 0, campaigns: 0 };
          list.push(entry);
          segments.set(audience, list);
        }
        entry.campaigns += 1;
        for (const t of recent.filter(r => r.currency === currency)) {
          entry.spend += t.spend;
          entry.newCustomers += t.newCustomers;
        }
      }
    }
    return {
      results: { verdicts, segments, values, windowStart: since },
    };
  }
}
