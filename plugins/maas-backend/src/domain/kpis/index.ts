import { campaignKpis } from './campaigns';
import { consentKpi } from './consent';
import { deliveryKpi } from './delivery';
import { coFundedKpi } from './funding';
import {
  coverageKpi,
  decommissionedKpi,
  vendorDependencyKpi,
} from './portfolio';
import { qualityKpis } from './quality';
import { withTerms } from './terms';
import { KpiInputs, Kpi } from './types';

export type {
  Kpi,
  KpiInput,
  KpiInputs,
  ResultKpiInputs,
  SegmentSpend,
} from './types';

/** Every KPI of the design's table that the platform can compute, each with its glossary term. */
export function computeKpis(inputs: KpiInputs): Kpi[] {
  const kpis = [
    ...qualityKpis(inputs),
    consentKpi(inputs.platform),
    deliveryKpi(inputs),
    ...campaignKpis(
      inputs.platform,
      inputs.campaignRecords ?? [],
      inputs.results,
    ),
    vendorDependencyKpi(inputs.vendors),
    decommissionedKpi(inputs.retirement),
    coverageKpi(inputs.platform),
    coFundedKpi(inputs.platform),
  ];
  return withTerms(kpis, inputs.platform);
}
