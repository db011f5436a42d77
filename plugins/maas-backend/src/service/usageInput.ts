import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDate, text } from './parseInput';

/** The largest integer a PostgreSQL `integer` (int4) column holds. */
const INT4_MAX = 2_147_483_647;

const seats = z
  .number()
  .int('must be a whole number of seats')
  .min(0, 'must be at least 0')
  .max(INT4_MAX, `must be at most ${INT4_MAX}`);

/**
 * One day of a tool's licence usage. Its day may be at most one day after the server's (a system
 * east of UTC is already tomorrow), never further: usage is counted, not forecast.
 */
export function usageBody(today: () => string) {
  return z
    .object({
      asOf: isoDate.superRefine((value, ctx) => {
        const latest = DateTime.fromISO(today(), { zone: 'utc' })
          .plus({ days: 1 })
          .toISODate()!;
        if (value > latest) {
          ctx.addIssue({
            code: 'custom',
            message: `must not be after ${latest}: usage is reported for a day that has begun`,
          });
        }
      }),
      active: seats,
      purchased: seats.optional(),
      assigned: seats.optional(),
      source: text(200).min(1, 'must not be empty').optional(),
    })
    .strict();
}
