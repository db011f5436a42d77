import { campaignKpis } from './campaigns';
import { consentKpi } from './consent';
import { deliveryKpi } from './delivery';
import {
  coverageKpi,
  decommissionedKpi,
  vendorDependencyKpi,
} from './portfolio';
import { qualityKpis } from './quality';
import { KpiInputs, Kpi } from './types';

export type { Kpi, KpiInput, KpiInputs } from './types';

/** Every KPI of the design's table that the platform can compute, each with its glossary entry. */
export function computeKpis(inputs: KpiInputs): Kpi[] {
  return [
    ...qualityKpis(inputs),
    consentKpi(inputs.platform),
    deliveryKpi(inputs),
    ...campaignKpis(inputs.platform, inputs.campaignRecords ?? []),
    vendorDependencyKpi(inputs.vendors),
    decommissionedKpi(inputs.retirement),
    coverageKpi(inputs.platform),
  ];
}
