import {
  MAX_RESULT_ROWS,
  parseResultsCsv,
  parseResultsJson,
} from './resultsInput';

const header = 'day,arm,users,conversions,revenue,spend,newCustomers';
const csv = (...lines: string[]) => [header, ...lines].join('\n');
const message = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('results CSV', () => {
  it('reads columns in any order, a BOM, CRLF line ends and blank lines', () => {
    const parsed = parseResultsCsv(
      '\ufeffarm,newCustomers,day,users,conversions,spend,revenue\r\nA,3,2026-11-01,100,5,10.5,300.12345\r\n\r\n',
      { currency: 'EUR' },
    );
    expect(parsed).toEqual({
      what: 'results CSV',
      currency: 'EUR',
      rows: [
        {
          day: '2026-11-01',
          arm: 'A',
          users: 100,
          conversions: 5,
          revenue: 300.1235,
          spend: 10.5,
          newCustomers: 3,
        },
      ],
      prefixes: ['line 2, '],
      problems: [],
    });
  });

  it('describes every bad row by its line and column, and keeps the good ones', () => {
    const parsed = parseResultsCsv(
      csv(
        '2026-11-01,A,100,5,300,10,3',
        '2026-11-31,A,100,5,300,10,3',
        '2026-11-02,A,1.5,,300,-1,3',
        '2026-11-01,A,100,5,300,10,3',
      ),
      {},
    );
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.problems).toEqual([
      'line 3, day: is not a calendar date',
      'line 4, users: must be a whole number',
      'line 4, conversions: must be a number, got ""',
      'line 4, spend: must be at least 0',
      'line 5, day: repeats arm "A" on 2026-11-01 (line 2)',
    ]);
  });

  it('refuses a file it cannot read as results, naming the line', () => {
    expect(message(() => parseResultsCsv('day,arm,clicks\n', {}))).toBe(
      'Invalid results CSV: line 1: unknown column "clicks"; missing users, conversions, revenue, spend, newCustomers (the columns are day, arm, users, conversions, revenue, spend, newCustomers)',
    );
    expect(message(() => parseResultsCsv(csv('"2026-11-01,A'), {}))).toMatch(
      /^Invalid results CSV: line 2: /,
    );
    expect(message(() => parseResultsCsv(header, {}))).toBe(
      'Invalid results CSV: (body): holds no row',
    );
    expect(message(() => parseResultsCsv(undefined, {}))).toBe(
      'Invalid results: (body): must be CSV text (Content-Type: text/csv) or JSON',
    );
    expect(message(() => parseResultsCsv(csv(), { currency: 'euro' }))).toBe(
      'Invalid query: currency: must be an ISO 4217 currency code such as EUR',
    );
    const many = csv(
      ...Array.from(
        { length: MAX_RESULT_ROWS + 1 },
        (_, i) => `2026-11-01,A${i},1,0,0,0,0`,
      ),
    );
    expect(message(() => parseResultsCsv(many, {}))).toBe(
      `Invalid results CSV: (body): must hold at most ${MAX_RESULT_ROWS} rows, holds ${
        MAX_RESULT_ROWS + 1
      }`,
    );
  });
});

describe('results JSON', () => {
  const row = {
    day: '2026-11-01',
    arm: 'A',
    users: 100,
    conversions: 5,
    revenue: 300,
    spend: 10,
    newCustomers: 3,
  };

  it('names each row by its index', () => {
    expect(parseResultsJson({ rows: [row] }).prefixes).toEqual(['rows.0.']);
    expect(
      message(() => parseResultsJson({ rows: [row, { ...row, extra: 1 }] })),
    ).toBe('Invalid results: rows.1: Unrecognized key: "extra"');
    expect(message(() => parseResultsJson({ rows: [row, row] }))).toBe(
      'Invalid results: rows.1.day: repeats arm "A" on 2026-11-01 (rows.0)',
    );
    expect(
      message(() =>
        parseResultsJson({ rows: [{ ...row, users: 2_147_483_648 }] }),
      ),
    ).toBe('Invalid results: rows.0.users: must be at most 2147483647');
  });
});
