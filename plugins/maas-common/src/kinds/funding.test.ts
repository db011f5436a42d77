import { isCoFunded, splitFunding } from './funding';

describe('splitFunding', () => {
  const cost = { amount: 180000, currency: 'EUR' };

  it("splits a tool's cost by its shares", () => {
    expect(splitFunding(cost, { marketingPct: 75, itPct: 25 })).toEqual({
      marketing: 135000,
      it: 45000,
      undeclared: 0,
    });
  });

  it('leaves all of it undeclared when the tool names no funding', () => {
    expect(splitFunding(cost, undefined)).toEqual({
      marketing: 0,
      it: 0,
      undeclared: 180000,
    });
  });

  it('calls a tool co-funded when both budgets pay a share', () => {
    expect(isCoFunded({ marketingPct: 50, itPct: 50 })).toBe(true);
    expect(isCoFunded({ marketingPct: 100, itPct: 0 })).toBe(false);
    expect(isCoFunded(undefined)).toBe(false);
  });
});
