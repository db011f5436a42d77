import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AudienceEntity,
  DataProductEntity,
  getTcfPurposeName,
} from '@maas/plugin-maas-common';

export interface SourceFreshness {
  /** Current age of the data, in hours; null when never measured. */
  currentFreshnessHours: number | null;
  /** The freshness SLA, in hours; null without one. */
  targetHours: number | null;
}

export interface AudienceCheckInput {
  audience: AudienceEntity;
  /** The audience's source data products; undefined for one the catalogue does not have. */
  sources: Array<{ ref: string; entity?: DataProductEntity }>;
  requiredPurposes: number[];
  requireCertified: boolean;
  /** Freshness per source data product ref, when it is to be checked. */
  freshness?: Map<string, SourceFreshness>;
}

function purposes(ids: number[]): string {
  return ids
    .map(id => `${id} (${getTcfPurposeName(id) ?? 'unknown purpose'})`)
    .join(', ');
}

/**
 * Why an audience cannot be used for a launch: a consent purpose the template requires that one
 * of its sources does not carry, no certification where the template demands it, a source past
 * its freshness SLA. Empty when it can.
 */
export function audienceLaunchProblems(input: AudienceCheckInput): string[] {
  const { audience, sources, requiredPurposes, requireCertified, freshness } =
    input;
  const problems: string[] = [];
  if (requireCertified && audience.spec.certified !== true) {
    problems.push(
      'the template requires a certified audience, and this one is not certified',
    );
  }
  for (const source of sources) {
    if (!source.entity) {
      problems.push(`its source ${source.ref} is not in the catalogue`);
      continue;
    }
    const carried = source.entity.spec.consent?.purposes ?? [];
    const missing = requiredPurposes.filter(p => !carried.includes(p));
    if (missing.length > 0) {
      problems.push(
        `the template requires TCF purpose${
          missing.length > 1 ? 's' : ''
        } ${purposes(missing)}, which its source ${stringifyEntityRef(
          source.entity,
        )} does not carry`,
      );
    }
    const fresh = freshness?.get(source.ref);
    if (
      fresh &&
      fresh.targetHours !== null &&
      fresh.currentFreshnessHours !== null &&
      fresh.currentFreshnessHours > fresh.targetHours
    ) {
      problems.push(
        `its source ${source.ref} breaches its freshness SLA: the data is ${fresh.currentFreshnessHours} h old, the SLA says ${fresh.targetHours} h`,
      );
    }
  }
  return problems;
}
