import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AudienceEntity,
  certificationProblems,
  consentCoverage,
  DataProductEntity,
  freshnessProblems,
  RuleProblem,
  SourceFreshness,
} from '@maas/plugin-maas-common';

export interface AudienceCheckInput {
  audience: AudienceEntity;
  /** The audience's source data products; undefined for one the catalogue does not have. */
  sources: Array<{ ref: string; entity?: DataProductEntity }>;
  requiredPurposes: number[];
  requireCertified: boolean;
  /** Freshness per source data product ref, when it is to be checked. */
  freshness?: Map<string, SourceFreshness>;
}

/**
 * Why an audience cannot be used for a launch, from the shared rules: no certification where the
 * template demands it, then per source a consent purpose the template requires that it does not
 * carry, or its freshness SLA breached. Empty when it can.
 */
export function audienceLaunchProblems(input: AudienceCheckInput): string[] {
  const { audience, sources, requiredPurposes, requireCertified, freshness } =
    input;
  const problems: RuleProblem[] = certificationProblems(audience, {
    required: requireCertified,
  });
  for (const source of sources) {
    problems.push(
      ...consentCoverage({
        requiredPurposes,
        sources: [
          source.entity
            ? {
                ref: stringifyEntityRef(source.entity),
                dataProduct: source.entity,
              }
            : { ref: source.ref },
        ],
        requiredBy: 'the template',
      }).problems,
    );
    const fresh = freshness?.get(source.ref);
    if (source.entity && fresh) {
      problems.push(...freshnessProblems([{ ref: source.ref, ...fresh }]));
    }
  }
  return problems.map(p => p.message);
}
