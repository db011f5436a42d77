import { SlaBreach } from '@maas/plugin-maas-common';
import { Measurement, MeasurementAggregate } from '../domain/measurement';

/** The SLA terms a measurement is judged against, as they were when it arrived. */
export interface SlaTerms {
  freshnessHours?: number;
  completenessPct?: number;
}

export interface MeasurementStore {
  /**
   * Stores a batch in one transaction. A timestamp already stored for the data product with the
   * same values (a retried batch) is a duplicate, so retries add nothing twice; with other
   * values it is a correction and replaces the stored row (`replaced`).
   */
  addMeasurements(
    dataProductRef: string,
    measurements: Measurement[],
    sla: SlaTerms,
  ): Promise<{ inserted: number; duplicates: number; replaced: number }>;
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
