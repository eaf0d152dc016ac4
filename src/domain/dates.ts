/** Today's date in the UK, as YYYY-MM-DD: the day a coordinator would write on a form. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** A real calendar date from day, month and year fields, or null. */
export function isoDateFromParts(day: string, month: string, year: string): string | null {
  if (
    !/^\d{1,2}$/.test(day.trim()) ||
    !/^\d{1,2}$/.test(month.trim()) ||
    !/^\d{4}$/.test(year.trim())
  ) {
    return null;
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  // Worked out without a Date object: an import reads hundreds of thousands of dates.
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** DD/MM/YYYY, as the SSDA903 return writes dates, to YYYY-MM-DD; null when not a real date. */
export function isoDateFromSlashed(value: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  return isoDateFromParts(match[1] ?? '', match[2] ?? '', match[3] ?? '');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The words of every date rule, so that each rule reads the same on every page ("what" is the
 * date's name in a sentence, such as "the date of the discussion").
 */
export const DATE_RULES = {
  notReal: (what: string) => `${capitalised(what)} must be a real date`,
  notInFuture: (what: string) => `${capitalised(what)} must be today or in the past`,
  notBefore: (what: string, earlier: string) =>
    `${capitalised(what)} must be on or after ${earlier}`,
};
