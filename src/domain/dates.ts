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
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return date.toISOString().slice(0, 10);
}

/** DD/MM/YYYY, as the SSDA903 return writes dates, to YYYY-MM-DD; null when not a real date. */
export function isoDateFromSlashed(value: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  return isoDateFromParts(match[1] ?? '', match[2] ?? '', match[3] ?? '');
}
