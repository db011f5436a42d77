import type { AudienceEntity } from '../kinds/Audience';
import type { RuleProblem } from './RuleProblem';

/** @public */
export type CertificationProblem = RuleProblem<'audience-not-certified'>;

/** Whether an audience is certified: today, `spec.certified: true` in the catalogue. @public */
export function isCertifiedAudience(audience: AudienceEntity): boolean {
  return audience.spec.certified === true;
}

/**
 * Why an audience cannot be used where a template requires a certified one; nothing when the
 * template does not require it.
 *
 * @public
 */
export function certificationProblems(
  audience: AudienceEntity,
  options: { required: boolean },
): CertificationProblem[] {
  if (!options.required || isCertifiedAudience(audience)) return [];
  return [
    {
      code: 'audience-not-certified',
      message:
        'the template requires a certified audience, and this one is not certified',
    },
  ];
}
