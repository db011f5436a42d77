import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDate } from './parseInput';

/** Rows in one batch: 5,000 fit the router's 2 MB body limit. */
export const MAX_BATCH = 5000;

/** The largest integer a PostgreSQL `integer` (int4) column holds. */
export const INT4_MAX = 2_147_483_647;

/**
 * Events in one measurement: up to a trillion, so that a window's sum stays far inside a 64-bit
 * integer (SQLite's sum() fails on overflow) and exact as a JavaScript number.
 */
const MAX_EVENTS = 1e12;

/** Ten years: a data product older than that is not late, it is abandoned. */
const MAX_FRESHNESS_HOURS = 87_600;

/**
 * A finite number in [min, max], kept to a millionth: the columns are single-precision floats,
 * which cannot hold 1e-50 (PostgreSQL refuses it as an underflow) and keep about 7 digits anyway.
 */
function measured(min: number, max: number, unit: string) {
  return z
    .number()
    .min(min, `must be at least ${min} ${unit}`)
    .max(max, `must be at most ${max} ${unit}`)
    .transform(v => Math.round(v * 1e6) / 1e6);
}

function count(max: number) {
  return z
    .number()
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(max, `must be at most ${max}`);
}

/**
 * One measurement, its timestamp within the window configured around the moment it arrives
 * (`maas.measurements`): a pipeline replays recent history, it does not write the year 0.
 */
export function measurementBatch(window: {
  maxAgeDays: number;
  maxAheadMinutes: number;
}) {
  const measurement = z
    .object({
      timestamp: z.iso
        .datetime({
          offset: true,
          message: 'must be an ISO 8601 date-time with a zone',
          abort: true,
        })
        .superRefine((value, ctx) => {
          const parsed = DateTime.fromISO(value, { setZone: true });
          const at = parsed.toMillis();
          const now = Date.now();
          if (!parsed.isValid) {
            ctx.addIssue({ code: 'custom', message: 'is not a calendar date' });
          } else if (at > now + window.maxAheadMinutes * 60_000) {
            ctx.addIssue({
              code: 'custom',
              message: `must not be more than ${window.maxAheadMinutes} minutes in the future`,
            });
          } else if (at < now - window.maxAgeDays * 86_400_000) {
            ctx.addIssue({
              code: 'custom',
              message: `must not be more than ${window.maxAgeDays} days old`,
            });
          }
        }),
      freshnessHours: measured(0, MAX_FRESHNESS_HOURS, 'hours'),
      completenessPct: measured(0, 100, '%'),
      events: count(MAX_EVENTS),
      incidents: count(INT4_MAX),
    })
    .strict();
  return z
    .object({
      measurements: z
        .array(measurement)
        .min(1, 'must hold at least one measurement')
        .max(MAX_BATCH, `must hold at most ${MAX_BATCH} measurements`),
    })
    .strict();
}

export const complianceQuery = z.object({
  asOf: isoDate.optional(),
  windowDays: z.coerce
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(366, 'must be at most 366')
    .optional(),
});

/** The longest history one request reads: three years of daily snapshots. */
const MAX_HISTORY_DAYS = 1096;

export const historyQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((query, ctx) => {
    if (!query.from || !query.to) return;
    const days = DateTime.fromISO(query.to, { zone: 'utc' })
      .diff(DateTime.fromISO(query.from, { zone: 'utc' }), 'days')
      .as('days');
    if (days < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `must not be after to (${query.to})`,
      });
    } else if (days > MAX_HISTORY_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `must be at most ${MAX_HISTORY_DAYS} days before to (${query.to})`,
      });
    }
  });

/** A backfill of the last `days` days, at most `maxDays` (`maas.history.backfill.maxDays`). */
export function backfillBody(maxDays: number) {
  return z
    .object({
      days: z
        .number()
        .int('must be a whole number of days')
        .min(1, 'must be at least 1')
        .max(
          maxDays,
          `must be at most ${maxDays} (maas.history.backfill.maxDays)`,
        ),
    })
    .strict();
}
