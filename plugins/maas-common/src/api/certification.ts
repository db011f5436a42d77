/**
 * The two keys of an audience's certification: marketing (a member of its owner group) and IT
 * (a member of its technicalOwner group).
 *
 * @public
 */
export const certificationRoles = ['marketing', 'it'] as const;

/** @public */
export type CertificationRole = (typeof certificationRoles)[number];

/**
 * Where an audience's certification stands: `certified` (both keys on its current fingerprint,
 * neither expired), `trusted` (`spec.certified: true` read as granted, under
 * `maas.certification.trustCatalogue`), `incomplete` (one key), `voided` (a key was given to a
 * definition, a source or a consent basis that has changed since), `expired`, or `uncertified`.
 *
 * @public
 */
export type CertificationState =
  | 'certified'
  | 'trusted'
  | 'incomplete'
  | 'voided'
  | 'expired'
  | 'uncertified';

/** One key as it stands now. @public */
export interface CertificationKey {
  role: CertificationRole;
  /** Who turned it, a user's entity ref. */
  certifiedBy: string;
  /** The group through which they held it: the audience's owner or technicalOwner. */
  group: string;
  certifiedAt: string;
  expiresAt: string;
  /** Whether it was given to the audience as it is now (the same fingerprint). */
  current: boolean;
}

/** One event of an audience's certification history. @public */
export interface CertificationEvent {
  role: CertificationRole;
  action: 'certified' | 'withdrawn';
  actor: string;
  group: string;
  fingerprint: string;
  at: string;
}

/**
 * An audience's certification (`GET /api/maas/audiences/:namespace/:name/certification`).
 *
 * @public
 */
export interface AudienceCertification {
  audienceRef: string;
  state: CertificationState;
  /** Usable where a template requires a certified audience. */
  certified: boolean;
  /** `spec.certified: true`: its owners asked for certification. */
  requested: boolean;
  /** What both keys must be given to: definition, sources, required purposes, sources' consent. */
  fingerprint: string;
  /** When the certification lapses (the older key's expiry), while certified. */
  expiresAt?: string;
  keys: Partial<Record<CertificationRole, CertificationKey>>;
  /** Why it is not certified, in sentences; empty when it is. */
  reasons: string[];
  /** The keys the caller may turn now. */
  canCertify: CertificationRole[];
  /** Oldest first. */
  history: CertificationEvent[];
}
