import { isoDateFromParts, isoDateFromSlashed } from './dates.ts';

/**
 * When something happened, as a person remembers it: an exact date ("12/3/2009"), a month
 * ("March 2009"), a season ("spring 2009"), a year ("2009") or an approximate year ("about
 * 1985", "around 1985", "c. 1985"). Kept as typed (tidied) for showing, with a date to sort by.
 */
export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'about';

export interface ApproximateDate {
  /** What the page shows: "about 1985", "spring 2009", "12 March 2009". */
  text: string;
  /** YYYY-MM-DD to put it in order: the first day of the month, season or year. */
  sortOn: string;
  precision: DatePrecision;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const SEASONS: Record<string, string> = {
  spring: '03',
  summer: '06',
  autumn: '09',
  fall: '09',
  winter: '12',
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function monthIndex(word: string): number {
  const lower = word.toLowerCase();
  if (lower.length < 3) return -1;
  return MONTHS.findIndex((month) => month.startsWith(lower));
}

export type DateReading =
  | { ok: true; date: ApproximateDate }
  | { ok: false; reason: 'empty' | 'unreadable' | 'future' };

/** Reads what was typed; `today` (YYYY-MM-DD) refuses a date that has not happened yet. */
export function readApproximateDate(typed: string, today: string): DateReading {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, reason: 'empty' };
  const date = parse(text);
  if (!date) return { ok: false, reason: 'unreadable' };
  if (date.sortOn > today) return { ok: false, reason: 'future' };
  return { ok: true, date };
}

function parse(text: string): ApproximateDate | null {
  const lower = text.toLowerCase();
  let match = /^(?:about|around|approx\.?|approximately|circa|c\.?)\s*(\d{4})$/.exec(lower);
  if (match?.[1])
    return { text: `about ${match[1]}`, sortOn: `${match[1]}-01-01`, precision: 'about' };
  match = /^(\d{4})$/.exec(lower);
  if (match?.[1]) return { text: match[1], sortOn: `${match[1]}-01-01`, precision: 'year' };
  match = /^(spring|summer|autumn|fall|winter)\s+(\d{4})$/.exec(lower);
  if (match?.[1] && match[2]) {
    const season = match[1] === 'fall' ? 'autumn' : match[1];
    return {
      text: `${season} ${match[2]}`,
      sortOn: `${match[2]}-${SEASONS[match[1]]}-01`,
      precision: 'season',
    };
  }
  match = /^([a-z]+)\s+(\d{4})$/.exec(lower);
  if (match?.[1] && match[2]) {
    const index = monthIndex(match[1]);
    if (index === -1) return null;
    const month = String(index + 1).padStart(2, '0');
    return {
      text: `${capitalise(MONTHS[index] ?? '')} ${match[2]}`,
      sortOn: `${match[2]}-${month}-01`,
      precision: 'month',
    };
  }
  match = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(lower);
  if (match?.[1] && match[2] && match[3]) {
    const index = monthIndex(match[2]);
    const iso = index === -1 ? null : isoDateFromParts(match[1], String(index + 1), match[3]);
    return iso ? exact(iso) : null;
  }
  const slashed = isoDateFromSlashed(text);
  return slashed ? exact(slashed) : null;
}

function exact(iso: string): ApproximateDate {
  const [year, month, day] = iso.split('-');
  const name = capitalise(MONTHS[Number(month) - 1] ?? '');
  return { text: `${Number(day)} ${name} ${year}`, sortOn: iso, precision: 'day' };
}
