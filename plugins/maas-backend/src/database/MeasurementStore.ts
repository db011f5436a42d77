import { SlaBreach } from '@maas/plugin-maas-common';

/** One data-quality measurement of a data product. */
export interface Measurement {
  /** ISO timestamp. */
  timestamp: string;
  freshnessHours: number;
  completenessPct: number;
  events: number;
  incidents: number;
}

/** The SLA terms a measurement is judged against, as they were when it arrived. */
export interface SlaTerms {
  freshnessHours?: number;
  completenessPct?: number;
}

/** What a window of measurements of one data product adds up to. */
export interface MeasurementAggregate {
  dataProductRef: string;
  count: number;
  freshnessAssessed: number;
  freshnessMet: number;
  completenessAssessed: number;
  completenessMet: number;
  events: number;
  incidents: number;
  latestAt: string;
  latestFreshnessHours: number;
}

export interface MeasurementStore {
  /**
   * Stores a batch in one transaction. A timestamp already stored for the data product (a
   * retried batch) is skipped, so retries add nothing twice.
   */
  addMeasurements(
    dataProductRef: string,
    measurements: Measurement[],
    sla: SlaTerms,
  ): Promise<{ inserted: number; duplicates: number }>;
  /** Aggregates per data product of the measurements in (from, to]. */
  aggregate(from: Date, to: Date): Promise<Map<string, MeasurementAggregate>>;
  /** The latest breaches of one data product in (from, to], newest first. */
  breaches(
    dataProductRef: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<SlaBreach[]>;
  /** Per data product, the first measurement that met every SLA term it was judged on. */
  firstMeetingSla(until: Date): Promise<Map<string, string>>;
}
