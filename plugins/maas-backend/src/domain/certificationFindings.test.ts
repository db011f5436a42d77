import {
  AudienceCertification,
  AudienceEntity,
} from '@maas/plugin-maas-common';
import { certificationFindings } from './certificationFindings';

const audience = {
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'Audience',
  metadata: { name: 'repeat-buyers', namespace: 'default' },
  spec: {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: 'x',
    sourceDataProducts: [],
  },
} as AudienceEntity;

const certification = (
  overrides: Partial<AudienceCertification>,
): Omit<AudienceCertification, 'canCertify'> => ({
  audienceRef: 'audience:default/repeat-buyers',
  state: 'uncertified',
  certified: false,
  requested: true,
  fingerprint: 'f',
  keys: {},
  reasons: ['the IT key (a member of group:default/data-platform) is missing'],
  history: [],
  ...overrides,
});

const now = new Date('2026-12-01T00:00:00Z');
const key = {
  role: 'marketing' as const,
  certifiedBy: 'user:default/ines.garcia',
  group: 'group:default/crm',
  certifiedAt: '2026-06-01T00:00:00.000Z',
  expiresAt: '2026-11-28T00:00:00.000Z',
  current: true,
};

describe('certificationFindings', () => {
  it('reports a requested certification with a key missing, for the side that must turn it', () => {
    const [finding] = certificationFindings(
      audience,
      certification({ state: 'incomplete', keys: { marketing: key } }),
      now,
    );
    expect(finding).toMatchObject({
      rule: 'certification-incomplete',
      severity: 'medium',
      mustAct: 'it',
      message:
        'certification requested (spec.certified: true) but incomplete: the IT key (a member of group:default/data-platform) is missing',
    });
    expect(
      certificationFindings(audience, certification({ requested: false }), now),
    ).toEqual([]);
  });

  it('reports a voided or expired certification as high', () => {
    expect(
      certificationFindings(
        audience,
        certification({ state: 'voided', reasons: ['a change'] }),
        now,
      ).map(f => [f.rule, f.severity, f.message]),
    ).toEqual([
      [
        'certification-voided',
        'high',
        'certification voided: a change; both keys must be turned again',
      ],
    ]);
    expect(
      certificationFindings(
        audience,
        certification({ state: 'expired' }),
        now,
      )[0].rule,
    ).toBe('certification-expiring');
  });

  it('warns 30 days before a certification expires, and not before', () => {
    const certified = (expiresAt: string) =>
      certification({
        state: 'certified',
        certified: true,
        reasons: [],
        expiresAt,
      });
    expect(
      certificationFindings(
        audience,
        certified('2026-12-21T00:00:00.000Z'),
        now,
      )[0].message,
    ).toBe(
      'certification expires on 2026-12-21 (in 20 days); both keys must be turned again',
    );
    expect(
      certificationFindings(
        audience,
        certified('2027-02-01T00:00:00.000Z'),
        now,
      ),
    ).toEqual([]);
    expect(
      certificationFindings(
        audience,
        certification({ state: 'trusted', certified: true }),
        now,
      ),
    ).toEqual([]);
  });
});
