import {
  criterionTitle,
  entityPath,
  formatDaysLeft,
  formatAmount,
  formatLift,
  formatMoney,
  formatRate,
  formatValue,
  shortRef,
} from './format';

describe('format', () => {
  it('formats money per currency', () => {
    expect(formatMoney([{ amount: 432000, currency: 'EUR' }])).toBe('€432,000');
    expect(formatMoney([])).toBe('—');
  });

  it('formats KPI values with their unit, and says when there is none', () => {
    expect(formatValue(92.84, '%')).toBe('92.8 %');
    expect(formatValue(18.5, 'days')).toBe('18.5 days');
    expect(formatValue(null, '%')).toBe('No data');
  });

  it('links entity refs to their catalogue page', () => {
    expect(entityPath('martechtool:default/braze-engagement')).toBe(
      '/catalog/default/martechtool/braze-engagement',
    );
    expect(shortRef('vendor:default/braze')).toBe('braze');
  });

  it('says an overdue deadline is overdue rather than showing negative days', () => {
    expect(formatDaysLeft(-52)).toBe('overdue by 52 days');
    expect(formatDaysLeft(-1)).toBe('overdue by 1 day');
    expect(formatDaysLeft(0)).toBe('due today');
    expect(formatDaysLeft(98)).toBe('98 days left');
  });

  it('names reversibility criteria for people, and keeps unknown ones as they are', () => {
    expect(criterionTitle('exportApi')).toBe('Export API');
    expect(criterionTitle('somethingNew')).toBe('somethingNew');
  });
});

describe('readout figures', () => {
  it('signs lifts, whole above 10 % and to a decimal below', () => {
    expect(formatLift(0.3636)).toBe('+36 %');
    expect(formatLift(-0.0744)).toBe('-7.4 %');
    expect(formatLift(0.0001)).toBe('0 %');
    expect(formatLift(null)).toBe('—');
  });

  it('shows rates to two decimals and amounts in their currency', () => {
    expect(formatRate(0.0275)).toBe('2.75 %');
    expect(formatAmount(43200, 'EUR')).toBe('€43,200');
    expect(formatAmount(13.636, 'EUR')).toBe('€13.64');
    expect(formatAmount(12.5, null)).toBe('12.5');
  });
});
