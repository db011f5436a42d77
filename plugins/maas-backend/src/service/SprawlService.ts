import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ReversibilitySettings,
  SprawlReport,
  SprawlView,
  Taxonomy,
} from '@maas/plugin-maas-common';
import { MaasStore } from '../database/MaasStore';
import { exitingVendors } from '../domain/decisions';
import { Platform } from '../domain/platform';
import { toolReversibility } from '../domain/platformReversibility';
import { computeSprawl, SprawlSettings } from '../domain/sprawl';
import { sprawlView } from '../domain/sprawlView';
import { LicenceUsageService } from './LicenceUsageService';
import { PlatformReader } from './PlatformReader';

/** Tool sprawl: overlaps, licences, decommissioning candidates and the plans retiring them. */
export class SprawlService {
  constructor(
    private readonly deps: {
      platform: PlatformReader;
      store: MaasStore;
      reversibility: ReversibilitySettings;
      sprawl: SprawlSettings;
      taxonomy: Taxonomy;
      usage: LicenceUsageService;
    },
  ) {}

  /** The sprawl report of a loaded platform. */
  async sprawlOf(platform: Platform, asOf: string): Promise<SprawlReport> {
    const toolScores = new Map(
      toolReversibility(platform, this.deps.reversibility).map(t => [
        t.ref,
        t.score,
      ]),
    );
    return computeSprawl({
      platform,
      asOf,
      settings: this.deps.sprawl,
      toolScores,
      exitingVendors: exitingVendors(await this.deps.store.listDecisions()),
      taxonomy: this.deps.taxonomy,
      usage: await this.deps.usage.latest(asOf),
    });
  }

  async sprawl(
    credentials: BackstageCredentials,
    options: { asOf?: string },
  ): Promise<SprawlView> {
    const platform = await this.deps.platform.load(credentials);
    const report = await this.sprawlOf(
      platform,
      options.asOf ?? this.deps.platform.today(),
    );
    return sprawlView(report, await this.deps.store.listPlans());
  }
}
