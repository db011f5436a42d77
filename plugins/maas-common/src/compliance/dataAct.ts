import type { VendorContract, VendorEntity } from '../kinds/Vendor';
import { utcDay } from '../time/utcDay';

/** The EU Data Act (Regulation (EU) 2023/2854) applies from this date. @public */
export const DATA_ACT_APPLICABLE_FROM = '2025-09-12';

/** From this date providers may charge nothing for switching, egress included (art. 29). @public */
export const DATA_ACT_SWITCHING_CHARGES_ABOLISHED = '2027-01-12';

/** @public */
export type DataActStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable';

/** One period of a Data Act rule: what applies from a date on. @public */
export interface RulePhase {
  /** First day the phase applies (inclusive). */
  from: string;
  /** What the vendor's contract must say in this phase. */
  requirement: string;
  check(contract: VendorContract): {
    status: 'pass' | 'fail' | 'unknown';
    detail: string;
  };
}

/** One switching rule of the Data Act, with the phases in which its requirement changes. @public */
export interface DataActRule {
  id: string;
  title: string;
  /** Where the rule is in the regulation. */
  article: string;
  phases: readonly RulePhase[];
}

/** Two months, read as 60 days. */
const MAX_SWITCHING_NOTICE_DAYS = 60;
const MAX_TRANSITION_DAYS = 30;
const MIN_RETRIEVAL_DAYS = 30;

/**
 * The Data Act's switching rules (chapter VI) as dated checks on a vendor's declared contract.
 * A field the contract does not declare gives `unknown`, never a guess.
 *
 * @public
 */
export const dataActRules: readonly DataActRule[] = [
  {
    id: 'switching-notice',
    title: 'Notice to switch at most 2 months',
    article: 'art. 25(2)(d)',
    phases: [
      {
        from: DATA_ACT_APPLICABLE_FROM,
        requirement: `contract.noticeDays ≤ ${MAX_SWITCHING_NOTICE_DAYS}`,
        check: c =>
          c.noticeDays === undefined
            ? { status: 'unknown', detail: 'notice period not declared' }
            : {
                status:
                  c.noticeDays <= MAX_SWITCHING_NOTICE_DAYS ? 'pass' : 'fail',
                detail: `notice period ${c.noticeDays} days`,
              },
      },
    ],
  },
  {
    id: 'transition-period',
    title: 'Transition at most 30 days',
    article: 'art. 25(2)(a)',
    phases: [
      {
        from: DATA_ACT_APPLICABLE_FROM,
        requirement: `contract.switching.transitionDays ≤ ${MAX_TRANSITION_DAYS}`,
        check: c =>
          c.switching?.transitionDays === undefined
            ? { status: 'unknown', detail: 'transition period not declared' }
            : {
                status:
                  c.switching.transitionDays <= MAX_TRANSITION_DAYS
                    ? 'pass'
                    : 'fail',
                detail: `transition period ${c.switching.transitionDays} days`,
              },
      },
    ],
  },
  {
    id: 'data-retrieval-period',
    title: 'Data retrievable for at least 30 days',
    article: 'art. 25(2)(d)',
    phases: [
      {
        from: DATA_ACT_APPLICABLE_FROM,
        requirement: `contract.switching.retrievalDays ≥ ${MIN_RETRIEVAL_DAYS}`,
        check: c =>
          c.switching?.retrievalDays === undefined
            ? { status: 'unknown', detail: 'retrieval period not declared' }
            : {
                status:
                  c.switching.retrievalDays >= MIN_RETRIEVAL_DAYS
                    ? 'pass'
                    : 'fail',
                detail: `data retrievable for ${c.switching.retrievalDays} days`,
              },
      },
    ],
  },
  {
    id: 'exportable-metadata',
    title: 'Exportable data includes metadata',
    article: 'art. 25(2)(e)',
    phases: [
      {
        from: DATA_ACT_APPLICABLE_FROM,
        requirement: 'contract.switching.exportableData includes metadata',
        check: c =>
          c.switching?.exportableData === undefined
            ? { status: 'unknown', detail: 'exportable data not declared' }
            : {
                status: c.switching.exportableData.includes('metadata')
                  ? 'pass'
                  : 'fail',
                detail: `exportable: ${
                  c.switching.exportableData.join(', ') || 'nothing'
                }`,
              },
      },
    ],
  },
  {
    id: 'switching-charges',
    title: 'Switching charges, egress included: at cost, then none',
    article: 'art. 29',
    phases: [
      {
        from: DATA_ACT_APPLICABLE_FROM,
        requirement: 'contract.egressFees is none or capped (at cost)',
        check: c =>
          c.egressFees === undefined
            ? { status: 'unknown', detail: 'egress fees not declared' }
            : {
                status: c.egressFees === 'uncapped' ? 'fail' : 'pass',
                detail: `egress fees ${c.egressFees}`,
              },
      },
      {
        from: DATA_ACT_SWITCHING_CHARGES_ABOLISHED,
        requirement: 'contract.egressFees is none',
        check: c =>
          c.egressFees === undefined
            ? { status: 'unknown', detail: 'egress fees not declared' }
            : {
                status: c.egressFees === 'none' ? 'pass' : 'fail',
                detail: `egress fees ${c.egressFees}`,
              },
      },
    ],
  },
];

/** A rule's outcome on one date. @public */
export interface DataActCheck {
  ruleId: string;
  title: string;
  article: string;
  status: DataActStatus;
  requirement?: string;
  detail: string;
}

/** @public */
export interface DataActCheckWithOutlook extends DataActCheck {
  /** The first later phase in which the outcome becomes `fail`, if any. */
  failsOn?: { date: string; requirement: string; detail: string };
}

function phaseOn(rule: DataActRule, date: string): RulePhase | undefined {
  const day = utcDay(date);
  return [...rule.phases].reverse().find(p => utcDay(p.from) <= day);
}

/**
 * Each Data Act switching rule for a vendor on a date (ISO), and the date on which a rule that
 * passes (or is unknown) then will fail under a later phase: "compliant now, failing on
 * 2027-01-12 because of egress fees".
 *
 * @public
 */
export function checkDataAct(
  vendor: VendorEntity,
  date: string,
): DataActCheckWithOutlook[] {
  const contract: VendorContract = vendor.spec.contract ?? {};
  return dataActRules.map(rule => {
    const phase = phaseOn(rule, date);
    const base = { ruleId: rule.id, title: rule.title, article: rule.article };
    if (!phase) {
      return {
        ...base,
        status: 'not-applicable' as const,
        detail: `applies from ${rule.phases[0].from}`,
      };
    }
    const outcome = phase.check(contract);
    const check: DataActCheckWithOutlook = {
      ...base,
      ...outcome,
      requirement: phase.requirement,
    };
    if (outcome.status !== 'fail') {
      const later = rule.phases
        .filter(p => utcDay(p.from) > utcDay(date))
        .map(p => ({ phase: p, outcome: p.check(contract) }))
        .find(p => p.outcome.status === 'fail');
      if (later) {
        check.failsOn = {
          date: later.phase.from,
          requirement: later.phase.requirement,
          detail: later.outcome.detail,
        };
      }
    }
    return check;
  });
}
