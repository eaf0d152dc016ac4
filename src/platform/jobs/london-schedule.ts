import { type CronMatcher, parseCronItem } from 'graphile-worker';

/**
 * graphile-worker reads a schedule in UTC; Kindred's schedules are in UK time (Europe/London).
 * Each minute the runner asks whether a schedule is due, with the UTC minute; this turns it
 * into the UK minute and asks the cron pattern about that. So "0 7 1 * *" runs at 7am UK time
 * all year. As with any cron, a time inside the hour the clocks skip (01:00–01:59 on the last
 * Sunday of March) never comes, and one inside the hour that repeats in October comes twice:
 * schedule outside 01:00–02:00, and make handlers idempotent (they must be anyway).
 */

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface MinuteDigest {
  min: number;
  hour: number;
  date: number;
  month: number;
  dow: number;
}

/** The UK wall-clock minute of an instant, in the shape graphile-worker's matchers take. */
export function londonDigestOf(instant: Date): MinuteDigest {
  const values: Record<string, string> = {};
  for (const part of londonParts.formatToParts(instant)) values[part.type] = part.value;
  return {
    min: Number(values.minute),
    hour: Number(values.hour),
    date: Number(values.day),
    month: Number(values.month),
    dow: WEEKDAYS.indexOf(values.weekday ?? ''),
  };
}

/**
 * The UTC instant of a digest. graphile-worker's digest has no year: the minute it describes
 * is now or in the recent past (a missed run being caught up), so it is this year's, or last
 * year's for a December minute seen in January.
 */
export function instantOfUtcDigest(digest: MinuteDigest, now: Date): Date {
  let year = now.getUTCFullYear();
  if (digest.month > now.getUTCMonth() + 1) year -= 1;
  return new Date(Date.UTC(year, digest.month - 1, digest.date, digest.hour, digest.min));
}

/** A matcher for graphile-worker that reads a cron pattern in UK time. */
export function londonMatcher(pattern: string, now: () => Date = () => new Date()): CronMatcher {
  const parsed = parseCronItem({ task: 'pattern-check', match: pattern });
  return (utcDigest) => parsed.match(londonDigestOf(instantOfUtcDigest(utcDigest, now())));
}
