import { describeTcfPurposes } from '../consent/tcf';
import type { DataProductEntity } from '../kinds/DataProduct';
import type { RuleProblem } from './RuleProblem';

/** A source of an audience: its ref, and the data product the catalogue holds there, if any. @public */
export interface ConsentSource {
  ref: string;
  dataProduct?: DataProductEntity;
}

/** @public */
export type ConsentProblem =
  | (RuleProblem<'consent-source-not-found'> & { sourceRef: string })
  | (RuleProblem<'consent-purposes-not-carried'> & {
      sourceRef: string;
      missingPurposes: number[];
    });

/** @public */
export interface ConsentCoverage {
  /** Every source is in the catalogue and carries every required purpose. */
  covered: boolean;
  /** In the order of the sources. */
  problems: ConsentProblem[];
}

/**
 * Whether an audience's sources carry the consent purposes required of it: each purpose must be
 * carried by every source, and a source the catalogue does not hold carries nothing.
 * `requiredBy` names who requires the purposes (`the template`); without it the sentence has no
 * subject, for a report that shows the audience beside it.
 *
 * @public
 */
export function consentCoverage(input: {
  requiredPurposes: readonly number[];
  sources: readonly ConsentSource[];
  requiredBy?: string;
}): ConsentCoverage {
  const { requiredPurposes, sources, requiredBy } = input;
  const problems: ConsentProblem[] = [];
  for (const source of sources) {
    if (!source.dataProduct) {
      problems.push({
        code: 'consent-source-not-found',
        sourceRef: source.ref,
        message: `its source ${source.ref} is not in the catalogue`,
      });
      continue;
    }
    const carried = source.dataProduct.spec.consent?.purposes ?? [];
    const missing = requiredPurposes.filter(p => !carried.includes(p));
    if (missing.length > 0) {
      const purposes = describeTcfPurposes(missing);
      problems.push({
        code: 'consent-purposes-not-carried',
        sourceRef: source.ref,
        missingPurposes: missing,
        message: requiredBy
          ? `${requiredBy} requires ${purposes}, which its source ${source.ref} does not carry`
          : `requires ${purposes} that its source ${source.ref} does not carry`,
      });
    }
  }
  return { covered: problems.length === 0, problems };
}
