import fc from 'fast-check';

// Values a careless or hostile client sends: each aimed at a limit of one of the two databases
// (varchar(255), int4, float4, NUL in text, dates PostgreSQL stores as BC) or of the parsers.

const lengths = [0, 1, 63, 64, 191, 192, 255, 256, 300, 4001, 5000];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...lengths).map(n => 'x'.repeat(n)),
  fc.constantFrom(...lengths).map(n => `martechtool:default/${'a'.repeat(n)}`),
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    "'; drop table maas_measurements; --",
    '../../etc/passwd',
    '%00',
    '%E0%A4%A',
    '\ud800',
    '😀'.repeat(70),
    'Group:Default/CRM',
    'vendor:braze',
    'group:',
    ':/',
    '0000-01-01',
    '9999-12-31',
    '2026-02-30',
    '2026-12-01',
    '1969-12-31',
    '2101-01-01',
    '0000-01-01T00:00:00Z',
    '2026-12-01T10:00:00Z',
    '2026-12-01T10:00:00',
    'W/"1"',
    '"1"',
    '*',
    'true',
    '-1',
    '1e39',
  ),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    1e39,
    -1e39,
    1e-50,
    -1e-50,
    3e38,
    1e308,
    3_000_000_000,
    2 ** 31,
    2 ** 31 - 1,
    2 ** 53 + 2,
    1e13,
    -1,
    -0,
    0,
    0.1,
    1.5,
    99.99999999,
    100,
    100.0001,
    366,
    367,
    90,
    91,
  ),
  fc.double({ noNaN: true }),
  fc.integer(),
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
);

/** Anything JSON can carry, nested a little: for a field whose shape is the test. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), scalar, {
      maxKeys: 4,
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(201, 5001, 20_000)
      .map(n => Array.from({ length: n }, () => ({ title: 'x' }))),
  },
);

/**
 * Mostly a plausible value, sometimes a hostile one, sometimes missing: deep enough into a route
 * to reach its service and its store, wild enough to try every check on the way.
 */
export function field<T>(plausible: fc.Arbitrary<T>) {
  return fc.option(
    fc.oneof(
      { weight: 5, arbitrary: plausible as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: hostileValue },
    ),
    { freq: 8, nil: undefined },
  );
}

/**
 * An object of these fields: now every field plausible (so a request gets through to the
 * store), now each one plausible, hostile or missing.
 */
export function shape(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const mixed = fc
    .record(
      Object.fromEntries(
        Object.entries(fields).map(([key, plausible]) => [
          key,
          field(plausible),
        ]),
      ),
      { requiredKeys: [] },
    )
    .map(value =>
      Object.fromEntries(
        Object.entries(value).filter(([, v]) => v !== undefined),
      ),
    );
  return fc.oneof(
    { weight: 1, arbitrary: fc.record(fields) },
    { weight: 1, arbitrary: mixed },
  );
}

/** A JSON body of these fields, with an unknown key now and then, or no object at all. */
export function body(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<unknown> {
  const object = fc
    .tuple(
      shape(fields),
      // One body in eight carries a key the route does not know.
      fc.oneof(
        { weight: 7, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.string({ maxLength: 10 }), hostileValue),
        },
      ),
    )
    .map(([value, extra]) =>
      extra ? { ...value, [extra[0]]: extra[1] } : value,
    );
  return fc.oneof(
    { weight: 12, arbitrary: object },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Percent-encodes; a lone surrogate (which no URL can carry) goes as U+FFFD. */
export function encode(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  );
}

/** A path segment: a plausible name, or anything, percent-encoded or (rarely) raw. */
export function segment(plausible: fc.Arbitrary<string>) {
  return fc.oneof(
    { weight: 6, arbitrary: plausible.map(encode) },
    { weight: 1, arbitrary: hostileString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%2F..%2F') },
  );
}

/** A query string of the given keys, each plausible, hostile, repeated or absent. */
export function query(
  keys: Record<string, fc.Arbitrary<string>>,
): fc.Arbitrary<string> {
  const entries = Object.entries(keys).map(([key, plausible]) =>
    fc
      .option(
        fc.oneof(
          { weight: 6, arbitrary: plausible.map(v => [v]) },
          { weight: 1, arbitrary: hostileString.map(v => [v]) },
          {
            weight: 1,
            arbitrary: fc.tuple(plausible, hostileString).map(v => [...v]),
          },
        ),
        { freq: 3, nil: undefined },
      )
      .map(values => (values ?? []).map(v => `${encode(key)}=${encode(v)}`)),
  );
  return fc
    .tuple(...entries)
    .map(parts => parts.flat())
    .map(parts => (parts.length ? `?${parts.join('&')}` : ''));
}
