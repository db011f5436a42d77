/**
 * The glossary term each built-in KPI computes, by KPI id: the definition marketing and IT agreed
 * on, which the KPI's tile links to. The demo's glossary (examples/maas/glossary.yaml) holds them;
 * an adopter registers the same terms, or its own under these refs.
 *
 * @public
 */
export const builtInKpiTerms: Readonly<Record<string, string>> = {
  'data-completeness': 'glossaryterm:default/data-completeness',
  'data-freshness': 'glossaryterm:default/data-freshness',
  'incidents-per-million-events':
    'glossaryterm:default/incidents-per-million-events',
  'exploitable-consent-rate': 'glossaryterm:default/exploitable-consent-rate',
  'time-to-deliver-data-product':
    'glossaryterm:default/time-to-deliver-data-product',
  'time-to-market-journey': 'glossaryterm:default/time-to-market-journey',
  'incremental-measurement-share':
    'glossaryterm:default/incremental-measurement-share',
  'catalogue-adoption': 'glossaryterm:default/catalogue-adoption',
  'cac-ltv-per-segment': 'glossaryterm:default/cac-ltv-per-segment',
  'vendor-dependency': 'glossaryterm:default/vendor-dependency',
  'tools-decommissioned': 'glossaryterm:default/tools-decommissioned',
  'ownership-sla-coverage': 'glossaryterm:default/ownership-sla-coverage',
  'co-funded-spend': 'glossaryterm:default/co-funded-spend',
};
