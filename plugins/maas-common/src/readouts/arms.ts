import type { CampaignEntity } from '../kinds/Campaign';

/** The arm of the people held out of a campaign: its control when it has one. @public */
export const HOLDOUT_ARM = 'holdout';

/** The one treatment arm of a campaign that names no variants. @public */
export const SINGLE_TREATMENT_ARM = 'treatment';

/** A campaign's arms as its experiment plans them. @public */
export interface CampaignArms {
  /** Every arm results may be posted for: the variants (or `treatment`), then `holdout`. */
  arms: string[];
  /** The arm the others are compared with: the holdout when there is one, else the first variant. */
  control: string;
  /** The share of the users each arm should receive, 0 to 1, summing to 1. */
  expectedShares: Record<string, number>;
}

/**
 * The arms of a campaign's experiment: its variants (a campaign naming none has one,
 * {@link SINGLE_TREATMENT_ARM}), and {@link HOLDOUT_ARM} when it holds people out. The holdout
 * should receive `holdoutPct` of the users and the variants share the rest equally.
 *
 * @public
 */
export function campaignArms(
  experiment: CampaignEntity['spec']['experiment'],
): CampaignArms {
  const holdout = Math.min(Math.max(experiment?.holdoutPct ?? 0, 0), 100) / 100;
  // A variant named like the holdout would be two arms in one: the holdout wins.
  const named = [...new Set(experiment?.variants ?? [])].filter(
    v => holdout === 0 || v !== HOLDOUT_ARM,
  );
  const variants = named.length ? named : [SINGLE_TREATMENT_ARM];
  const expectedShares: Record<string, number> = {};
  for (const variant of variants) {
    expectedShares[variant] = (1 - holdout) / variants.length;
  }
  if (holdout > 0) expectedShares[HOLDOUT_ARM] = holdout;
  return {
    arms: holdout > 0 ? [...variants, HOLDOUT_ARM] : variants,
    control: holdout > 0 ? HOLDOUT_ARM : variants[0],
    expectedShares,
  };
}
