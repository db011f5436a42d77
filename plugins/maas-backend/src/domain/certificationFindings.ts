import {
  Actor,
  AudienceCertification,
  AudienceEntity,
  Finding,
} from '@maas/plugin-maas-common';
import { findingSubject } from './findingSubject';

/** Days before its expiry that a certification becomes a finding. */
export const CERTIFICATION_WARNING_DAYS = 30;

const DAY = 86_400_000;

/**
 * The audit's view of a certification: requested but incomplete (a key missing), voided by a
 * change since the keys were turned, expired, or expiring within
 * {@link CERTIFICATION_WARNING_DAYS}. A certification taken on trust from the catalogue, or
 * never requested and never started, is nothing to report.
 */
export function certificationFindings(
  audience: AudienceEntity,
  certification: Omit<AudienceCertification, 'canCertify'>,
  now: Date,
): Finding[] {
  const base = findingSubject(audience);
  const why = certification.reasons.join('; ');
  switch (certification.state) {
    case 'voided':
      return [
        {
          ...base,
          rule: 'certification-voided',
          severity: 'high',
          mustAct: 'both',
          message: `certification voided: ${why}; both keys must be turned again`,
        },
      ];
    case 'expired':
      return [
        {
          ...base,
          rule: 'certification-expiring',
          severity: 'high',
          mustAct: 'both',
          message: `certification expired: ${why}`,
        },
      ];
    case 'certified': {
      const expiresAt = new Date(certification.expiresAt!);
      const days = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY);
      if (days > CERTIFICATION_WARNING_DAYS) return [];
      return [
        {
          ...base,
          rule: 'certification-expiring',
          severity: 'medium',
          mustAct: 'both',
          message: `certification expires on ${certification.expiresAt!.slice(
            0,
            10,
          )} (in ${days} days); both keys must be turned again`,
        },
      ];
    }
    case 'incomplete':
    case 'uncertified': {
      if (!certification.requested) return [];
      const missing = (['marketing', 'it'] as const).filter(
        role => !certification.keys[role],
      );
      const mustAct: Actor = missing.length === 1 ? missing[0] : 'both';
      return [
        {
          ...base,
          rule: 'certification-incomplete',
          severity: 'medium',
          mustAct,
          message: `certification requested (spec.certified: true) but incomplete: ${why}`,
        },
      ];
    }
    default:
      return [];
  }
}
