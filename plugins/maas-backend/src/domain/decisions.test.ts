import { VendorDecision } from '@maas/plugin-maas-common';
import { decidedTerms, decisionsByVendor, exitingVendors } from './decisions';

let id = 0;
const decision = (
  vendorRef: string,
  kind: VendorDecision['decision'],
  termEnd?: string,
): VendorDecision => ({
  id: ++id,
  vendorRef,
  decision: kind,
  decidedBy: 'user:default/a',
  decidedAt: `2026-11-${String(10 + id).padStart(2, '0')}T09:00:00.000Z`,
  ...(termEnd ? { termEnd } : {}),
});

const history = [
  decision('vendor:default/braze', 'exit', '2027-06-30'),
  decision('vendor:default/tealium', 'exit'),
  decision('vendor:default/braze', 'renew', '2027-06-30'),
  decision('vendor:default/braze', 'renegotiate', '2028-06-30'),
];

describe('vendor decisions', () => {
  it('groups them by vendor, keeping their order', () => {
    const byVendor = decisionsByVendor(history);
    expect(byVendor.get('vendor:default/braze')!.map(d => d.decision)).toEqual([
      'exit',
      'renew',
      'renegotiate',
    ]);
    expect(byVendor.get('vendor:default/tealium')).toHaveLength(1);
  });

  it('lists the terms decided for, leaving out decisions without a term', () => {
    const terms = decidedTerms(history);
    expect([...terms.get('vendor:default/braze')!]).toEqual([
      '2027-06-30',
      '2028-06-30',
    ]);
    expect(terms.has('vendor:default/tealium')).toBe(false);
  });

  it('counts a vendor as exiting only when its latest decision is exit', () => {
    expect([...exitingVendors(history)]).toEqual(['vendor:default/tealium']);
  });
});
