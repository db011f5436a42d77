import {
  Money,
  ReadoutVerdict,
  ReversibilityCriterion,
  reversibilityCriterionTitles,
} from '@maas/plugin-maas-common';

export function formatMoney(amounts: Money[] | Money | undefined): string {
  let list: Money[] = [];
  if (Array.isArray(amounts)) list = amounts;
  else if (amounts) list = [amounts];
  if (list.length === 0) return '—';
  return list
    .map(m =>
      new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency: m.currency,
        maximumFractionDigits: 0,
      }).format(m.amount),
    )
    .join(' + ');
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'No data';
  const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(
    value,
  );
  return unit === '%' ? `${n} %` : `${n} ${unit}`;
}

/** `martechtool:default/braze-engagement` → `braze-engagement`. */
export function shortRef(ref: string): string {
  return ref.replace(/^[^:]+:(default\/)?/, '');
}

/** The catalogue page of an entity ref. */
export function entityPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.includes('/')
    ? rest.split('/')
    : ['default', rest];
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}

/** Days left before a deadline, in words: an overdue one reads as such rather than as a negative count. */
export function formatDaysLeft(daysLeft: number): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (daysLeft < 0) return `overdue by ${days(-daysLeft)}`;
  if (daysLeft === 0) return 'due today';
  return `${days(daysLeft)} left`;
}

/** A reversibility criterion as a person reads it; an unknown one as it came. */
export function criterionTitle(criterion: string): string {
  return (
    reversibilityCriterionTitles[criterion as ReversibilityCriterion] ??
    criterion
  );
}

/** A relative change as a signed percentage, whole above 10 %: "+36 %", "-7.4 %". */
export function formatLift(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined) return '—';
  const value = fraction * 100;
  const rounded =
    Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  if (rounded === 0) return '0 %';
  return `${rounded > 0 ? '+' : ''}${rounded} %`;
}

/** A fraction as an unsigned percentage, whole above 10 %: "15 %", "4.2 %". */
export function formatShare(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined) return '—';
  const value = fraction * 100;
  return `${
    Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10
  } %`;
}

/** A rate (0 to 1) as a percentage with two decimals: "2.75 %". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(rate * 100).toFixed(2)} %`;
}

/** An amount in a currency, or a plain figure when the currency is not known. */
export function formatAmount(
  amount: number | null | undefined,
  currency: string | null,
): string {
  if (amount === null || amount === undefined) return '—';
  if (!currency) {
    return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(
      amount,
    );
  }
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    maximumFractionDigits: Math.abs(amount) < 100 ? 2 : 0,
  }).format(amount);
}

/** How each verdict reads. */
export const verdictTitles: Record<ReadoutVerdict, string> = {
  invalid: 'Invalid split',
  'insufficient-data': 'Insufficient data',
  positive: 'Positive',
  negative: 'Negative',
  inconclusive: 'Inconclusive',
};
