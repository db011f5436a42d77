import { Money } from '@maas/plugin-maas-common';

/** Adds amounts per currency; the result is sorted by currency, empty for no costs. */
export function sumMoney(amounts: Array<Money | undefined>): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) {
    if (m) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.amount);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ amount, currency }));
}
