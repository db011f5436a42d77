import { describeTcfPurposes } from './tcf';

describe('describeTcfPurposes', () => {
  it('names each purpose, in the order given', () => {
    expect(describeTcfPurposes([5, 6])).toBe(
      'TCF purposes 5 (Create profiles to personalise content), 6 (Use profiles to select personalised content)',
    );
  });

  it('says purpose for one, and marks an id the framework does not have', () => {
    expect(describeTcfPurposes([1])).toBe(
      'TCF purpose 1 (Store and/or access information on a device)',
    );
    expect(describeTcfPurposes([12])).toBe('TCF purpose 12 (unknown purpose)');
  });
});
