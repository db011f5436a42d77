import { AudienceEntity, DataProductEntity } from '@maas/plugin-maas-common';
import { audienceLaunchProblems } from './audienceChecks';

const audience = (certified: boolean) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'Audience',
    metadata: { name: 'cart-abandoners-web', title: 'Web cart abandoners' },
    spec: {
      owner: 'group:crm',
      definition: 'x',
      sourceDataProducts: ['dataproduct:web-behaviour-events'],
      certified,
    },
  } as AudienceEntity);

const source = (purposes: number[]) =>
  ({
    apiVersion: 'maas.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'web-behaviour-events', namespace: 'default' },
    spec: { owner: 'group:x', consent: { purposes } },
  } as DataProductEntity);

const ref = 'dataproduct:default/web-behaviour-events';

describe('audienceLaunchProblems', () => {
  it('accepts a certified audience whose sources carry every required purpose', () => {
    expect(
      audienceLaunchProblems({
        audience: audience(true),
        sources: [{ ref, entity: source([1, 5, 6, 7]) }],
        requiredPurposes: [1, 5, 6],
        requireCertified: true,
      }),
    ).toEqual([]);
  });

  it('names the purposes a source does not carry', () => {
    expect(
      audienceLaunchProblems({
        audience: audience(true),
        sources: [{ ref, entity: source([1, 7]) }],
        requiredPurposes: [1, 5, 6],
        requireCertified: false,
      }),
    ).toEqual([
      `the template requires TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content), which its source ${ref} does not carry`,
    ]);
  });

  it('refuses an uncertified audience where the template demands one', () => {
    expect(
      audienceLaunchProblems({
        audience: audience(false),
        sources: [{ ref, entity: source([1]) }],
        requiredPurposes: [],
        requireCertified: true,
      }),
    ).toEqual([
      'the template requires a certified audience, and this one is not certified',
    ]);
  });

  it('refuses a source past its freshness SLA, and one the catalogue lacks', () => {
    expect(
      audienceLaunchProblems({
        audience: audience(true),
        sources: [
          { ref, entity: source([1]) },
          { ref: 'dataproduct:default/gone' },
        ],
        requiredPurposes: [],
        requireCertified: false,
        freshness: new Map([
          [ref, { currentFreshnessHours: 30.5, targetHours: 24 }],
        ]),
      }),
    ).toEqual([
      `its source ${ref} breaches its freshness SLA: the data is 30.5 h old, the SLA says 24 h`,
      'its source dataproduct:default/gone is not in the catalogue',
    ]);
  });
});
