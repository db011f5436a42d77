import type { CampaignStatus } from '../kinds/Campaign';
import type { LaunchProblem } from '../rules/launchPolicy';

/**
 * Whether a campaign could go live now, and what the caller may do with it
 * (`GET /api/maas/campaigns/:namespace/:name/readiness`).
 *
 * @public
 */
export interface CampaignReadiness {
  status: CampaignStatus;
  /** What the launch policy says now; empty when the campaign could go live. */
  problems: LaunchProblem[];
  /** The moves the caller may make now: legal from `status`, and theirs to make. */
  moves: CampaignStatus[];
}
