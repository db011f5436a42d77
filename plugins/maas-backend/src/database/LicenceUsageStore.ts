import { LicenceUsage } from '@maas/plugin-maas-common';

/** What storing one day's usage did: a new day, a correction of a stored one, or the same again. */
export type UsageWrite = 'inserted' | 'replaced' | 'duplicate';

export interface LicenceUsageStore {
  /**
   * Stores a tool's usage for its day. A day already stored with the same figures is a duplicate
   * (a retried post adds nothing); with other figures it is a correction and replaces it.
   */
  record(
    toolRef: string,
    usage: LicenceUsage,
    postedBy: string,
  ): Promise<UsageWrite>;
  /** Per tool ref, the usage of the latest day up to `asOf` (inclusive). */
  latest(asOf: string): Promise<Map<string, LicenceUsage>>;
  /** One tool's usage from `from` to `to` (inclusive), oldest first. */
  history(toolRef: string, from: string, to: string): Promise<LicenceUsage[]>;
}
