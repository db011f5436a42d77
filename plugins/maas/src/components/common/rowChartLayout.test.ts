import { rowChartLayout, wrapLabel } from './rowChartLayout';

describe('wrapLabel', () => {
  it('breaks at spaces, keeping every line within the width', () => {
    const lines = wrapLabel('Preference and subscription management', 16);
    expect(lines).toEqual(['Preference and', 'subscription', 'management']);
    expect(lines.every(l => l.length <= 16)).toBe(true);
  });

  it('leaves a short label on one line', () => {
    expect(wrapLabel('Email sending', 30)).toEqual(['Email sending']);
  });

  it('cuts a word longer than a line into pieces instead of letting it run out', () => {
    expect(wrapLabel('Supercalifragilistic x', 8)).toEqual([
      'Supercal',
      'ifragili',
      'stic x',
    ]);
  });
});

describe('rowChartLayout', () => {
  it('gives every row the height of the most wrapped label', () => {
    const short = rowChartLayout(['A', 'B'], 200);
    const long = rowChartLayout(
      [
        'A',
        'Predictive scoring (churn, propensity, LTV) and much more besides',
      ],
      200,
    );
    expect(long.rowHeight).toBeGreaterThan(short.rowHeight);
    expect(long.height).toBeGreaterThanOrEqual(2 * long.rowHeight);
  });

  it('grows with the number of rows', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
    expect(rowChartLayout(labels(20), 200).height).toBeGreaterThan(
      rowChartLayout(labels(10), 200).height,
    );
  });
});
