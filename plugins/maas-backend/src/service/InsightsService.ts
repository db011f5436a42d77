import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ReversibilitySettings } from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { CampaignStore } from '../database/CampaignStore';
import { SnapshotStore } from '../database/SnapshotStore';
import { computeKpis, Kpi, KpiInputs } from '../domain/kpis';
import { Platform, refOf } from '../domain/platform';
import { vendorReversibility } from '../domain/platformReversibility';
import { AuditService } from './AuditService';
import { MeasurementsService } from './MeasurementsService';
import { PlatformReader } from './PlatformReader';
import { SprawlService } from './SprawlService';

/** Missed days caught up at most: older gaps stay gaps rather than invented history. */
const MAX_CATCH_UP_DAYS = 90;

export const REGISTERED_AT_ANNOTATION = 'maas.dev/registered-at';

/** Platform KPIs, and the daily snapshots that turn them into trends. */
export class InsightsService {
  constructor(
    private readonly deps: {
      platform: PlatformReader;
      sprawl: SprawlService;
      audit: AuditService;
      reversibility: ReversibilitySettings;
      campaigns: CampaignStore;
      measurements: MeasurementsService;
      snapshots: SnapshotStore;
      auth: AuthService;
      /** What campaign results say as of a day (readouts, CAC and LTV). */
      results?: {
        kpiInputs(asOf: string): Promise<Pick<KpiInputs, 'results'>>;
      };
    },
  ) {}

  /** The whole platform, read with the plugin's own credentials: snapshots are for everyone. */
  async ownPlatform(): Promise<Platform> {
    return this.deps.platform.load(
      await this.deps.auth.getOwnServiceCredentials(),
    );
  }

  async kpisOf(platform: Platform, asOf: string): Promise<Kpi[]> {
    const { measurements, snapshots } = this.deps;
    const firstSeen = await snapshots.firstSeen();
    const registeredAt = new Map<string, string>();
    for (const product of platform.dataProducts) {
      const ref = refOf(product);
      const annotated =
        product.metadata.annotations?.[REGISTERED_AT_ANNOTATION];
      const at = annotated ?? firstSeen.get(ref);
      if (at) registeredAt.set(ref, at);
    }
    return computeKpis({
      platform,
      aggregates: await measurements.aggregates(asOf),
      windowDays: measurements.window(asOf).days,
      vendors: vendorReversibility(platform, this.deps.reversibility),
      retirement: (await this.deps.sprawl.sprawlOf(platform, asOf)).retirement,
      registeredAt,
      firstMeetingSla: await measurements.firstMeetingSla(asOf),
      campaignRecords: await this.deps.campaigns.list(),
      ...(await this.deps.results?.kpiInputs(asOf)),
    });
  }

  async kpis(credentials: BackstageCredentials, options: { asOf?: string }) {
    const asOf = options.asOf ?? this.deps.platform.today();
    const platform = await this.deps.platform.load(credentials);
    return { asOf, kpis: await this.kpisOf(platform, asOf) };
  }

  /**
   * Stores the snapshot of one day unless it exists (whichever replica writes first wins), from
   * the catalogue as it is now and the measurements up to that day. True when this call stored it.
   */
  async takeSnapshot(
    period: string,
    platform?: Platform,
    options: { replace?: boolean } = {},
  ): Promise<boolean> {
    const { snapshots } = this.deps;
    if (!options.replace && (await snapshots.hasPeriod(period))) return false;
    const loaded = platform ?? (await this.ownPlatform());
    const vendors = vendorReversibility(loaded, this.deps.reversibility);
    const sprawl = await this.deps.sprawl.sprawlOf(loaded, period);
    const findings = await this.deps.audit.auditOf(loaded, period);
    const kpis = await this.kpisOf(loaded, period);
    return snapshots.saveSnapshot(
      period,
      {
        vendorScores: Object.fromEntries(vendors.map(v => [v.ref, v.score])),
        sprawl: {
          toolsInUse: new Set(
            sprawl.capabilities.flatMap(c => c.tools.map(t => t.ref)),
          ).size,
          redundancyGroups: sprawl.redundancyGroups.length,
          overlapCost: sprawl.overlapCost,
          candidates: sprawl.candidates.length,
          retiredPct: sprawl.retirement.retiredPct,
        },
        audit: {
          high: findings.filter(f => f.severity === 'high').length,
          medium: findings.filter(f => f.severity === 'medium').length,
          low: findings.filter(f => f.severity === 'low').length,
        },
        kpis: Object.fromEntries(kpis.map(k => [k.id, k.value])),
      },
      options,
    );
  }

  /**
   * Takes today's snapshot and every day missed since the last one (at most 90 days back), and
   * records when data products were first seen. Returns the periods this call stored.
   */
  async catchUp(today: string = this.deps.platform.today()): Promise<string[]> {
    const { snapshots } = this.deps;
    const platform = await this.ownPlatform();
    await snapshots.recordFirstSeen(
      platform.dataProducts.map(refOf),
      new Date(),
    );
    const end = DateTime.fromISO(today, { zone: 'utc' });
    const latest = await snapshots.latestPeriod();
    let day = latest
      ? DateTime.fromISO(latest, { zone: 'utc' }).plus({ days: 1 })
      : end;
    const earliest = end.minus({ days: MAX_CATCH_UP_DAYS });
    if (day < earliest) day = earliest;
    const stored: string[] = [];
    for (; day <= end; day = day.plus({ days: 1 })) {
      const period = day.toISODate()!;
      if (await this.takeSnapshot(period, platform)) stored.push(period);
    }
    return stored;
  }

  history(from: string, to: string) {
    return this.deps.snapshots.listSnapshots(from, to);
  }
}
