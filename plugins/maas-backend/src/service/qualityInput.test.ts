import { parseInput } from './parseInput';
import { historyQuery, measurementBatch } from './qualityInput';

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3_600_000).toISOString();

const batch = measurementBatch({ maxAgeDays: 400, maxAheadMinutes: 60 });

const row = {
  timestamp: hoursAgo(1),
  freshnessHours: 1,
  completenessPct: 99,
  events: 10,
  incidents: 0,
};

describe('measurement batches', () => {
  it.each([
    ['freshnessHours', 1e39, 'must be at most 87600 hours'],
    ['freshnessHours', -1, 'must be at least 0 hours'],
    ['completenessPct', 100.5, 'must be at most 100 %'],
    ['incidents', 3_000_000_000, 'must be at most 2147483647'],
    ['events', 1e13, 'must be at most 1000000000000'],
    ['events', -3, 'must be at least 0'],
    ['events', 1.5, 'must be a whole number'],
    ['timestamp', '0000-01-01T00:00:00Z', 'must not be more than 400 days old'],
    [
      'timestamp',
      '2026-02-30T00:00:00Z',
      'must be an ISO 8601 date-time with a zone',
    ],
    ['timestamp', hoursAgo(401 * 24), 'must not be more than 400 days old'],
    [
      'timestamp',
      hoursAgo(-2),
      'must not be more than 60 minutes in the future',
    ],
  ])('refuses %s %p, naming it', (field, value, message) => {
    expect(() =>
      parseInput(
        batch,
        { measurements: [{ ...row, [field]: value }] },
        'measurements',
      ),
    ).toThrow(`Invalid measurements: measurements.0.${field}: ${message}`);
  });

  it('keeps numbers to a millionth, so that 1e-50 is stored as 0 in a float4 column', () => {
    const parsed = parseInput(
      batch,
      {
        measurements: [
          { ...row, freshnessHours: 1e-50, completenessPct: 98.76543219 },
        ],
      },
      'measurements',
    );
    expect(parsed.measurements[0]).toMatchObject({
      freshnessHours: 0,
      completenessPct: 98.765432,
    });
  });

  it('takes at most 5,000 rows', () => {
    expect(() =>
      parseInput(
        batch,
        { measurements: Array.from({ length: 5001 }, () => row) },
        'measurements',
      ),
    ).toThrow('measurements: must hold at most 5000 measurements');
  });
});

describe('history ranges', () => {
  it('refuses a range backwards or longer than three years', () => {
    expect(() =>
      parseInput(historyQuery, { from: '2020-01-01', to: '2026-01-01' }, 'q'),
    ).toThrow('Invalid q: from: must be at most 1096 days before to');
    expect(() =>
      parseInput(historyQuery, { from: '0000-01-01', to: '2026-01-01' }, 'q'),
    ).toThrow('from: must be between 1970-01-01 and 2100-12-31');
  });
});
