import { CampaignRecord } from '@maas/plugin-maas-common';
import { MeasurementAggregate } from '../../database/MeasurementStore';
import { Platform } from '../platform';
import { VendorReversibility } from '../reversibility';
import { RetirementProgress } from '../sprawl';

/** What a KPI counted, so a reader sees "38 of 41 entities" rather than a bare 93 %. */
export interface KpiInput {
  description: string;
  count: number;
  of?: number;
}

export interface Kpi {
  id: string;
  title: string;
  /** The shared glossary: how the number is computed, in words. */
  definition: string;
  unit: string;
  /** Null when the platform holds no data for it (see `noData`). */
  value: number | null;
  noData?: string;
  inputs: KpiInput[];
  breakdown?: Array<{
    key: string;
    label: string;
    value: number | null;
    inputs?: KpiInput[];
  }>;
  target?: number;
}

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
