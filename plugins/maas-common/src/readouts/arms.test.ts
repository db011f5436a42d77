import { campaignArms } from './arms';

describe('campaignArms', () => {
  it('splits what the holdout leaves equally among the variants', () => {
    expect(campaignArms({ holdoutPct: 20, variants: ['A', 'B'] })).toEqual({
      arms: ['A', 'B', 'holdout'],
      control: 'holdout',
      expectedShares: { A: 0.4, B: 0.4, holdout: 0.2 },
    });
  });

  it('gives a campaign without variants one treatment arm', () => {
    expect(campaignArms({ holdoutPct: 10 })).toEqual({
      arms: ['treatment', 'holdout'],
      control: 'holdout',
      expectedShares: { treatment: 0.9, holdout: 0.1 },
    });
  });

  it('compares with the first variant when nobody is held out', () => {
    expect(campaignArms({ variants: ['A', 'B'] })).toMatchObject({
      arms: ['A', 'B'],
      control: 'A',
    });
  });

  it('keeps one holdout arm when a variant is also called holdout', () => {
    expect(
      campaignArms({ holdoutPct: 10, variants: ['holdout', 'B'] }).arms,
    ).toEqual(['B', 'holdout']);
  });
});
