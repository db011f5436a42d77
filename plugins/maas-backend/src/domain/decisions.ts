import { VendorDecision } from '@maas/plugin-maas-common';

/** Each vendor's decisions, in the order given (the store gives them oldest first). */
export function decisionsByVendor(
  decisions: VendorDecision[],
): Map<string, VendorDecision[]> {
  const byVendor = new Map<string, VendorDecision[]>();
  for (const d of decisions) {
    byVendor.set(d.vendorRef, [...(byVendor.get(d.vendorRef) ?? []), d]);
  }
  return byVendor;
}

/** The contract terms (term ends) each vendor has a decision recorded for. */
export function decidedTerms(
  decisions: VendorDecision[],
): Map<string, Set<string>> {
  const terms = new Map<string, Set<string>>();
  for (const d of decisions) {
    if (!d.termEnd) continue;
    if (!terms.has(d.vendorRef)) terms.set(d.vendorRef, new Set());
    terms.get(d.vendorRef)!.add(d.termEnd);
  }
  return terms;
}

/** The vendors whose latest decision (of decisions oldest first) is to exit. */
export function exitingVendors(decisions: VendorDecision[]): Set<string> {
  return new Set(
    [...decisionsByVendor(decisions).entries()]
      .filter(([, list]) => list[list.length - 1]?.decision === 'exit')
      .map(([ref]) => ref),
  );
}
