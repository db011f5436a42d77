import {
  Money,
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
