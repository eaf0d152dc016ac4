import type { CareLeaverStatus } from '../../db/schema.ts';
import { childName } from '../../domain/person-name.ts';
import { UNNAMED_FIRST_NAME } from '../../domain/ssda903-plan.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { ChildIdentity } from './children.schemas.ts';

/** Shaping the register's rows for its pages: names, ages and statuses in words. */

interface Named {
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  case_record_id: string | null;
}

export const CARE_LEAVER_LABELS: Record<CareLeaverStatus, string> = {
  not_care_leaver: 'Not a care leaver',
  eligible: 'Eligible',
  relevant: 'Relevant',
  former_relevant: 'Former relevant',
  qualifying: 'Qualifying',
};

/** A child added by the SSDA903 import whose name nobody has recorded yet. */
export function nameNotRecorded(child: Named): boolean {
  return child.first_name === UNNAMED_FIRST_NAME && child.last_name === child.case_record_id;
}

export function fullName(child: Named): string {
  if (nameNotRecorded(child)) return `Name not yet recorded (record ID ${child.case_record_id})`;
  return childName(child);
}

/** Whole years from a date of birth to a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

export function dateOfBirthWithAge(dateOfBirth: string, today: string): string {
  const age = ageOn(dateOfBirth, today);
  return `${formatDate(dateOfBirth)} (age ${age})`;
}

interface ListChild extends Named {
  id: string;
  date_of_birth: string;
  looked_after: boolean;
  care_leaver_status: CareLeaverStatus;
  canOpen: boolean;
}

export function childListRows(children: readonly ListChild[], today: string) {
  return children.map((child) => ({
    name: fullName(child),
    nameRecorded: !nameNotRecorded(child),
    href: child.canOpen ? `/children/${child.id}` : null,
    preferredName: child.preferred_name ?? '',
    dateOfBirth: dateOfBirthWithAge(child.date_of_birth, today),
    caseRecordId: child.case_record_id ?? 'Not recorded',
    lookedAfter: child.looked_after ? 'Yes' : 'No',
    careLeaver: CARE_LEAVER_LABELS[child.care_leaver_status],
  }));
}

interface MatchCandidate extends Named {
  id: string;
  date_of_birth: string;
}

/** Lower case without accents, as the register's search compares names (Zoë and Zoe alike). */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * How likely a child on the register is to be the one being added: the same record ID above
 * all, then the same last name and date of birth, then either.
 */
export function matchScore(child: MatchCandidate, identity: ChildIdentity): number {
  const same = (a: string | null, b: string | null) =>
    Boolean(a && b && folded(a.trim()) === folded(b.trim()));
  let score = 0;
  if (same(child.case_record_id, identity.caseRecordId)) score += 100;
  if (same(child.last_name, identity.lastName)) score += 20;
  else if (folded(child.last_name).includes(folded(identity.lastName))) score += 5;
  if (child.date_of_birth === identity.dateOfBirth) score += 15;
  if (
    same(child.first_name, identity.firstName) ||
    same(child.preferred_name, identity.firstName)
  ) {
    score += 10;
  }
  return score;
}

export function rankMatches<T extends MatchCandidate>(rows: readonly T[], identity: ChildIdentity) {
  return rows
    .map((row) => ({ row, score: matchScore(row, identity) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ row }) => row);
}

export function matchRows(
  rows: ReadonlyArray<MatchCandidate & { canOpen: boolean }>,
  identity: ChildIdentity,
  today: string,
) {
  return rows.map((row) => ({
    name: fullName(row),
    href: row.canOpen ? `/children/${row.id}` : null,
    preferredName: row.preferred_name ?? '',
    dateOfBirth: dateOfBirthWithAge(row.date_of_birth, today),
    caseRecordId: row.case_record_id ?? 'Not recorded',
    sameRecordId:
      Boolean(identity.caseRecordId) &&
      row.case_record_id?.toLowerCase() === identity.caseRecordId?.toLowerCase(),
  }));
}
