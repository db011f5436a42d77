import { builtInKpiTerms, KpiTerm } from '@maas/plugin-maas-common';
import { Platform, refOf } from '../platform';
import { Kpi } from './types';

/** The term a KPI computes, with what the catalogue says of it when it holds it. */
export function kpiTerm(
  kpiId: string,
  platform: Platform,
): KpiTerm | undefined {
  const ref = builtInKpiTerms[kpiId];
  if (!ref) return undefined;
  // Entity references compare without regard to case, as in the catalogue.
  const term = platform.glossaryTerms.find(
    t => refOf(t).toLocaleLowerCase('en-US') === ref.toLocaleLowerCase('en-US'),
  );
  return term
    ? {
        ref,
        title: term.metadata.title ?? term.metadata.name,
        status: term.spec.status,
        definition: term.spec.definition,
      }
    : { ref };
}

/** Each KPI with the glossary term it computes. */
export function withTerms(kpis: Kpi[], platform: Platform): Kpi[] {
  return kpis.map(kpi => {
    const term = kpiTerm(kpi.id, platform);
    return term ? { ...kpi, term } : kpi;
  });
}
