import { AudienceEntity } from '../kinds/Audience';
import { certificationProblems, isCertifiedAudience } from './certification';

const audience = (certified?: boolean) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'a' },
    spec: {
      owner: 'group:crm',
      definition: 'x',
      sourceDataProducts: [],
      ...(certified === undefined ? {} : { certified }),
    },
  } as AudienceEntity);

describe('certification', () => {
  it('counts only certified: true as certified', () => {
    expect(isCertifiedAudience(audience(true))).toBe(true);
    expect(isCertifiedAudience(audience(false))).toBe(false);
    expect(isCertifiedAudience(audience())).toBe(false);
  });

  it('refuses an uncertified audience only where certification is required', () => {
    expect(certificationProblems(audience(false), { required: true })).toEqual([
      {
        code: 'audience-not-certified',
        message:
          'the template requires a certified audience, and this one is not certified',
      },
    ]);
    expect(certificationProblems(audience(), { required: false })).toEqual([]);
    expect(certificationProblems(audience(true), { required: true })).toEqual(
      [],
    );
  });
});
