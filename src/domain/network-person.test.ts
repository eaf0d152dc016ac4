import { describe, expect, it } from 'vitest';
import { birthDescription, birthsCouldMatch, personProblems } from './network-person.ts';

const person = {
  firstName: 'Margaret',
  lastName: 'Hughes',
  otherNames: null,
  knownAs: 'Peggy',
  dateOfBirth: null,
  birthYear: 1961,
  birthYearApproximate: true,
  deceased: false,
  diedYear: null,
};
const today = '2026-12-02';

describe('a network person’s details', () => {
  it('accepts an approximate year of birth', () => {
    expect(personProblems(person, today)).toEqual([]);
    expect(birthDescription(person, (iso) => iso)).toBe('about 1961');
  });

  it('refuses a date or year of birth in the future', () => {
    expect(
      personProblems({ ...person, birthYear: null, dateOfBirth: '2026-12-03' }, today),
    ).toEqual([{ field: 'dateOfBirth', text: 'Date of birth must be today or in the past' }]);
    expect(personProblems({ ...person, birthYear: 2027 }, today)).toEqual([
      { field: 'birthYear', text: 'Year of birth must be this year or in the past' },
    ]);
  });

  it('refuses a 10,000-character name with a clear message', () => {
    expect(personProblems({ ...person, firstName: 'x'.repeat(10_000) }, today)).toEqual([
      { field: 'firstName', text: 'First name must be 100 characters or fewer' },
    ]);
  });

  it('refuses a death before the birth, and a year of death for someone alive', () => {
    expect(personProblems({ ...person, deceased: true, diedYear: 1950 }, today)).toEqual([
      { field: 'diedYear', text: 'Year of death must be after their year of birth' },
    ]);
    expect(personProblems({ ...person, diedYear: 2020 }, today)).toMatchObject([
      { field: 'diedYear' },
    ]);
  });

  it('sees births that could be the same person’s', () => {
    const exact = { dateOfBirth: '1961-03-12', birthYear: null, birthYearApproximate: false };
    expect(
      birthsCouldMatch(exact, { dateOfBirth: null, birthYear: 1963, birthYearApproximate: true }),
    ).toBe(true);
    expect(birthsCouldMatch(exact, { ...exact, dateOfBirth: '1961-03-13' })).toBe(false);
    expect(
      birthsCouldMatch(exact, { dateOfBirth: null, birthYear: 1970, birthYearApproximate: false }),
    ).toBe(false);
  });
});
