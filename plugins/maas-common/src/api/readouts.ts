import type { CampaignStatus } from '../kinds/Campaign';
import type { Money } from '../kinds/common';
import type { ArmResult, CampaignReadout } from '../readouts/types';

/**
 * One arm's results on one day, as pipelines post them
 * (`POST /api/maas/campaigns/:namespace/:name/results`) and CSV files hold them: `arm` is one of
 * the campaign's variants (`treatment` when it names none) or `holdout`, `users` the people newly
 * assigned to it that day. Amounts are in the campaign's currency.
 *
 * @public
 */
export interface CampaignResultRow extends ArmResult {
  /** The day, YYYY-MM-DD (UTC). */
  day: string;
}

/** The body of `POST /api/maas/campaigns/:namespace/:name/results`. @public */
export interface NewCampaignResults {
  /** Required only for a campaign without a budget; otherwise the budget's, if given. */
  currency?: string;
  rows: CampaignResultRow[];
}

/** What a results post did: every row is stored, or none is. @public */
export interface CampaignResultsReceipt {
  campaign: string;
  currency: string;
  received: number;
  /** (arm, day) pairs not stored before. */
  inserted: number;
  /** (arm, day) pairs stored before with other figures: corrections. */
  replaced: number;
  /** (arm, day) pairs stored before with the same figures. */
  unchanged: number;
}

/** A campaign's readout, with the campaign as maas-backend holds it. @public */
export interface CampaignReadoutView {
  campaign: {
    namespace: string;
    name: string;
    title?: string;
    status: CampaignStatus;
    owner: string;
    template: string;
    audience: string;
    start: string;
    end?: string;
    liveAt?: string;
  };
  /** The currency of its amounts; null before results for a campaign without a budget. */
  currency: string | null;
  readout: CampaignReadout;
  /** The first and last days with results; null before any. */
  days: { first: string; last: string; count: number } | null;
}

/** One day of a campaign, each arm's figures summed up to that day. @public */
export interface ReadoutDay {
  day: string;
  arms: Array<{
    arm: string;
    users: number;
    conversions: number;
    /** Cumulative conversions over cumulative users; null before any user. */
    conversionRate: number | null;
  }>;
}

/** `GET /api/maas/campaigns/:namespace/:name/readout`: the readout and how it built up. @public */
export interface CampaignReadoutDetail extends CampaignReadoutView {
  series: ReadoutDay[];
}

/** The body of `POST /api/maas/audiences/:namespace/:name/value`. @public */
export interface NewAudienceValue {
  /** The day the value was computed, YYYY-MM-DD. */
  asOf: string;
  /** Lifetime value of one customer of the segment. */
  ltv: Money;
  /** How the warehouse computed it, e.g. "BG/NBD + Gamma-Gamma, 24 months". */
  method: string;
}

/** A segment's lifetime value as the warehouse posted it. @public */
export interface AudienceValue extends NewAudienceValue {
  audienceRef: string;
  recordedBy: string;
  recordedAt: string;
}
