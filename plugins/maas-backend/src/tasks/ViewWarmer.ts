import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { PlatformReader } from '../service/PlatformReader';
import { ViewCache } from '../service/ViewCache';

export const WARM_TASK_ID = 'maas-view-warmer';

/** How often each replica looks for a new version of what the views depend on. */
const EVERY_SECONDS = 5;
/** Views are kept warm only while people use them. */
const IN_USE_SECONDS = 600;

/**
 * Keeps the main views (vendors, tools, sprawl, audit, KPIs) computed and compressed on each
 * replica for the callers who may read the whole catalogue, so the first people to open them
 * after a catalogue edit or a MaaS write do not wait for the computation. A new version is warmed
 * once it has been stable for one look (edits in a burst, as during an ingest, are not warmed one
 * by one), and only while the views are in use on this replica. Each replica warms its own
 * process's copies: with a shared cache store the first one's work serves the others too.
 */
export class ViewWarmer {
  private warmed: string | undefined;
  private seen: string | undefined;

  constructor(
    private readonly deps: {
      views: ViewCache;
      platform: PlatformReader;
      auth: AuthService;
      logger: LoggerService;
      ttlSeconds: number;
    },
  ) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: WARM_TASK_ID,
      scope: 'local',
      frequency: { seconds: EVERY_SECONDS },
      timeout: { minutes: 10 },
      initialDelay: { seconds: EVERY_SECONDS },
      fn: async () => {
        try {
          await this.tick();
        } catch (error) {
          this.deps.logger.warn(`Could not warm the MaaS views: ${error}`);
        }
      },
    });
  }

  /** One look: warms the views when what they depend on changed and has settled. */
  async tick(): Promise<void> {
    const { views, platform, auth, ttlSeconds } = this.deps;
    if (ttlSeconds <= 0 || !views.askedWithin(IN_USE_SECONDS)) return;
    const credentials = await auth.getOwnServiceCredentials();
    const key = await platform.viewKey(credentials);
    const settled = key === this.seen;
    this.seen = key;
    // Warmed entries are dropped after the TTL: warm them again before that.
    const expiring = Date.now() - this.warmedAt > (ttlSeconds * 1000) / 2;
    if (!settled || (key === this.warmed && !expiring)) return;
    await views.warm(credentials);
    this.warmed = key;
    this.warmedAt = Date.now();
  }

  private warmedAt = 0;
}
