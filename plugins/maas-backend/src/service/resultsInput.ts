import { InputError } from '@backstage/errors';
import { CampaignResultRow, isCurrencyCode } from '@maas/plugin-maas-common';
import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isoDate, parseInput, quoted, text } from './parseInput';
import { INT4_MAX } from './qualityInput';

/** Rows in one post or file: 5,000 fit the router's 2 MB body limit. */
export const MAX_RESULT_ROWS = 5000;

/** The largest amount a row may carry: within a double's exact cents. */
const MAX_AMOUNT = 1e12;

/** The columns of a results CSV file, in the order they are written. */
export const resultColumns = [
  'day',
  'arm',
  'users',
  'conversions',
  'revenue',
  'spend',
  'newCustomers',
] as const;

const count = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be at least 0')
  .max(INT4_MAX, `must be at most ${INT4_MAX}`);

/** An amount in the campaign's currency, kept to a ten-thousandth (every currency's minor unit). */
const amount = z
  .number()
  .min(0, 'must be at least 0')
  .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
  .transform(v => Math.round(v * 1e4) / 1e4);

export const currencyCode = z
  .string()
  .refine(isCurrencyCode, 'must be an ISO 4217 currency code such as EUR');

const resultRow = z
  .object({
    day: isoDate,
    arm: text(63).min(1, 'must not be empty'),
    users: count,
    conversions: count,
    revenue: amount,
    spend: amount,
    newCustomers: count,
  })
  .strict();

/**
 * Rows as posted, and how each is named in an error: `rows.3.` in JSON, `line 5, ` in CSV. A
 * CSV file's bad rows are left out of `rows` and described in `problems`, so that what the
 * campaign refuses of the others is reported with them in one answer.
 */
export interface ParsedResults {
  /** `results` or `results CSV`: what a 400 says was invalid. */
  what: string;
  currency?: string;
  rows: CampaignResultRow[];
  prefixes: string[];
  problems: string[];
}

/** A repeated (arm, day) in one post: which one, or none. */
function repeated(rows: CampaignResultRow[], prefixes: string[]) {
  const first = new Map<string, number>();
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const key = `${r.arm}\u0000${r.day}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else {
      problems.push(
        `${prefixes[i]}day: repeats arm ${quoted(r.arm)} on ${
          r.day
        } (${prefixes[earlier].replace(/[., ]+$/, '')})`,
      );
    }
  });
  return problems;
}

/** Several problems in one 400, the first 20 of them. */
export function resultsError(what: string, problems: string[]): InputError {
  const shown = problems.slice(0, 20);
  const more =
    problems.length > shown.length
      ? `; and ${problems.length - shown.length} more`
      : '';
  return new InputError(`Invalid ${what}: ${shown.join('; ')}${more}`);
}

const resultsBody = z
  .object({
    currency: currencyCode.optional(),
    rows: z
      .array(resultRow)
      .min(1, 'must hold at least one row')
      .max(MAX_RESULT_ROWS, `must hold at most ${MAX_RESULT_ROWS} rows`),
  })
  .strict();

/** The JSON body of a results post; a 400 naming each bad field (`rows.3.users: …`). */
export function parseResultsJson(body: unknown): ParsedResults {
  const parsed = parseInput(resultsBody, body, 'results');
  const prefixes = parsed.rows.map((_, i) => `rows.${i}.`);
  const problems = repeated(parsed.rows, prefixes);
  if (problems.length) throw resultsError('results', problems);
  return { ...parsed, what: 'results', prefixes, problems: [] };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A results CSV file: a header row naming {@link resultColumns} (in any order), then a row per
 * arm and day. A file that cannot be read as such is a 400 at once; a bad row is described by
 * its line and column in `problems` (the file is then applied whole or not at all).
 */
export function parseResultsCsv(
  body: unknown,
  query: { currency?: unknown },
): ParsedResults {
  if (typeof body !== 'string') {
    throw new InputError(
      'Invalid results: (body): must be CSV text (Content-Type: text/csv) or JSON',
    );
  }
  const currency =
    query.currency === undefined
      ? undefined
      : parseInput(
          z.object({ currency: currencyCode }),
          { currency: query.currency },
          'query',
        ).currency;
  let records: Array<{
    record: Record<string, string>;
    info: { lines: number };
  }>;
  try {
    records = parse(body, {
      bom: true,
      columns: header => {
        const names = (header as string[]).map(h => h.trim());
        const unknown = names.filter(
          h => !(resultColumns as readonly string[]).includes(h),
        );
        const missing = resultColumns.filter(c => !names.includes(c));
        if (unknown.length || missing.length) {
          throw new InputError(
            `Invalid results CSV: line 1: ${[
              ...unknown.map(u => `unknown column ${quoted(u)}`),
              ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
            ].join('; ')} (the columns are ${resultColumns.join(', ')})`,
          );
        }
        return names;
      },
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new InputError(
        `Invalid results CSV: ${line ? `line ${line}: ` : ''}${error.message}`,
      );
    }
    throw error;
  }
  if (records.length === 0) {
    throw new InputError('Invalid results CSV: (body): holds no row');
  }
  if (records.length > MAX_RESULT_ROWS) {
    throw new InputError(
      `Invalid results CSV: (body): must hold at most ${MAX_RESULT_ROWS} rows, holds ${records.length}`,
    );
  }
  const rows: CampaignResultRow[] = [];
  const prefixes: string[] = [];
  const problems: string[] = [];
  for (const { record, info } of records) {
    const prefix = `line ${info.lines}, `;
    const cells: Record<string, unknown> = {};
    for (const column of resultColumns) {
      const cell = record[column];
      cells[column] =
        column === 'day' || column === 'arm' || !NUMBER.test(cell)
          ? cell
          : Number(cell);
    }
    const result = resultRow.safeParse(cells);
    if (result.success) {
      rows.push(result.data);
      prefixes.push(prefix);
    } else {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        const got =
          typeof cells[field] === 'string' && issue.code === 'invalid_type'
            ? `must be a number, got ${quoted(String(cells[field]))}`
            : issue.message;
        problems.push(`${prefix}${field}: ${got}`);
      }
    }
  }
  problems.push(...repeated(rows, prefixes));
  return {
    what: 'results CSV',
    ...(currency ? { currency } : {}),
    rows,
    prefixes,
    problems,
  };
}

/** The body of `POST /audiences/:namespace/:name/value`. */
export const audienceValueBody = z
  .object({
    asOf: isoDate,
    ltv: z
      .object({
        amount,
        currency: currencyCode,
      })
      .strict(),
    method: text(500).trim().min(1, 'must say how the value was computed'),
  })
  .strict();
