import { Entity } from '@backstage/catalog-model';
import { kpisNamedBy } from './kpiNames';

type JsonValue = Exclude<NonNullable<Entity['spec']>[string], undefined>;

const template = (steps: JsonValue[], type = 'campaign'): Entity => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'email-nurture-journey' },
  spec: { type, steps },
});

describe('kpisNamedBy', () => {
  it("reads a campaign's kpis", () => {
    expect(
      kpisNamedBy({
        apiVersion: 'maas.dev/v1alpha1',
        kind: 'Campaign',
        metadata: { name: 'c' },
        spec: { kpis: ['conversion-rate', ' incremental-revenue '] },
      }),
    ).toEqual([
      { kpi: 'conversion-rate', path: 'spec.kpis[0]' },
      { kpi: 'incremental-revenue', path: 'spec.kpis[1]' },
    ]);
  });

  it("reads the literal kpis of a campaign template's record step", () => {
    expect(
      kpisNamedBy(
        template([
          { action: 'maas:audience:check-consent', input: { kpis: ['x'] } },
          {
            action: 'maas:campaign:create',
            input: {
              kpis: ['conversion-rate', '${{ parameters.kpi }}', 3, ''],
            },
          },
        ]),
      ),
    ).toEqual([
      { kpi: 'conversion-rate', path: 'spec.steps[1].input.kpis[0]' },
    ]);
  });

  it('reads nothing from other templates and kinds', () => {
    expect(
      kpisNamedBy(
        template(
          [{ action: 'maas:campaign:create', input: { kpis: ['x'] } }],
          'service',
        ),
      ),
    ).toEqual([]);
    expect(
      kpisNamedBy({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'c' },
        spec: { kpis: ['x'] },
      }),
    ).toEqual([]);
    expect(
      kpisNamedBy(template([{ action: 'maas:campaign:create' }, null])),
    ).toEqual([]);
  });
});
