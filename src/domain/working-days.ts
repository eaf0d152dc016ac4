import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays-england-and-wales.ts';

/**
 * Working days, as the service counts its deadlines: Monday to Friday, except England and Wales
 * bank holidays and the organisation's own closure days. Dates are ISO calendar dates
 * (YYYY-MM-DD), with no time and no time zone, so a change of the clocks never moves them.
 */

const BANK_HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(isoDate: string): number {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`Not a real date: ${isoDate}`);
  return time / 86_400_000;
}

function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(isoDate: string): boolean {
  const weekday = new Date(dayNumber(isoDate) * 86_400_000).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isBankHoliday(isoDate: string): boolean {
  return BANK_HOLIDAYS.has(isoDate);
}

export function isWorkingDay(isoDate: string, closureDays: readonly string[] = []): boolean {
  return !isWeekend(isoDate) && !isBankHoliday(isoDate) && !closureDays.includes(isoDate);
}

function stepWorkingDays(
  date: string,
  days: number,
  direction: 1 | -1,
  closureDays: readonly string[],
): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError('The number of working days must be a whole number, 0 or more');
  }
  const closed = new Set(closureDays);
  let day = dayNumber(date);
  let left = days;
  while (left > 0) {
    day += direction;
    const iso = isoFromDayNumber(day);
    if (!isWeekend(iso) && !BANK_HOLIDAYS.has(iso) && !closed.has(iso)) left -= 1;
  }
  return isoFromDayNumber(day);
}

/**
 * The date `days` working days after `date`: the day itself does not count, so 5 working days
 * after a conference on Monday 7 December 2026 is Monday 14 December. 0 gives the date back.
 */
export function workingDaysAfter(
  date: string,
  days: number,
  closureDays: readonly string[] = [],
): string {
  return stepWorkingDays(date, days, 1, closureDays);
}

/** The date `days` working days before `date` (for reminders ahead of a deadline). */
export function workingDaysBefore(
  date: string,
  days: number,
  closureDays: readonly string[] = [],
): string {
  return stepWorkingDays(date, days, -1, closureDays);
}

/** The nth working day of a month (`YYYY-MM`), counting the 1st if it is one. */
export function nthWorkingDayOfMonth(
  month: string,
  n: number,
  closureDays: readonly string[] = [],
): string {
  const lastDayBefore = isoFromDayNumber(dayNumber(`${month}-01`) - 1);
  return workingDaysAfter(lastDayBefore, n, closureDays);
}
