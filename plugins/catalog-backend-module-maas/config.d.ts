import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** The provider of Campaign entities launched through maas-backend. */
      maasCampaigns?: {
        /** Set false to leave launched campaigns out of the catalogue. Default true. */
        enabled?: boolean;
        /**
         * How often every campaign is read again (changes also arrive at once through the
         * events bus). Default: every minute.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
