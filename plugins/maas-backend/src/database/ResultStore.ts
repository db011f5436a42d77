import {
  ArmResult,
  AudienceValue,
  CampaignResultRow,
} from '@maas/plugin-maas-common';

/** A campaign's namespace and name. */
export interface CampaignKey {
  namespace: string;
  name: string;
}

/** One arm of one campaign, summed over some days. */
export interface ArmTotals extends CampaignKey, ArmResult {
  currency: string;
  firstDay: string;
  lastDay: string;
  days: number;
}

/** What a post did: every row stored (inserted or replacing one), or none. */
export interface PutResultsOutcome {
  inserted: number;
  replaced: number;
  unchanged: number;
}

/** Checks a campaign's rows as a post would leave them, in its currency; throwing undoes the post. */
export type ResultsCheck = (
  rows: CampaignResultRow[],
  currency: string,
) => void;

/** How a post is applied: its currency decided, its rows checked, who made it. */
export interface PutResultsOptions {
  currency: (stored: string | undefined) => string;
  check: ResultsCheck;
  actor: string;
}

/** Campaign results per arm and day, and segments' lifetime values. */
export interface ResultStore {
  /**
   * Stores rows of one campaign in one transaction, a stored (arm, day) replaced by the new row;
   * posts for the same campaign are applied one after the other. `currency` is decided from the
   * currency of what is stored already (undefined before any row), `check` runs on the rows the
   * post would leave; either throwing leaves everything as it was.
   */
  putResults(
    campaign: CampaignKey,
    rows: CampaignResultRow[],
    options: PutResultsOptions,
  ): Promise<PutResultsOutcome & { currency: string }>;
  /** A campaign's rows, by day then arm. */
  rows(
    campaign: CampaignKey,
  ): Promise<Array<CampaignResultRow & { currency: string }>>;
  /** Every campaign's arms summed over the days in [since, until]. */
  totals(range?: { since?: string; until?: string }): Promise<ArmTotals[]>;
  /** Records a segment's value as of a day; that day posted again replaces it. */
  putAudienceValue(value: AudienceValue): Promise<AudienceValue>;
  /** Each segment's latest value as of `until` (inclusive), by audience ref. */
  latestAudienceValues(until: string): Promise<Map<string, AudienceValue>>;
}
