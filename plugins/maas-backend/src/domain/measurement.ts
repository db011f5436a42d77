/** One data-quality measurement of a data product. */
export interface Measurement {
  /** ISO timestamp. */
  timestamp: string;
  freshnessHours: number;
  completenessPct: number;
  events: number;
  incidents: number;
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
