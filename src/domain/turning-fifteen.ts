import { nthWorkingDayOfMonth } from './working-days.ts';

/**
 * The monthly "turning 15" list (DOMAIN.md, "Turning 15"): every looked-after young person should
 * hear about Lifelong Links at 15. Months are `YYYY-MM`; dates are ISO dates.
 *
 * A young person born on 29 February turns 15 on 1 March in a year that has no 29 February (and on
 * 29 February in a leap year): only from 1 March have they lived fifteen whole years, as
 * `ageOn()` in consent-rules.ts already counts. So they are on March's list in those years. See
 * ADR 0026.
 */

export const TURNING_AGE = 15;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function isMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return Boolean(
    match && Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[1]) >= 1900,
  );
}

/** The day someone born on `dateOfBirth` turns `age`. */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const at = year + age;
  if (month === 2 && day === 29 && !isLeapYear(at)) return `${at}-03-01`;
  return `${at}-${pad(month)}-${pad(day)}`;
}

/**
 * The dates of birth of the young people who turn 15 in `month`, as one range (so the database
 * walks one stretch of its date-of-birth index).
 */
export function birthDatesTurningFifteenIn(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const birthYear = year - TURNING_AGE;
  let from = `${birthYear}-${pad(monthNumber)}-01`;
  let to = `${birthYear}-${pad(monthNumber)}-${pad(daysInMonth(birthYear, monthNumber))}`;
  // Born on 29 February, in a year when the 15th birthday has no 29 February: March's list.
  if (isLeapYear(birthYear) && !isLeapYear(year)) {
    if (monthNumber === 2) to = `${birthYear}-02-28`;
    if (monthNumber === 3) from = `${birthYear}-02-29`;
  }
  return { from, to };
}

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${pad(monthNumber + 1)}`;
}

export function previousMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${pad(monthNumber - 1)}`;
}

/** The day the month's list is built: its nth working day (the organisation chooses n; 1 by default). */
export function buildDayOf(
  month: string,
  workingDay: number,
  closureDays: readonly string[],
): string {
  return nthWorkingDayOfMonth(month, workingDay, closureDays);
}

/**
 * The months whose list should be built today and has not been: every month after the last one
 * built, up to this month once its build day has come. So a month missed while Kindred was down is
 * built when it is back. The first time (nothing built yet), only the current month.
 */
export function monthsToBuild(
  today: string,
  lastBuilt: string | null,
  workingDay: number,
  closureDays: readonly string[],
): string[] {
  const current = monthOf(today);
  const latestDue =
    today >= buildDayOf(current, workingDay, closureDays) ? current : previousMonth(current);
  const months: string[] = [];
  let month = lastBuilt ? nextMonth(lastBuilt) : latestDue;
  // At most two years of catching up: a longer gap is a configuration problem, not a backlog.
  while (month <= latestDue && months.length < 24) {
    months.push(month);
    month = nextMonth(month);
  }
  return months;
}

/** What has happened for one young person on the list. */
export type FifteenStatus =
  | { kind: 'referred'; referralId: string; reference: string }
  | { kind: 'not_discussed' }
  | { kind: 'discussed'; lookAgainOn: string }
  | { kind: 'not_appropriate'; reason: SupervisionReason; lookAgainOn: string }
  | { kind: 'later'; lookAgainOn: string };

export const SUPERVISION_REASONS = [
  'referral_to_follow',
  'uasc',
  'declined',
  'later',
  'other',
] as const;
export type SupervisionReason = (typeof SUPERVISION_REASONS)[number];

export const SUPERVISION_REASON_NAMES: Record<SupervisionReason, string> = {
  referral_to_follow: 'Discussed: a referral will follow',
  uasc: 'Unaccompanied asylum-seeking child',
  declined: 'The young person declined',
  later: 'Later: the young person may be ready later',
  other: 'Another reason',
};

/** The status from the referral (if any) and the latest supervision decision (if any). */
export function fifteenStatus(
  referral: { id: string; reference: string } | null,
  decision: { reason: SupervisionReason; lookAgainOn: string } | null,
): FifteenStatus {
  if (referral) return { kind: 'referred', referralId: referral.id, reference: referral.reference };
  if (!decision) return { kind: 'not_discussed' };
  if (decision.reason === 'referral_to_follow')
    return { kind: 'discussed', lookAgainOn: decision.lookAgainOn };
  if (decision.reason === 'later') return { kind: 'later', lookAgainOn: decision.lookAgainOn };
  return { kind: 'not_appropriate', reason: decision.reason, lookAgainOn: decision.lookAgainOn };
}
