import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { CampaignEntity } from '../kinds/Campaign';
import { detectableRelativeLift } from '../rules/experimentPower';
import { Z_ALPHA } from '../rules/zScores';
import { campaignArms } from './arms';
import { readoutSentence } from './readoutSentence';
import {
  ArmReadout,
  ArmResult,
  CampaignReadout,
  MIN_CONVERSIONS,
  ReadoutComparison,
  ReadoutEstimate,
  ReadoutVerdict,
  readoutVerdicts,
  SampleRatioCheck,
  SRM_THRESHOLD,
} from './types';

const rate = (a: ArmResult) => (a.users > 0 ? a.conversions / a.users : null);

function twoSidedPValue(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

function interval(estimate: number, standardError: number): ReadoutEstimate {
  return {
    estimate,
    standardError,
    low: estimate - Z_ALPHA * standardError,
    high: estimate + Z_ALPHA * standardError,
  };
}

function sampleRatio(arms: ArmReadout[]): SampleRatioCheck | null {
  const total = arms.reduce((s, a) => s + a.users, 0);
  if (arms.length < 2 || total === 0) return null;
  let chiSquare = 0;
  let cells = 0;
  for (const arm of arms) {
    const expected = total * arm.expectedShare;
    if (expected > 0) {
      chiSquare += (arm.users - expected) ** 2 / expected;
      cells += 1;
    } else if (arm.users > 0) {
      // Users in an arm planned to get none: as far from the plan as a split can be.
      chiSquare = Number.POSITIVE_INFINITY;
      cells += 1;
    }
  }
  const degreesOfFreedom = Math.max(cells - 1, 1);
  const pValue = Number.isFinite(chiSquare)
    ? 1 - chisquareCdf(chiSquare, degreesOfFreedom)
    : 0;
  return {
    chiSquare,
    degreesOfFreedom,
    pValue,
    mismatch: pValue < SRM_THRESHOLD,
  };
}

function compare(
  t: ArmResult,
  c: ArmResult,
  mismatch: boolean,
): ReadoutComparison {
  const pt = rate(t);
  const pc = rate(c);
  const base = { arm: t.arm, control: c.arm };
  const cac = t.newCustomers > 0 ? t.spend / t.newCustomers : null;
  let verdict: ReadoutVerdict = 'inconclusive';
  if (mismatch) verdict = 'invalid';
  else if (t.conversions < MIN_CONVERSIONS || c.conversions < MIN_CONVERSIONS)
    verdict = 'insufficient-data';
  if (pt === null || pc === null) {
    return {
      ...base,
      difference: null,
      relativeLift: null,
      detectableLift: null,
      incrementalConversions: null,
      incrementalRevenue: null,
      iroas: null,
      incrementalCac: null,
      cac,
      verdict: mismatch ? 'invalid' : 'insufficient-data',
    };
  }
  const d = pt - pc;
  const se = Math.sqrt((pt * (1 - pt)) / t.users + (pc * (1 - pc)) / c.users);
  let pValue = d === 0 ? 1 : 0;
  if (se > 0) pValue = twoSidedPValue(d / se);
  const difference = { ...interval(d, se), pValue };
  let relativeLift: ReadoutEstimate | null = null;
  if (pc > 0) {
    const seRelative = Math.sqrt(
      (pt * (1 - pt)) / (t.users * pc ** 2) +
        (pt ** 2 * pc * (1 - pc)) / (c.users * pc ** 4),
    );
    relativeLift = interval(pt / pc - 1, seRelative);
  }
  const detectable = detectableRelativeLift(pc, t.users, c.users);
  const incrementalConversions = t.conversions - t.users * pc;
  const incrementalRevenue =
    (t.revenue / t.users - c.revenue / c.users) * t.users;
  if (verdict === 'inconclusive') {
    if (difference.low > 0) verdict = 'positive';
    else if (difference.high < 0) verdict = 'negative';
  }
  return {
    ...base,
    difference,
    relativeLift,
    detectableLift: Number.isFinite(detectable) ? detectable : null,
    incrementalConversions,
    incrementalRevenue,
    iroas: t.spend > 0 ? incrementalRevenue / t.spend : null,
    incrementalCac:
      incrementalConversions > 0 ? t.spend / incrementalConversions : null,
    cac,
    verdict,
  };
}

function overallVerdict(
  comparisons: ReadoutComparison[],
  mismatch: boolean,
): ReadoutVerdict {
  if (mismatch) return 'invalid';
  if (comparisons.length === 0) return 'insufficient-data';
  // The first verdict of the order that any comparison reaches.
  return readoutVerdicts.find(v => comparisons.some(c => c.verdict === v))!;
}

/**
 * The readout of a campaign from its results summed per arm (conversions at most users in each
 * arm). The control is the holdout when there is one, else the first variant; every other arm
 * of the experiment is compared with it by a two-proportion z-test (absolute difference and
 * relative lift with 95 % intervals, the lift detectable at 80 % power with the sizes reached),
 * with incremental conversions and revenue, iROAS, incremental CAC and CAC. The users per arm
 * are checked against the planned split (chi-square goodness of fit, a mismatch below
 * p = 0.001). Results for arms the experiment does not plan are left out. No correction for
 * several comparisons is made: the readout says how many there were.
 *
 * @public
 */
export function computeReadout(input: {
  experiment: CampaignEntity['spec']['experiment'];
  results: readonly ArmResult[];
}): CampaignReadout {
  const plan = campaignArms(input.experiment);
  const totals = new Map<string, ArmResult>(
    plan.arms.map(arm => [
      arm,
      { arm, users: 0, conversions: 0, revenue: 0, spend: 0, newCustomers: 0 },
    ]),
  );
  for (const r of input.results) {
    const sum = totals.get(r.arm);
    if (!sum) continue;
    sum.users += r.users;
    sum.conversions += r.conversions;
    sum.revenue += r.revenue;
    sum.spend += r.spend;
    sum.newCustomers += r.newCustomers;
  }
  let allUsers = 0;
  for (const t of totals.values()) allUsers += t.users;
  const arms: ArmReadout[] = plan.arms.map(arm => {
    const sum = totals.get(arm)!;
    return {
      ...sum,
      conversionRate: rate(sum),
      expectedShare: plan.expectedShares[arm],
      share: allUsers > 0 ? sum.users / allUsers : null,
    };
  });
  const srm = sampleRatio(arms);
  const mismatch = srm?.mismatch ?? false;
  const control = totals.get(plan.control)!;
  const comparisons = plan.arms
    .filter(arm => arm !== plan.control)
    .map(arm => compare(totals.get(arm)!, control, mismatch));
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const of = (key: keyof Omit<ArmResult, 'arm'>) => sum(arms.map(a => a[key]));
  const measured = comparisons.filter(c => c.incrementalRevenue !== null);
  const incrementalRevenue = measured.length
    ? sum(measured.map(c => c.incrementalRevenue!))
    : null;
  const comparedSpend = sum(measured.map(c => totals.get(c.arm)!.spend));
  const readout = {
    control: plan.control,
    arms,
    comparisons,
    comparisonsMade: comparisons.length,
    sampleRatio: srm,
    totals: {
      users: of('users'),
      conversions: of('conversions'),
      revenue: of('revenue'),
      spend: of('spend'),
      newCustomers: of('newCustomers'),
    },
    incrementalRevenue,
    iroas:
      incrementalRevenue !== null && comparedSpend > 0
        ? incrementalRevenue / comparedSpend
        : null,
    verdict: overallVerdict(comparisons, mismatch),
  };
  return { ...readout, sentence: readoutSentence(readout) };
}
