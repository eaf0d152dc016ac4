/**
 * Meetings are arranged in UK time; calendars and the database hold instants. These convert
 * between the two without a clock of their own, across the changes to and from summer time.
 */

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsInLondon(instant: Date): Record<string, number> {
  const values: Record<string, number> = {};
  for (const part of londonParts.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return values;
}

/** How far UK time is ahead of UTC at an instant, in milliseconds (0 or one hour). */
function londonOffset(instant: Date): number {
  const p = partsInLondon(instant);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The instant of a UK wall-clock date (YYYY-MM-DD) and time (HH:MM). */
export function instantFromLondon(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - londonOffset(new Date(wall));
  // Near a change of clocks the offset at the first guess may differ from the offset at the answer.
  return new Date(wall - londonOffset(new Date(first)));
}

/** The UK date (YYYY-MM-DD) of an instant. */
export function londonDateOf(instant: Date): string {
  const p = partsInLondon(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The UK time of day (HH:MM, 24-hour) of an instant. */
export function londonTimeOf(instant: Date): string {
  const p = partsInLondon(instant);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/**
 * A time of day as people type it: "14:30", "9:05", "2:30pm", "10am", "14.30". Returns HH:MM
 * (24-hour), or null when it is not a time.
 */
export function timeOfDayFrom(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const period = match[3]?.toLowerCase().replaceAll('.', '');
  if (match[2] === undefined && !period) return null;
  if (minute > 59) return null;
  if (period) {
    if (hour < 1 || hour > 12) return null;
    if (period === 'pm' && hour !== 12) hour += 12;
    if (period === 'am' && hour === 12) hour = 0;
  } else if (hour > 23) {
    return null;
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
