import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  isMartechToolEntity,
  LicenceUsage,
  MartechToolEntity,
  ToolUsageHistory,
  UsageRecorded,
} from '@maas/plugin-maas-common';
import { LicenceUsageStore } from '../database/LicenceUsageStore';
import { usageHistory } from '../domain/licenceUsage';
import { refOf } from '../domain/platform';
import { PlatformReader } from './PlatformReader';

/** Licence usage posted by systems: kept per day, its latest figures read by sprawl and the audit. */
export class LicenceUsageService {
  constructor(
    private readonly deps: {
      platform: PlatformReader;
      auth: AuthService;
      store: LicenceUsageStore;
    },
  ) {}

  private async tool(
    toolRef: string,
    credentials: BackstageCredentials,
  ): Promise<MartechToolEntity> {
    const entity = await this.deps.platform.entity(toolRef, credentials);
    if (!entity || !isMartechToolEntity(entity)) {
      throw new NotFoundError(`No martech tool ${toolRef} in the catalogue`);
    }
    return entity;
  }

  /**
   * Stores a day's usage of a tool the catalogue knows (404 otherwise), looked up with the
   * plugin's own credentials: a pipeline's service token is restricted to this plugin.
   */
  async record(
    toolRef: string,
    usage: LicenceUsage,
    postedBy: string,
  ): Promise<UsageRecorded> {
    const tool = await this.tool(
      toolRef,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    const ref = refOf(tool);
    const result = await this.deps.store.record(ref, usage, postedBy);
    return { toolRef: ref, usage, result };
  }

  /** Per tool ref, the latest usage up to `asOf`: what sprawl and the audit read. */
  latest(asOf: string): Promise<Map<string, LicenceUsage>> {
    return this.deps.store.latest(asOf);
  }

  /** A tool's usage over a period, as the caller may read the tool (404 otherwise). */
  async history(
    credentials: BackstageCredentials,
    toolRef: string,
    period: { from: string; to: string },
  ): Promise<ToolUsageHistory> {
    const tool = await this.tool(toolRef, credentials);
    const ref = refOf(tool);
    const [points, latest] = await Promise.all([
      this.deps.store.history(ref, period.from, period.to),
      this.deps.store.latest(this.deps.platform.today()),
    ]);
    return usageHistory(tool, period, points, latest.get(ref));
  }
}
