import { parseEntityRef } from '@backstage/catalog-model';
import { Actor } from '@maas/plugin-maas-common';

/**
 * Which side owns each kind of dependant: data products and tools are run by IT; audiences and
 * campaigns are marketing's to re-point.
 */
const sideOf: Record<string, Exclude<Actor, 'both'>> = {
  dataproduct: 'it',
  martechtool: 'it',
  audience: 'marketing',
  campaign: 'marketing',
};

/**
 * Who must act to stop entities depending on a tool: the side that owns each dependant, both
 * when they differ (or when a dependant is of a kind neither side owns alone).
 */
export function dependantsActor(dependantRefs: string[]): Actor {
  const sides = new Set<Actor>(
    dependantRefs.map(
      ref =>
        sideOf[parseEntityRef(ref).kind.toLocaleLowerCase('en-US')] ?? 'both',
    ),
  );
  if (sides.size === 1) return [...sides][0];
  return 'both';
}
