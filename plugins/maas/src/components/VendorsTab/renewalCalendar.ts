import { Money, VendorView } from '@maas/plugin-maas-common';

/** A vendor's decision deadline as the calendar shows it. */
export interface RenewalEntry {
  ref: string;
  title: string;
  /** The last day to give notice. */
  deadline: string;
  termEnd: string;
  daysLeft: number;
  renewal?: 'auto' | 'manual';
  /** A decision is recorded for this term. */
  decided: boolean;
  annualValue?: Money;
}

export interface RenewalMonth {
  /** `2027-01` */
  month: string;
  /** `January 2027` */
  label: string;
  /** By deadline, then title. */
  entries: RenewalEntry[];
}

/**
 * The next 12 months' decision deadlines by month: this month and the 11 after it, from `today`
 * on (a deadline already passed is the audit's, not the calendar's). maas-backend computes each
 * deadline; this only lays them out.
 */
export function renewalCalendar(
  vendors: readonly VendorView[],
  today: string,
): RenewalMonth[] {
  const [year, monthOfYear] = today.split('-').map(Number);
  // ISO dates compare as strings: from today to the end of the twelfth month shown.
  const end = new Date(Date.UTC(year, monthOfYear - 1 + 12, 1))
    .toISOString()
    .slice(0, 10);
  const label = new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months: RenewalMonth[] = Array.from({ length: 12 }, (_, i) => {
    const first = new Date(Date.UTC(year, monthOfYear - 1 + i, 1));
    return {
      month: first.toISOString().slice(0, 7),
      label: label.format(first),
      entries: [],
    };
  });
  for (const vendor of vendors) {
    const deadline = vendor.deadline;
    if (!deadline) continue;
    if (deadline.deadline < today || deadline.deadline >= end) continue;
    const found = months.find(m => m.month === deadline.deadline.slice(0, 7));
    found?.entries.push({
      ref: vendor.ref,
      title: vendor.title,
      deadline: deadline.deadline,
      termEnd: deadline.termEnd,
      daysLeft: deadline.daysLeft,
      ...(deadline.renewal ? { renewal: deadline.renewal } : {}),
      decided: vendor.decidedForCurrentTerm,
      ...(vendor.contract?.annualValue
        ? { annualValue: vendor.contract.annualValue }
        : {}),
    });
  }
  for (const month of months) {
    month.entries.sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title),
    );
  }
  return months;
}
