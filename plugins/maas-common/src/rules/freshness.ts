import type { RuleProblem } from './RuleProblem';

/**
 * Whether data of this age is past its freshness SLA. Never without an age (not measured) or
 * without an SLA.
 *
 * @public
 */
export function isPastFreshnessSla(
  currentFreshnessHours: number | null,
  targetHours: number | null,
): boolean {
  return (
    targetHours !== null &&
    currentFreshnessHours !== null &&
    currentFreshnessHours > targetHours
  );
}

/** A source's current age and its freshness SLA, in hours (null: not measured, no SLA). @public */
export interface SourceFreshness {
  currentFreshnessHours: number | null;
  targetHours: number | null;
}

/** @public */
export type FreshnessProblem = RuleProblem<'source-freshness-breached'> & {
  sourceRef: string;
  currentFreshnessHours: number;
  targetHours: number;
};

/** The sources past their freshness SLA, in the order given. @public */
export function freshnessProblems(
  sources: ReadonlyArray<SourceFreshness & { ref: string }>,
): FreshnessProblem[] {
  const problems: FreshnessProblem[] = [];
  for (const { ref, currentFreshnessHours, targetHours } of sources) {
    if (currentFreshnessHours === null || targetHours === null) continue;
    if (!isPastFreshnessSla(currentFreshnessHours, targetHours)) continue;
    problems.push({
      code: 'source-freshness-breached',
      sourceRef: ref,
      currentFreshnessHours,
      targetHours,
      message: `its source ${ref} breaches its freshness SLA: the data is ${currentFreshnessHours} h old, the SLA says ${targetHours} h`,
    });
  }
  return problems;
}
