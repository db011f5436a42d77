import { Entity } from '@backstage/catalog-model';
import { builtInKpiTerms } from '@maas/plugin-maas-common';
import { buildPlatform } from '../platform';
import { kpiTerm, withTerms } from './terms';

const completeness: Entity = {
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'GlossaryTerm',
  metadata: { name: 'Data-Completeness', title: 'Data completeness' },
  spec: {
    owner: 'group:marketing-analytics',
    technicalOwner: 'group:data-platform',
    definition: 'Measurements meeting the completeness SLA.',
    status: 'approved',
  },
};

describe('the terms the KPIs compute', () => {
  const platform = buildPlatform([completeness]);

  it("gives the term's title, status and definition when the catalogue holds it", () => {
    expect(kpiTerm('data-completeness', platform)).toEqual({
      ref: 'glossaryterm:default/data-completeness',
      title: 'Data completeness',
      status: 'approved',
      definition: 'Measurements meeting the completeness SLA.',
    });
  });

  it('gives the ref alone when the catalogue does not hold the term', () => {
    expect(kpiTerm('data-freshness', platform)).toEqual({
      ref: 'glossaryterm:default/data-freshness',
    });
  });

  it('names a term for every built-in KPI, and none for another', () => {
    const kpi = (id: string) => ({
      id,
      title: id,
      definition: '',
      unit: '%',
      value: null,
      inputs: [],
    });
    const named = withTerms(
      [...Object.keys(builtInKpiTerms), 'made-up'].map(kpi),
      platform,
    );
    expect(named.filter(k => !k.term).map(k => k.id)).toEqual(['made-up']);
    for (const k of named.filter(n => n.term)) {
      expect(k.term!.ref).toBe(`glossaryterm:default/${k.id}`);
    }
  });
});
