import { mockServices } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AudienceEntity, certificationSubject } from '@maas/plugin-maas-common';
import { CertificationStore } from '../database/CertificationStore';
import {
  fingerprintOf,
  StoredCertificationEvent,
} from '../domain/certification';
import { CertificationService } from './CertificationService';
import { Memberships } from './Memberships';

const audience = {
  apiVersion: 'maas.dev/v1alpha1',
  kind: 'Audience',
  metadata: { name: 'repeat-buyers', namespace: 'default' },
  spec: {
    owner: 'group:crm',
    technicalOwner: 'group:data-platform',
    definition: 'Repeat buyers',
    sourceDataProducts: [],
    certified: true,
  },
} as unknown as AudienceEntity;
const read = { audience, sources: [] };
const subject = certificationSubject(audience, []);

function key(
  role: 'marketing' | 'it',
  at: string,
  action: 'certified' | 'withdrawn' = 'certified',
): StoredCertificationEvent {
  return {
    audienceRef: 'audience:default/repeat-buyers',
    role,
    action,
    actor: role === 'it' ? 'user:default/ola' : 'user:default/ines',
    group: role === 'it' ? 'group:default/data-platform' : 'group:default/crm',
    fingerprint: fingerprintOf(subject),
    subject: JSON.stringify(subject),
    at,
  };
}

function service() {
  const clock = { now: new Date('2026-12-01T12:00:00Z') };
  const certifications = new CertificationService({
    catalog: {} as CatalogService,
    auth: mockServices.auth(),
    store: {} as CertificationStore,
    memberships: {} as Memberships,
    settings: { validDays: 180, trustCatalogue: false },
    now: () => clock.now,
  });
  return { certifications, clock };
}

// Both keys turned on 2026-06-10: valid until 2026-12-07T09:00Z.
const both = [
  key('marketing', '2026-06-10T09:00:00.000Z'),
  key('it', '2026-06-11T09:00:00.000Z'),
];

describe('CertificationService.statusFrom', () => {
  it('answers the same audience with the same keys from what it kept', () => {
    const { certifications } = service();
    const first = certifications.statusFrom(read, both);
    expect(first.state).toBe('certified');
    // Each report reads the events afresh: equal histories, new arrays.
    expect(certifications.statusFrom(read, [...both])).toBe(first);
  });

  it('sees a key expire although nothing else changed', () => {
    const { certifications, clock } = service();
    expect(certifications.statusFrom(read, both).state).toBe('certified');
    clock.now = new Date('2026-12-07T08:59:59.999Z');
    expect(certifications.statusFrom(read, both).state).toBe('certified');
    clock.now = new Date('2026-12-07T09:00:00.000Z');
    const expired = certifications.statusFrom(read, both);
    expect(expired.state).toBe('expired');
    expect(expired.reasons).toEqual([
      'the marketing key given by user:default/ines on 2026-06-10 expired on 2026-12-07',
    ]);
  });

  it('sees a key recorded since', () => {
    const { certifications } = service();
    expect(certifications.statusFrom(read, both).state).toBe('certified');
    const withdrawn = [
      ...both,
      key('it', '2026-11-30T10:00:00.000Z', 'withdrawn'),
    ];
    expect(certifications.statusFrom(read, withdrawn).state).toBe('incomplete');
  });

  it('recomputes when the clock goes back', () => {
    const { certifications, clock } = service();
    clock.now = new Date('2026-12-08T00:00:00Z');
    expect(certifications.statusFrom(read, both).state).toBe('expired');
    clock.now = new Date('2026-12-01T00:00:00Z');
    expect(certifications.statusFrom(read, both).state).toBe('certified');
  });
});
