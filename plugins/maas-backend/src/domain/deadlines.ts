import { DecisionDeadline } from '@maas/plugin-maas-common';
import { DateTime } from 'luxon';
import { VendorEntity } from '@maas/plugin-maas-common';

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
