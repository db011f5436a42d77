import { DataProductEntity } from '../kinds/DataProduct';
import { consentCoverage } from './consentCoverage';

const product = (name: string, purposes?: number[]) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name },
    spec: { owner: 'group:x', ...(purposes ? { consent: { purposes } } : {}) },
  } as DataProductEntity);

describe('consentCoverage', () => {
  it('is covered when every source carries every required purpose', () => {
    expect(
      consentCoverage({
        requiredPurposes: [1, 3],
        sources: [
          {
            ref: 'dataproduct:default/a',
            dataProduct: product('a', [1, 3, 4]),
          },
          { ref: 'dataproduct:default/b', dataProduct: product('b', [3, 1]) },
        ],
      }),
    ).toEqual({ covered: true, problems: [] });
  });

  it('names, per source, the purposes it lacks; a source without consent carries none', () => {
    const result = consentCoverage({
      requiredPurposes: [1, 5, 6],
      sources: [
        { ref: 'dataproduct:default/a', dataProduct: product('a', [1, 7]) },
        { ref: 'dataproduct:default/b', dataProduct: product('b') },
      ],
      requiredBy: 'the template',
    });
    expect(result.covered).toBe(false);
    expect(result.problems).toEqual([
      {
        code: 'consent-purposes-not-carried',
        sourceRef: 'dataproduct:default/a',
        missingPurposes: [5, 6],
        message:
          'the template requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content), which its source dataproduct:default/a does not carry',
      },
      expect.objectContaining({
        code: 'consent-purposes-not-carried',
        sourceRef: 'dataproduct:default/b',
        missingPurposes: [1, 5, 6],
      }),
    ]);
  });

  it('words the sentence without a subject when no one is named as requiring', () => {
    const { problems } = consentCoverage({
      requiredPurposes: [4],
      sources: [{ ref: 'dataproduct:a', dataProduct: product('a', [1]) }],
    });
    expect(problems.map(p => p.message)).toEqual([
      'requires TCF purpose 4 (Use profiles to select personalised advertising) that its source dataproduct:a does not carry',
    ]);
  });

  it('counts a source the catalogue lacks as not covered, even with nothing required', () => {
    expect(
      consentCoverage({
        requiredPurposes: [],
        sources: [{ ref: 'dataproduct:default/gone' }],
      }),
    ).toEqual({
      covered: false,
      problems: [
        {
          code: 'consent-source-not-found',
          sourceRef: 'dataproduct:default/gone',
          message:
            'its source dataproduct:default/gone is not in the catalogue',
        },
      ],
    });
  });

  it('is covered with no sources and nothing required', () => {
    expect(consentCoverage({ requiredPurposes: [], sources: [] }).covered).toBe(
      true,
    );
  });
});
