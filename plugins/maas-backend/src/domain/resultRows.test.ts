import {
  resultRowProblems,
  resultsCurrency,
  totalsProblems,
} from './resultRows';

const campaign = (over: object = {}) => ({
  spec: {
    owner: 'group:default/crm',
    template: 'template:default/t',
    audience: 'audience:default/a',
    channels: ['martechtool:default/c'],
    start: '2026-11-01',
    experiment: { holdoutPct: 10, variants: ['A', 'B'] },
    budget: { amount: 1000, currency: 'EUR' },
    ...over,
  },
});
const row = (day: string, arm: string, users = 10, conversions = 1) => ({
  day,
  arm,
  users,
  conversions,
  revenue: 0,
  spend: 0,
  newCustomers: 0,
});

describe('results for a campaign', () => {
  it("takes the experiment's arms, from the start to tomorrow", () => {
    expect(
      resultRowProblems(
        campaign(),
        [
          row('2026-11-01', 'A'),
          row('2026-12-03', 'holdout'),
          row('2026-10-31', 'treatment'),
          row('2026-12-04', 'B'),
        ],
        ['rows.0.', 'rows.1.', 'rows.2.', 'rows.3.'],
        '2026-12-02',
      ),
    ).toEqual([
      'rows.2.arm: must be one of the campaign\'s arms (A, B, holdout), got "treatment"',
      "rows.2.day: must not be before the campaign's start (2026-11-01)",
      'rows.3.day: must not be after 2026-12-03: results are of days that have begun',
    ]);
  });

  it('refuses an arm converting more people than were assigned to it, over all its days', () => {
    expect(
      totalsProblems([
        row('2026-11-01', 'A', 10, 0),
        row('2026-11-02', 'A', 0, 8),
        row('2026-11-01', 'B', 5, 0),
        row('2026-11-02', 'B', 0, 6),
      ]),
    ).toEqual([
      'rows: arm "B" would total 6 conversions for 5 users; an arm cannot convert more people than were assigned to it',
    ]);
  });

  it("keeps the results in the budget's currency, else the first one posted", () => {
    expect(resultsCurrency(campaign(), undefined, undefined)).toEqual({
      currency: 'EUR',
    });
    expect(resultsCurrency(campaign(), 'GBP', undefined)).toEqual({
      problem:
        "currency: must be EUR, the currency of the campaign's budget, got GBP",
    });
    const unbudgeted = campaign({ budget: undefined });
    expect(resultsCurrency(unbudgeted, 'GBP', undefined)).toEqual({
      currency: 'GBP',
    });
    expect(resultsCurrency(unbudgeted, undefined, 'GBP')).toEqual({
      currency: 'GBP',
    });
    expect(resultsCurrency(unbudgeted, undefined, undefined)).toEqual({
      problem:
        "currency: is required: the campaign has no budget to take the results' currency from",
    });
  });
});
