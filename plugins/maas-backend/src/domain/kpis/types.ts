export type { Kpi, KpiInput } from '@maas/plugin-maas-common';
import {
  CampaignRecord,
  RetirementProgress,
  VendorReversibility,
} from '@maas/plugin-maas-common';
import { MeasurementAggregate } from '../measurement';
import { Platform } from '../platform';

export interface KpiInputs {
  platform: Platform;
  /** Measurement aggregates of the window, by data product ref. */
  aggregates: Map<string, MeasurementAggregate>;
  windowDays: number;
  vendors: VendorReversibility[];
  retirement: RetirementProgress;
  /** Registration time per data product (annotation or first seen). */
  registeredAt: Map<string, string>;
  /** First measurement meeting every SLA term, per data product. */
  firstMeetingSla: Map<string, string>;
  /** Campaigns recorded by launches, with when they went live. */
  campaignRecords?: CampaignRecord[];
}
