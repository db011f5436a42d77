import { AuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  ComplianceReport,
  DataProductEntity,
  isDataProductEntity,
  SourceFreshness,
  utcDay,
} from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { MeasurementStore } from '../database/MeasurementStore';
import { Measurement } from '../domain/measurement';
import { Platform, refOf } from '../domain/platform';
import {
  audienceCompliance,
  dataProductCompliance,
} from '../domain/slaCompliance';
import { PlatformReader } from './PlatformReader';

export interface SlaSettings {
  windowDays: number;
  /** Share of measurements that must meet a term, in %. */
  targetSharePct: number;
}

/** The instant a view "as of" a day is read at: now for today or later, else the day's end. */
export function readingInstant(asOf: string, now: Date = new Date()): Date {
  const end = utcDay(asOf).endOf('day').toJSDate();
  return end < now ? end : now;
}

/** Data-quality measurements and the SLA compliance computed from them. */
export class MeasurementsService {
  get targetSharePct(): number {
    return this.deps.settings.targetSharePct;
  }

  constructor(
    private readonly deps: {
      platform: PlatformReader;
      auth: AuthService;
      store: MeasurementStore;
      settings: SlaSettings;
    },
  ) {}

  /**
   * Stores a validated batch for a data product the catalogue knows (404 otherwise), judged
   * against the data product's SLA as it is now. Looked up with the plugin's own credentials:
   * pipelines' service tokens are restricted to this plugin.
   */
  async addMeasurements(dataProductRef: string, measurements: Measurement[]) {
    const entity = await this.deps.platform.entity(
      dataProductRef,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    if (!entity || !isDataProductEntity(entity)) {
      throw new NotFoundError(
        `No data product ${dataProductRef} in the catalogue`,
      );
    }
    const result = await this.deps.store.addMeasurements(
      refOf(entity),
      measurements,
      {
        freshnessHours: entity.spec.sla?.freshnessHours,
        completenessPct: entity.spec.sla?.completenessPct,
      },
    );
    return {
      dataProductRef: refOf(entity),
      received: measurements.length,
      ...result,
    };
  }

  window(asOf: string, windowDays?: number) {
    const to = readingInstant(asOf);
    const days = windowDays ?? this.deps.settings.windowDays;
    const from = DateTime.fromJSDate(to).minus({ days }).toJSDate();
    return { from, to, days };
  }

  async compliance(
    platform: Platform,
    options: { asOf: string; windowDays?: number; breachLimit?: number },
  ): Promise<ComplianceReport> {
    const { from, to, days } = this.window(options.asOf, options.windowDays);
    const aggregates = await this.deps.store.aggregate(from, to);
    const products = platform.dataProducts.map(p =>
      dataProductCompliance(
        p,
        aggregates.get(refOf(p)),
        to,
        this.deps.settings.targetSharePct,
      ),
    );
    const byRef = new Map(products.map(p => [p.ref, p]));
    const withBreaches = options.breachLimit
      ? await Promise.all(
          products.map(async p => ({
            ...p,
            breaches: await this.deps.store.breaches(
              p.ref,
              from,
              to,
              options.breachLimit!,
            ),
          })),
        )
      : products;
    return {
      window: { from: from.toISOString(), to: to.toISOString(), days },
      dataProducts: withBreaches,
      audiences: platform.audiences.map(a =>
        audienceCompliance(platform, a, byRef),
      ),
    };
  }

  /** How old each data product's data is now, against its freshness SLA, by ref. */
  async freshnessOf(
    products: readonly DataProductEntity[],
    asOf: string,
  ): Promise<Map<string, SourceFreshness>> {
    const { from, to } = this.window(asOf);
    const aggregates = await this.deps.store.aggregate(from, to);
    return new Map(
      products.map(p => {
        const compliance = dataProductCompliance(
          p,
          aggregates.get(refOf(p)),
          to,
          this.deps.settings.targetSharePct,
        );
        return [
          compliance.ref,
          {
            currentFreshnessHours: compliance.currentFreshnessHours,
            targetHours: compliance.freshness.target,
          },
        ];
      }),
    );
  }

  aggregates(asOf: string) {
    const { from, to } = this.window(asOf);
    return this.deps.store.aggregate(from, to);
  }

  firstMeetingSla(asOf: string) {
    return this.deps.store.firstMeetingSla(readingInstant(asOf));
  }
}
