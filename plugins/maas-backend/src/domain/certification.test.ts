import { CertificationSubject } from '@maas/plugin-maas-common';
import {
  certificationOf,
  certifyRefusal,
  fingerprintOf,
  StoredCertificationEvent,
} from './certification';
import { stableJson } from './stableJson';

const subject: CertificationSubject = {
  definition: 'Repeat buyers',
  requiredPurposes: [1, 3, 4],
  sources: [
    {
      ref: 'dataproduct:default/crm',
      purposes: [1, 3, 4],
      legalBasis: 'consent',
    },
  ],
};
const changed: CertificationSubject = {
  ...subject,
  sources: [
    { ref: 'dataproduct:default/crm', purposes: [1, 3], legalBasis: 'consent' },
  ],
};
const groups = {
  marketing: 'group:default/crm',
  it: 'group:default/data-platform',
};

function key(
  role: 'marketing' | 'it',
  actor: string,
  at: string,
  on: CertificationSubject = subject,
  action: 'certified' | 'withdrawn' = 'certified',
): StoredCertificationEvent {
  return {
    audienceRef: 'audience:default/repeat-buyers',
    role,
    action,
    actor,
    group: groups[role],
    fingerprint: fingerprintOf(on),
    subject: JSON.stringify(on),
    at,
  };
}

const inputs = (events: StoredCertificationEvent[], overrides = {}) => ({
  audienceRef: 'audience:default/repeat-buyers',
  groups,
  requested: true,
  subject,
  events,
  now: new Date('2026-12-01T12:00:00Z'),
  validDays: 180,
  trustCatalogue: false,
  ...overrides,
});

const marketing = key(
  'marketing',
  'user:default/ines',
  '2026-11-01T09:00:00.000Z',
);
const itKey = key('it', 'user:default/raj', '2026-11-15T09:00:00.000Z');

describe('certificationOf', () => {
  it('is certified with both keys on the current fingerprint, until the older one expires', () => {
    const result = certificationOf(inputs([marketing, itKey]));
    expect(result).toMatchObject({
      state: 'certified',
      certified: true,
      expiresAt: '2027-04-30T09:00:00.000Z',
      reasons: [],
    });
    expect(result.keys.it).toEqual({
      role: 'it',
      certifiedBy: 'user:default/raj',
      group: 'group:default/data-platform',
      certifiedAt: '2026-11-15T09:00:00.000Z',
      expiresAt: '2027-05-14T09:00:00.000Z',
      current: true,
    });
    expect(result.history.map(e => [e.role, e.action])).toEqual([
      ['marketing', 'certified'],
      ['it', 'certified'],
    ]);
  });

  it('is incomplete with one key, and names the group that holds the other', () => {
    expect(certificationOf(inputs([marketing]))).toMatchObject({
      state: 'incomplete',
      certified: false,
      reasons: [
        'the IT key (a member of group:default/data-platform) is missing',
      ],
    });
    expect(
      certificationOf(
        inputs([], { groups: { marketing: groups.marketing, it: undefined } }),
      ).reasons,
    ).toEqual([
      'the marketing key (a member of group:default/crm) is missing',
      'the IT key is missing, and it has no technicalOwner to give it',
    ]);
  });

  it('is voided by a change to what was certified, and says what changed', () => {
    const result = certificationOf(
      inputs([marketing, itKey], { subject: changed }),
    );
    expect(result.state).toBe('voided');
    expect(result.certified).toBe(false);
    expect(result.fingerprint).not.toBe(marketing.fingerprint);
    expect(result.reasons).toEqual([
      'the marketing key given by user:default/ines on 2026-11-01 was voided by a change to the consent purposes of dataproduct:default/crm',
      'the IT key given by user:default/raj on 2026-11-15 was voided by a change to the consent purposes of dataproduct:default/crm',
    ]);
  });

  it('expires validDays after a key was turned', () => {
    const result = certificationOf(
      inputs([marketing, itKey], { now: new Date('2027-05-01T00:00:00Z') }),
    );
    expect(result.state).toBe('expired');
    expect(result.reasons).toEqual([
      'the marketing key given by user:default/ines on 2026-11-01 expired on 2027-04-30',
    ]);
  });

  it('forgets a withdrawn key, and counts a key turned again', () => {
    const withdrawn = key(
      'it',
      'user:default/anna',
      '2026-11-20T00:00:00.000Z',
      subject,
      'withdrawn',
    );
    expect(certificationOf(inputs([marketing, itKey, withdrawn])).state).toBe(
      'incomplete',
    );
    const again = key('it', 'user:default/anna', '2026-11-21T00:00:00.000Z');
    expect(
      certificationOf(inputs([marketing, itKey, withdrawn, again])).keys.it
        ?.certifiedBy,
    ).toBe('user:default/anna');
  });

  it("reads spec.certified as granted only where the catalogue's changes are trusted", () => {
    expect(certificationOf(inputs([], { trustCatalogue: true }))).toMatchObject(
      { state: 'trusted', certified: true },
    );
    expect(
      certificationOf(inputs([], { trustCatalogue: true, requested: false }))
        .state,
    ).toBe('uncertified');
  });
});

describe('certifyRefusal', () => {
  const certification = certificationOf(inputs([marketing]));

  it('lets a member of the key group turn it', () => {
    expect(
      certifyRefusal({
        role: 'it',
        groups,
        ownership: new Set(['user:default/raj', 'group:default/data-platform']),
        actor: 'user:default/raj',
        certification,
      }),
    ).toBeUndefined();
  });

  it('refuses a member of another group', () => {
    expect(
      certifyRefusal({
        role: 'it',
        groups,
        ownership: new Set(['user:default/ines', 'group:default/crm']),
        actor: 'user:default/ines',
        certification,
      }),
    ).toEqual({
      reason: 'not-member',
      message:
        'The IT key of this audience is held by the members of group:default/data-platform, and user:default/ines is not one',
    });
  });

  it('refuses the second key to whoever turned the first', () => {
    expect(
      certifyRefusal({
        role: 'it',
        groups,
        ownership: new Set([
          'group:default/crm',
          'group:default/data-platform',
        ]),
        actor: 'user:default/ines',
        certification,
      })?.reason,
    ).toBe('same-person');
  });
});

describe('stableJson', () => {
  it('writes equal values as equal text, whatever the order of their keys', () => {
    expect(stableJson({ b: [1, { d: 1, c: 2 }], a: 'x', u: undefined })).toBe(
      stableJson({ a: 'x', b: [1, { c: 2, d: 1 }] }),
    );
  });
});
