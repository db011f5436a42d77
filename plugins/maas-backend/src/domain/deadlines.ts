import {
  DecisionDeadline,
  utcDay,
  VendorEntity,
} from '@maas/plugin-maas-common';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The deadline, or undefined when the contract declares no term end (or one that is no date). A
 * missing notice is 0 days. Whole UTC days as milliseconds: luxon's date arithmetic was most of
 * the vendors view's time at 10k vendors, and UTC days have no daylight-saving gaps.
 */
export function decisionDeadline(
  vendor: VendorEntity,
  today: string,
): DecisionDeadline | undefined {
  const contract = vendor.spec.contract;
  if (!contract?.end) return undefined;
  const termEnd = utcDay(contract.end);
  if (!termEnd.isValid) return undefined;
  const noticeDays = contract.noticeDays ?? 0;
  const deadline = termEnd.toMillis() - noticeDays * DAY_MS;
  return {
    termEnd: isoDay(termEnd.toMillis()),
    noticeDays,
    deadline: isoDay(deadline),
    daysLeft: Math.round((deadline - utcDay(today).toMillis()) / DAY_MS),
    ...(contract.renewal ? { renewal: contract.renewal } : {}),
  };
}
