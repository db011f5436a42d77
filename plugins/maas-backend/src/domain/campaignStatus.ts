import { CampaignStatus } from '@maas/plugin-maas-common';
import { createStateMachine } from './stateMachine';

/** draft → live → completed; draft or live → cancelled. completed and cancelled are final. */
export const campaignStatus = createStateMachine<CampaignStatus>('A campaign', {
  draft: ['live', 'cancelled'],
  live: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
});
