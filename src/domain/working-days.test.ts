import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAYS_FIRST_YEAR,
  BANK_HOLIDAYS_LAST_YEAR,
  BANK_HOLIDAYS_SOURCE,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
} from './bank-holidays-england-and-wales.ts';
import {
  isWorkingDay,
  nthWorkingDayOfMonth,
  workingDaysAfter,
  workingDaysBefore,
} from './working-days.ts';

/** Easter Sunday by the anonymous Gregorian computus, to check the list's Easter dates. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('workingDaysAfter', () => {
  it('skips the weekend', () => {
    expect(workingDaysAfter('2026-12-04', 1)).toBe('2026-12-07'); // Friday → Monday
    expect(workingDaysAfter('2026-12-07', 5)).toBe('2026-12-14'); // Monday → next Monday
    expect(workingDaysAfter('2026-12-05', 1)).toBe('2026-12-07'); // from a Saturday
  });

  it('skips Christmas Day and the Boxing Day substitute day (26 December 2026 is a Saturday)', () => {
    // 22 Dec 2026 is a Tuesday: 23, 24, (25 holiday), (26, 27 weekend), (28 substitute), 29, 30.
    expect(workingDaysAfter('2026-12-22', 4)).toBe('2026-12-30');
    expect(workingDaysAfter('2026-12-22', 5)).toBe('2026-12-31');
    expect(workingDaysAfter('2026-12-24', 1)).toBe('2026-12-29');
  });

  it('skips Christmas Day and Boxing Day on weekdays', () => {
    expect(workingDaysAfter('2025-12-24', 1)).toBe('2025-12-29'); // Thu 25, Fri 26
    expect(workingDaysAfter('2024-12-24', 1)).toBe('2024-12-27'); // Wed 25, Thu 26
  });

  it('skips both substitute days when Christmas falls at a weekend (2027)', () => {
    expect(workingDaysAfter('2027-12-24', 1)).toBe('2027-12-29');
    expect(workingDaysAfter('2021-12-24', 1)).toBe('2021-12-29');
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(workingDaysAfter('2026-04-02', 1)).toBe('2026-04-07');
    expect(workingDaysAfter('2027-03-25', 1)).toBe('2027-03-30');
  });

  it('skips the one-off days: the Jubilee, the State Funeral and the Coronation', () => {
    expect(workingDaysAfter('2022-06-01', 1)).toBe('2022-06-06');
    expect(workingDaysAfter('2022-09-16', 1)).toBe('2022-09-20');
    expect(workingDaysAfter('2023-05-05', 1)).toBe('2023-05-09');
  });

  it('skips the organisation’s closure days', () => {
    const closures = ['2026-12-29', '2026-12-30', '2026-12-31'];
    expect(workingDaysAfter('2026-12-22', 4, closures)).toBe('2027-01-05');
    expect(isWorkingDay('2026-12-29', closures)).toBe(false);
    expect(isWorkingDay('2026-12-29')).toBe(true);
  });

  it('gives the date back for 0 days, and refuses what is not a date or a count', () => {
    expect(workingDaysAfter('2026-12-05', 0)).toBe('2026-12-05');
    expect(() => workingDaysAfter('22/12/2026', 1)).toThrow(RangeError);
    expect(() => workingDaysAfter('2026-12-22', -1)).toThrow(RangeError);
    expect(() => workingDaysAfter('2026-12-22', 1.5)).toThrow(RangeError);
  });

  it('counts back for reminders, and finds the first working day of a month', () => {
    expect(workingDaysBefore('2026-12-29', 1)).toBe('2026-12-24');
    expect(nthWorkingDayOfMonth('2027-01', 1)).toBe('2027-01-04'); // Fri 1st is a holiday
    expect(nthWorkingDayOfMonth('2026-12', 1)).toBe('2026-12-01');
    expect(nthWorkingDayOfMonth('2026-08', 1)).toBe('2026-08-03'); // 1st is a Saturday
    expect(nthWorkingDayOfMonth('2026-12', 2, ['2026-12-02'])).toBe('2026-12-03');
  });
});

describe('the bank holidays list', () => {
  it('names its source and covers each year with New Year, Easter, May, August and Christmas', () => {
    expect(BANK_HOLIDAYS_SOURCE).toBe('https://www.gov.uk/bank-holidays.json');
    for (let year = BANK_HOLIDAYS_FIRST_YEAR; year <= BANK_HOLIDAYS_LAST_YEAR; year += 1) {
      const days = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));
      expect(days.length, `${year}`).toBeGreaterThanOrEqual(8);
      const easter = easterSunday(year);
      expect(days.map((h) => h.date)).toContain(shift(easter, -2));
      expect(days.map((h) => h.date)).toContain(shift(easter, 1));
    }
  });

  it('has no bank holiday on a weekend, and its dates in order', () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect([0, 6], date).not.toContain(weekday);
    }
  });

  // Reads the real clock on purpose: this test is the reminder to refresh the list from
  // gov.uk a year before it runs out, when deadlines could otherwise land on a holiday.
  it('still covers a year from today (refresh it from gov.uk when this fails)', () => {
    const aYearFromNow = new Date();
    aYearFromNow.setUTCFullYear(aYearFromNow.getUTCFullYear() + 1);
    expect(aYearFromNow.getUTCFullYear()).toBeLessThanOrEqual(BANK_HOLIDAYS_LAST_YEAR);
  });
});
