import { DateTime } from 'luxon';

/** Days parsed at most before the memo starts afresh: the views ask for a few hundred. */
const KEPT = 4096;
const parsed = new Map<string, DateTime>();

/**
 * The UTC day an ISO date or date-time falls on, as the start of that day (an invalid
 * DateTime when the text is not ISO). Kept per text: the views compare the same contract dates
 * and the same "as of" day for every vendor, and parsing with luxon is the costly part of a
 * Data Act check (DateTime values are immutable, so sharing them is safe).
 *
 * @public
 */
export function utcDay(iso: string): DateTime {
  let day = parsed.get(iso);
  if (!day) {
    if (parsed.size >= KEPT) parsed.clear();
    day = DateTime.fromISO(iso, { zone: 'utc' }).startOf('day');
    parsed.set(iso, day);
  }
  return day;
}
