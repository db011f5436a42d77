import { DateTime } from 'luxon';
import { VendorEntity } from '@maas/plugin-maas-common';

/** A contract's real deadline: its term end minus its notice period. */
export interface DecisionDeadline {
  termEnd: string;
  noticeDays: number;
  /** The last day to give notice (ISO date). */
  deadline: string;
  /** Days from `today` to the deadline; negative once it has passed. */
  daysLeft: number;
  renewal?: 'auto' | 'manual';
}

export function toDay(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('day');
}

/** The deadline, or undefined when the contract declares no term end. A missing notice is 0 days. */
export function decisionDeadline(
  vendor: VendorEntity,
  today: string,
): DecisionDeadline | undefined {
  const contract = vendor.spec.contract;
  if (!contract?.end) return undefined;
  const noticeDays = contract.noticeDays ?? 0;
  const termEnd = toDay(contract.end);
  const deadline = termEnd.minus({ days: noticeDays });
  return {
    termEnd: termEnd.toISODate()!,
    noticeDays,
    deadline: deadline.toISODate()!,
    daysLeft: Math.round(deadline.diff(toDay(today), 'days').days),
    ...(contract.renewal ? { renewal: contract.renewal } : {}),
  };
}
