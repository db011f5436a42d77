import { VendorView } from '@maas/plugin-maas-common';
import { vendor } from '../../__testUtils__/responses';
import { renewalCalendar } from './renewalCalendar';

const due = (
  name: string,
  deadline: string,
  extra: Partial<VendorView> = {},
): VendorView => ({
  ...vendor,
  ref: `vendor:default/${name}`,
  title: name,
  deadline: {
    termEnd: '2028-01-31',
    noticeDays: 30,
    deadline,
    daysLeft: 0,
    renewal: 'auto',
  },
  decidedForCurrentTerm: false,
  ...extra,
});

describe('renewalCalendar', () => {
  it('lays the next 12 months out from the month of today, deadlines by day', () => {
    const months = renewalCalendar(
      [
        due('late', '2027-01-20'),
        due('early', '2027-01-05', { decidedForCurrentTerm: true }),
        due('past', '2026-12-01'),
        due('last', '2027-12-14'),
        due('beyond', '2027-12-15'),
        { ...due('none', '2027-01-01'), deadline: null },
      ],
      '2026-12-15',
    );
    expect(months.map(m => m.month)).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
    ]);
    expect(months[1].label).toBe('January 2027');
    expect(months[1].entries.map(e => [e.title, e.decided])).toEqual([
      ['early', true],
      ['late', false],
    ]);
    // Passed deadlines and those a year or more away are not in it.
    expect(months.flatMap(m => m.entries.map(e => e.title)).sort()).toEqual([
      'early',
      'late',
    ]);
  });
});
