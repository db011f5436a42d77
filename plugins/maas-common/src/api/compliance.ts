/** @public */
export type ComplianceStatus = 'meeting' | 'breaching' | 'no-data' | 'no-sla';

/** @public */
export interface TermCompliance {
  target: number | null;
  /** Share of the assessed measurements meeting the target, in %, one decimal. */
  metPct: number | null;
  assessed: number;
}

/** A data product's SLA compliance over the window. @public */
export interface DataProductCompliance {
  ref: string;
  title: string;
  status: ComplianceStatus;
  measurements: number;
  freshness: TermCompliance;
  completeness: TermCompliance;
  /** Age of the data now: the latest measured age plus the time since that measurement. */
  currentFreshnessHours: number | null;
  lastMeasuredAt: string | null;
  events: number;
  incidents: number;
  incidentsPerMillionEvents: number | null;
}

/** An audience's freshness, from the stalest of its sources. @public */
export interface AudienceCompliance {
  ref: string;
  title: string;
  status: ComplianceStatus;
  freshnessTargetHours: number | null;
  /** The stalest of its sources. */
  currentFreshnessHours: number | null;
  sources: Array<{ ref: string; currentFreshnessHours: number | null }>;
}

/** A measurement that missed an SLA term. @public */
export interface SlaBreach {
  timestamp: string;
  term: 'freshness' | 'completeness';
  value: number;
  target: number;
}

/**
 * `GET /api/maas/data-products/compliance`; each data product's latest breaches when asked for.
 * @public
 */
export interface ComplianceReport {
  window: { from: string; to: string; days: number };
  dataProducts: Array<DataProductCompliance & { breaches?: SlaBreach[] }>;
  audiences: AudienceCompliance[];
}
