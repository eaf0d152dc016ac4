/**
 * The rules of a person's details in a young person's network: names of a sane length, a date of
 * birth or an approximate year ("about 1985") that is not in the future, a year of death not
 * before the birth. Pure: the form and the service both ask here.
 */

export const NAME_MAX = 100;
export const OTHER_NAMES_MAX = 300;
export const EARLIEST_BIRTH_YEAR = 1880;

export interface PersonDates {
  dateOfBirth: string | null;
  birthYear: number | null;
  birthYearApproximate: boolean;
  deceased: boolean;
  diedYear: number | null;
}

export interface PersonNames {
  firstName: string;
  lastName: string | null;
  otherNames: string | null;
  knownAs: string | null;
}

export interface Problem {
  field: string;
  text: string;
}

function nameProblems(names: PersonNames): Problem[] {
  const problems: Problem[] = [];
  const first = names.firstName.trim();
  if (first === '') problems.push({ field: 'firstName', text: 'Enter their first name' });
  else if (first.length > NAME_MAX) {
    problems.push({
      field: 'firstName',
      text: `First name must be ${NAME_MAX} characters or fewer`,
    });
  }
  if ((names.lastName ?? '').trim().length > NAME_MAX) {
    problems.push({ field: 'lastName', text: `Last name must be ${NAME_MAX} characters or fewer` });
  }
  if ((names.knownAs ?? '').trim().length > NAME_MAX) {
    problems.push({ field: 'knownAs', text: `Known as must be ${NAME_MAX} characters or fewer` });
  }
  if ((names.otherNames ?? '').trim().length > OTHER_NAMES_MAX) {
    problems.push({
      field: 'otherNames',
      text: `Other names must be ${OTHER_NAMES_MAX} characters or fewer`,
    });
  }
  return problems;
}

function dateProblems(dates: PersonDates, today: string): Problem[] {
  const problems: Problem[] = [];
  const thisYear = Number(today.slice(0, 4));
  if (dates.dateOfBirth && dates.birthYear !== null) {
    problems.push({
      field: 'birthYear',
      text: 'Give either a date of birth or a year of birth, not both',
    });
  }
  if (dates.dateOfBirth) {
    if (dates.dateOfBirth > today) {
      problems.push({ field: 'dateOfBirth', text: 'Date of birth must be today or in the past' });
    } else if (Number(dates.dateOfBirth.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
      problems.push({
        field: 'dateOfBirth',
        text: `Date of birth must be after ${EARLIEST_BIRTH_YEAR}`,
      });
    }
  }
  if (dates.birthYear !== null) {
    if (dates.birthYear > thisYear) {
      problems.push({ field: 'birthYear', text: 'Year of birth must be this year or in the past' });
    } else if (dates.birthYear < EARLIEST_BIRTH_YEAR) {
      problems.push({
        field: 'birthYear',
        text: `Year of birth must be after ${EARLIEST_BIRTH_YEAR}`,
      });
    }
  }
  if (dates.diedYear !== null) {
    if (!dates.deceased) {
      problems.push({
        field: 'diedYear',
        text: 'Only give a year of death for someone who has died',
      });
    } else if (dates.diedYear > thisYear) {
      problems.push({ field: 'diedYear', text: 'Year of death must be this year or in the past' });
    } else if (dates.diedYear < (bornIn(dates) ?? EARLIEST_BIRTH_YEAR)) {
      problems.push({ field: 'diedYear', text: 'Year of death must be after their year of birth' });
    }
  }
  return problems;
}

/** The year they were born, exact or approximate, when known. */
export function bornIn(dates: Pick<PersonDates, 'dateOfBirth' | 'birthYear'>): number | null {
  if (dates.dateOfBirth) return Number(dates.dateOfBirth.slice(0, 4));
  return dates.birthYear;
}

export function personProblems(details: PersonNames & PersonDates, today: string): Problem[] {
  return [...nameProblems(details), ...dateProblems(details, today)];
}

/** How a person's birth reads: "12 March 1985", "1985", "about 1985", or null when unknown. */
export function birthDescription(
  dates: Pick<PersonDates, 'dateOfBirth' | 'birthYear' | 'birthYearApproximate'>,
  formatDate: (iso: string) => string,
): string | null {
  if (dates.dateOfBirth) return formatDate(dates.dateOfBirth);
  if (dates.birthYear === null) return null;
  return dates.birthYearApproximate ? `about ${dates.birthYear}` : String(dates.birthYear);
}

/**
 * Whether two people's births could be the same person's: the same date, or years (exact or
 * approximate) within two years (five when either is approximate). Unknown births could match.
 */
export function birthsCouldMatch(
  a: Pick<PersonDates, 'dateOfBirth' | 'birthYear' | 'birthYearApproximate'>,
  b: Pick<PersonDates, 'dateOfBirth' | 'birthYear' | 'birthYearApproximate'>,
): boolean {
  if (a.dateOfBirth && b.dateOfBirth) return a.dateOfBirth === b.dateOfBirth;
  const yearA = bornIn(a);
  const yearB = bornIn(b);
  if (yearA === null || yearB === null) return true;
  const slack = a.birthYearApproximate || b.birthYearApproximate ? 5 : 2;
  return Math.abs(yearA - yearB) <= slack;
}
