/** What the CMO–CIO pair can decide about a vendor. @public */
export const vendorDecisions = ['renew', 'renegotiate', 'exit'] as const;

/** @public */
export type VendorDecisionKind = (typeof vendorDecisions)[number];

/** A recorded vendor decision. @public */
export interface VendorDecision {
  id: number;
  vendorRef: string;
  decision: VendorDecisionKind;
  note?: string;
  decidedBy: string;
  /** ISO timestamp. */
  decidedAt: string;
  /** The contract's term end the decision was made for (ISO date). */
  termEnd?: string;
}
