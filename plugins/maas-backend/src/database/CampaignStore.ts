import { CampaignRecord, CampaignStatus } from '@maas/plugin-maas-common';

export type NewCampaign = Omit<
  CampaignRecord,
  'createdBy' | 'createdAt' | 'updatedAt' | 'liveAt'
>;

/** One move of a campaign's status; `from` is null for its creation. */
export interface CampaignEvent {
  from: string | null;
  to: string;
  actor: string;
  at: string;
}

/** Launched campaigns and their status history. */
export interface CampaignStore {
  /**
   * Records a campaign. The same scaffolder task recording it again (a retried step) gets the
   * first record back with `created: false`; another campaign of the same name is a conflict.
   */
  create(
    campaign: NewCampaign,
    actor: string,
  ): Promise<{ campaign: CampaignRecord; created: boolean }>;
  get(namespace: string, name: string): Promise<CampaignRecord | undefined>;
  /** The campaign a scaffolder task recorded, if any. */
  getByTask(taskId: string): Promise<CampaignRecord | undefined>;
  list(): Promise<CampaignRecord[]>;
  /** Moves the status if it is still `from` (409 if another request moved it meanwhile). */
  setStatus(
    namespace: string,
    name: string,
    from: CampaignStatus,
    to: CampaignStatus,
    actor: string,
  ): Promise<CampaignRecord>;
  /** Oldest first. */
  history(namespace: string, name: string): Promise<CampaignEvent[]>;
}
