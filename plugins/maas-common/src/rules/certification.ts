import type { AudienceEntity } from '../kinds/Audience';
import type { ConsentSource } from './consentCoverage';
import type { RuleProblem } from './RuleProblem';

/** @public */
export type CertificationProblem = RuleProblem<'audience-not-certified'>;

/** Whether an audience is certified, and if not, why, as maas-backend records it. @public */
export interface CertificationStatus {
  certified: boolean;
  /** Why not, in sentences (a key missing, voided by a change, expired). */
  reasons?: string[];
}

/**
 * Why an audience cannot be used where a template requires a certified one; nothing when the
 * template does not require it. The certification is maas-backend's record of the two keys; an
 * audience nobody has certified counts as not certified.
 *
 * @public
 */
export function certificationProblems(
  certification: CertificationStatus | undefined,
  options: { required: boolean },
): CertificationProblem[] {
  if (!options.required || certification?.certified) return [];
  const why = certification?.reasons?.length
    ? `: ${certification.reasons.join('; ')}`
    : '';
  return [
    {
      code: 'audience-not-certified',
      message: `the template requires a certified audience, and this one is not certified${why}`,
    },
  ];
}

/**
 * What the two keys of a certification are given to: the audience's definition, its sources,
 * its required purposes, and each source's consent purposes and legal basis. A change to any of
 * these voids the certification. Canonical (sorted), so the same audience always gives the same
 * subject whatever the order it was written in.
 *
 * @public
 */
export interface CertificationSubject {
  definition: string;
  requiredPurposes: number[];
  sources: Array<{
    ref: string;
    /** null: the catalogue does not hold it. */
    purposes: number[] | null;
    legalBasis: string | null;
  }>;
}

/** The subject of an audience's certification, from the audience and its sources. @public */
export function certificationSubject(
  audience: AudienceEntity,
  sources: readonly ConsentSource[],
): CertificationSubject {
  const sorted = (list: readonly number[] | undefined) =>
    [...new Set(list ?? [])].sort((a, b) => a - b);
  return {
    definition: audience.spec.definition,
    requiredPurposes: sorted(audience.spec.consent?.requiredPurposes),
    sources: sources
      .map(s => ({
        ref: s.ref,
        purposes: s.dataProduct
          ? sorted(s.dataProduct.spec.consent?.purposes)
          : null,
        legalBasis: s.dataProduct?.spec.consent?.legalBasis ?? null,
      }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
  };
}

/**
 * What changed between the subject a key was given to and the audience now, in words, for the
 * sentence that says why a certification was voided.
 *
 * @public
 */
export function certificationChanges(
  certified: CertificationSubject,
  now: CertificationSubject,
): string[] {
  const changes: string[] = [];
  if (certified.definition !== now.definition) changes.push('its definition');
  if (certified.requiredPurposes.join() !== now.requiredPurposes.join()) {
    changes.push('its required purposes');
  }
  const before = new Map(certified.sources.map(s => [s.ref, s]));
  const after = new Map(now.sources.map(s => [s.ref, s]));
  const refs = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const ref of refs) {
    const was = before.get(ref);
    const is = after.get(ref);
    if (!was) changes.push(`a new source ${ref}`);
    else if (!is) changes.push(`the removal of its source ${ref}`);
    else if (was.purposes?.join() !== is.purposes?.join()) {
      changes.push(`the consent purposes of ${ref}`);
    } else if (was.legalBasis !== is.legalBasis) {
      changes.push(`the legal basis of ${ref}`);
    }
  }
  return changes;
}
