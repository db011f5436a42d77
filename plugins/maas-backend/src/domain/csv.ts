import { stringify } from 'csv-stringify/sync';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
 * Such text cells get a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: unknown): string | number | boolean {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV (CRLF line ends, quotes doubled) with a header row and formula-neutralised cells. */
export function toCsv<T>(
  rows: T[],
  columns: Array<{ header: string; value(row: T): unknown }>,
): string {
  return stringify(
    rows.map(row => columns.map(c => neutraliseCell(c.value(row)))),
    {
      header: true,
      columns: columns.map(c => c.header),
      record_delimiter: 'windows',
      quoted_match: /[",\r\n]/,
    },
  );
}
