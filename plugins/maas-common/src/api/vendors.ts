import { DataActCheckWithOutlook } from '../compliance/dataAct';
import { VendorContract } from '../kinds/Vendor';
import { ReversibilityScore } from '../scores/reversibilityScore';
import { VendorDecision } from './decisions';

/** A tool's reversibility score. @public */
export interface ToolReversibility extends ReversibilityScore {
  ref: string;
  title: string;
  lifecycle: string;
  vendorRef?: string;
  /** Entities that depend on the tool. */
  dependents: string[];
}

/** A vendor's reversibility score, from its weakest tool and what depends on them. @public */
export interface VendorReversibility extends ReversibilityScore {
  ref: string;
  title: string;
  /** Entities outside the vendor's own tools that depend on one of them. */
  dependents: string[];
  tools: ToolReversibility[];
}

/** When notice must be given for a vendor's contract. @public */
export interface DecisionDeadline {
  termEnd: string;
  noticeDays: number;
  /** The last day to give notice (ISO date). */
  deadline: string;
  /** Days from `today` to the deadline; negative once it has passed. */
  daysLeft: number;
  renewal?: 'auto' | 'manual';
}

/** The Data Act checks of one date. @public */
export interface DataActOutcome {
  date: string;
  checks: DataActCheckWithOutlook[];
}

/**
 * A vendor as `GET /api/maas/vendors` answers it; `GET /api/maas/vendors/:namespace/:name`
 * adds its decision history.
 * @public
 */
export interface VendorView extends VendorReversibility {
  contract: VendorContract | null;
  /** On the `asOf` date, and on the `on` date when one was asked for. */
  dataAct: { asOf: DataActOutcome; on?: DataActOutcome };
  deadline: DecisionDeadline | null;
  latestDecision: VendorDecision | null;
  /** A decision was recorded for the contract's current term. */
  decidedForCurrentTerm: boolean;
  decisions?: VendorDecision[];
}
