import { makeValidator, parseEntityRef } from '@backstage/catalog-model';
import { Taxonomy, toTaxonomyId } from '@maas/plugin-maas-common';
import { FieldType } from './fieldTypes';
import { CellValue } from './readSpreadsheet';

const validator = makeValidator();

/** A cell as text, trimmed; a date as its ISO day. */
export function cellText(value: CellValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text =
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A stable entity name for what a cell names: lower-cased when it is one already, hyphenated
 * otherwise (`Sprout Social` → `sprout-social`).
 */
export function toEntityName(text: string): string {
  const lower = text.toLocaleLowerCase('en-US');
  if (validator.isValidEntityName(lower)) return lower;
  return toTaxonomyId(text).slice(0, 63).replace(/-+$/, '');
}

/**
 * `1,200`, `1 200`, `12.500,50`, `99.5 %`, `12,5` as a number; undefined when it is not one. A
 * lone separator is a decimal one (`1.200` is 1.2): write thousands with two separators or none.
 */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  let normal: string | undefined;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) {
    normal = compact.replace(/,/g, '');
  } else if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(compact)) {
    normal = compact.replace(/\./g, '').replace(',', '.');
  } else if (/^[-+]?\d+([.,]\d+)?$/.test(compact)) {
    normal = compact.replace(',', '.');
  }
  if (normal === undefined) return undefined;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

const BOOLEANS: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  x: true,
  '✓': true,
  '✔': true,
  no: false,
  n: false,
  false: false,
  '0': false,
  '-': false,
};

const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
};

/** `EUR 180,000`, `180000 EUR`, `€180,000` or a number (in the default currency). */
function parseMoney(
  value: CellValue,
  defaultCurrency: string | undefined,
): Record<string, unknown> {
  const withDefault = (amount: unknown, currency?: string) => ({
    amount,
    ...(currency ?? defaultCurrency
      ? { currency: currency ?? defaultCurrency }
      : {}),
  });
  if (typeof value === 'number') return withDefault(value);
  const text = cellText(value) ?? '';
  const match =
    /^([A-Za-z]{3}|[€$£])?\s*([-+]?[\d\s.,\u00a0]+?)\s*([A-Za-z]{3}|[€$£])?$/.exec(
      text,
    );
  const amount = match ? parseNumber(match[2]) : undefined;
  if (!match || amount === undefined || (match[1] && match[3])) {
    // Left as written: the schema says what an amount must be.
    return withDefault(text);
  }
  const code = match[1] ?? match[3];
  return withDefault(
    amount,
    code ? CURRENCY_SYMBOLS[code] ?? code.toUpperCase() : undefined,
  );
}

/**
 * A reference as written when it names a kind (`group:crm`), else a name given the field's default
 * kind (`Marketing Ops` → `group:marketing-ops`): spelt out, as the frontend's cards expect.
 */
function toReference(text: string, defaultKind: string): string {
  if (text.includes(':')) {
    try {
      parseEntityRef(text);
      return text;
    } catch {
      // Not a reference after all: a name with a colon in it.
    }
  }
  return `${defaultKind.toLocaleLowerCase('en-US')}:${toEntityName(text)}`;
}

function listItems(value: CellValue): string[] {
  const text = cellText(value) ?? '';
  return [
    ...new Set(
      text
        .split(/[;,\n|]/)
        .map(s => s.trim())
        .filter(Boolean),
    ),
  ];
}

function enumValue(text: string, values: readonly string[]): string {
  const lower = text.toLocaleLowerCase('en-US');
  return (
    values.find(v => v === text) ??
    values.find(v => v.toLocaleLowerCase('en-US') === lower) ??
    values.find(v => v === toTaxonomyId(text)) ??
    text
  );
}

export interface CellContext {
  field: string;
  type: FieldType;
  /** Cell text (lower case) → value, from the mapping's `values`. */
  values?: Record<string, string>;
  taxonomy: Taxonomy;
  defaultCurrency?: string;
}

/**
 * What a cell becomes in the entity, by the field's type. A cell that is not what the field
 * takes is passed on as written, so the kind's schema reports it with the same message a YAML
 * file would get: one rule, one place.
 */
export function convertCell(value: CellValue, context: CellContext): unknown {
  const { field, type, values, taxonomy } = context;
  const translate = (text: string) =>
    values?.[text.toLocaleLowerCase('en-US')] ?? text;
  const text = translate(cellText(value) ?? '');

  if (field === 'category') {
    return taxonomy.findCategory(text)?.id ?? text;
  }
  if (field === 'capabilities') {
    return listItems(value)
      .map(translate)
      .map(item => taxonomy.findCapability(item)?.id ?? item);
  }
  if (field === 'tags') {
    return listItems(value).map(item => toTaxonomyId(translate(item)));
  }
  switch (type.type) {
    case 'string':
      return text;
    case 'enum':
      return enumValue(text, type.values);
    case 'number':
    case 'integer':
      if (typeof value === 'number' && text === cellText(value)) return value;
      return parseNumber(text) ?? text;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return BOOLEANS[text.toLocaleLowerCase('en-US')] ?? text;
    case 'list':
      return listItems(value).map(translate);
    case 'money':
      return parseMoney(
        text === cellText(value) ? value : text,
        context.defaultCurrency,
      );
    case 'ref':
      return toReference(text, type.defaultKind);
    case 'refList':
      return listItems(value)
        .map(translate)
        .map(item => toReference(item, type.defaultKind));
    default:
      return text;
  }
}
