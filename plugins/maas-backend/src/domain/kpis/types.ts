export type { Kpi, KpiInput } from '@maas/plugin-maas-common';
import {
  AudienceValue,
  CampaignRecord,
  ReadoutVerdict,
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
  /** What the campaigns' results say, as of the day. */
  results?: ResultKpiInputs;
}

/** A segment's spend and the customers it acquired, in one currency. */
export interface SegmentSpend {
  currency: string;
  spend: number;
  newCustomers: number;
  /** Campaigns whose results are counted. */
  campaigns: number;
}

/** The KPIs' reading of campaign results and segment values. */
export interface ResultKpiInputs {
  /** The readout verdict of each campaign with results, by campaign ref. */
  verdicts: Map<string, ReadoutVerdict>;
  /** By audience ref: its campaigns' spend and new customers from `windowStart` on. */
  segments: Map<string, SegmentSpend[]>;
  /** By audience ref: the latest lifetime value posted. */
  values: Map<string, AudienceValue>;
  /** The first day of the 12 months CAC is computed over. */
  windowStart: string;
}
