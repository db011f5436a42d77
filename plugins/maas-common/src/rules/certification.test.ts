import { AudienceEntity } from '../kinds/Audience';
import { DataProductEntity } from '../kinds/DataProduct';
import {
  certificationChanges,
  certificationProblems,
  certificationSubject,
} from './certification';

const audience = (spec: Partial<AudienceEntity['spec']> = {}) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'a' },
    spec: {
      owner: 'group:crm',
      definition: 'Repeat buyers',
      sourceDataProducts: [],
      consent: { requiredPurposes: [4, 1, 3] },
      ...spec,
    },
  } as AudienceEntity);

const product = (purposes: number[], legalBasis = 'consent') =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'p' },
    spec: { owner: 'group:x', consent: { purposes, legalBasis } },
  } as DataProductEntity);

describe('certificationProblems', () => {
  it('refuses an uncertified audience only where certification is required', () => {
    expect(
      certificationProblems({ certified: false }, { required: true }),
    ).toEqual([
      {
        code: 'audience-not-certified',
        message:
          'the template requires a certified audience, and this one is not certified',
      },
    ]);
    expect(
      certificationProblems({ certified: false }, { required: false }),
    ).toEqual([]);
    expect(
      certificationProblems({ certified: true }, { required: true }),
    ).toEqual([]);
  });

  it('counts an audience nobody certified as not certified, and says why when it knows', () => {
    expect(certificationProblems(undefined, { required: true })).toHaveLength(
      1,
    );
    expect(
      certificationProblems(
        { certified: false, reasons: ['the IT key is missing'] },
        { required: true },
      )[0].message,
    ).toBe(
      'the template requires a certified audience, and this one is not certified: the IT key is missing',
    );
  });
});

describe('certificationSubject', () => {
  it('is the same whatever the order the audience and its sources are written in', () => {
    const a = certificationSubject(audience(), [
      { ref: 'dataproduct:default/b', dataProduct: product([7, 1]) },
      { ref: 'dataproduct:default/a', dataProduct: product([3, 1, 4]) },
    ]);
    const b = certificationSubject(
      audience({ consent: { requiredPurposes: [1, 3, 4] } }),
      [
        { ref: 'dataproduct:default/a', dataProduct: product([1, 3, 4]) },
        { ref: 'dataproduct:default/b', dataProduct: product([1, 7]) },
      ],
    );
    expect(a).toEqual(b);
    expect(a).toEqual({
      definition: 'Repeat buyers',
      requiredPurposes: [1, 3, 4],
      sources: [
        {
          ref: 'dataproduct:default/a',
          purposes: [1, 3, 4],
          legalBasis: 'consent',
        },
        {
          ref: 'dataproduct:default/b',
          purposes: [1, 7],
          legalBasis: 'consent',
        },
      ],
    });
  });

  it('names what changed since a key was given', () => {
    const before = certificationSubject(audience(), [
      { ref: 'dataproduct:default/a', dataProduct: product([1, 3, 4]) },
      { ref: 'dataproduct:default/b', dataProduct: product([1]) },
    ]);
    const after = certificationSubject(
      audience({ definition: 'Buyers', consent: { requiredPurposes: [1] } }),
      [
        { ref: 'dataproduct:default/a', dataProduct: product([1, 3]) },
        {
          ref: 'dataproduct:default/b',
          dataProduct: product([1], 'legitimate-interest'),
        },
        { ref: 'dataproduct:default/c' },
      ],
    );
    expect(certificationChanges(before, after)).toEqual([
      'its definition',
      'its required purposes',
      'the consent purposes of dataproduct:default/a',
      'the legal basis of dataproduct:default/b',
      'a new source dataproduct:default/c',
    ]);
    expect(certificationChanges(after, after)).toEqual([]);
  });
});
