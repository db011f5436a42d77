import { utcDay } from './utcDay';

describe('utcDay', () => {
  it('is the start of the UTC day a date or date-time falls on', () => {
    expect(utcDay('2026-03-29').toISO()).toBe('2026-03-29T00:00:00.000Z');
    expect(utcDay('2026-03-29T23:30:00-02:00').toISODate()).toBe('2026-03-30');
  });

  it('is invalid for text that is no date', () => {
    expect(utcDay('2026-02-30').isValid).toBe(false);
    expect(utcDay('soon').isValid).toBe(false);
  });

  it('answers the same for the same text, however often asked', () => {
    const first = utcDay('2027-01-12');
    for (let i = 0; i < 5000; i++) utcDay(`2020-01-01T00:00:${i % 60}Z#${i}`);
    expect(utcDay('2027-01-12').equals(first)).toBe(true);
  });
});
