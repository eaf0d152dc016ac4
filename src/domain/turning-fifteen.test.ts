import { describe, expect, it } from 'vitest';
import { ageOn } from './consent-rules.ts';
import {
  birthDatesTurningFifteenIn,
  birthdayAt,
  buildDayOf,
  fifteenStatus,
  monthsToBuild,
} from './turning-fifteen.ts';

describe('who turns 15 in a month', () => {
  it('takes the whole month of birth, 15 years back, across the year end', () => {
    expect(birthDatesTurningFifteenIn('2026-12')).toEqual({ from: '2011-12-01', to: '2011-12-31' });
    expect(birthDatesTurningFifteenIn('2027-01')).toEqual({ from: '2012-01-01', to: '2012-01-31' });
  });

  it('puts someone born on 29 February on March’s list when their 15th birthday year has no 29 February', () => {
    // Born 29 February 2012; 2027 is not a leap year.
    expect(birthDatesTurningFifteenIn('2027-02')).toEqual({ from: '2012-02-01', to: '2012-02-28' });
    expect(birthDatesTurningFifteenIn('2027-03')).toEqual({ from: '2012-02-29', to: '2012-03-31' });
    expect(birthdayAt('2012-02-29', 15)).toBe('2027-03-01');
    // The same day ageOn() counts them as 15.
    expect(ageOn('2012-02-29', '2027-02-28')).toBe(14);
    expect(ageOn('2012-02-29', '2027-03-01')).toBe(15);
  });

  it('has no 29 February to move when the birth year is not a leap year', () => {
    // 15 is not a multiple of 4: a leap-year birth never has a leap-year 15th birthday.
    expect(birthDatesTurningFifteenIn('2028-02')).toEqual({ from: '2013-02-01', to: '2013-02-28' });
    expect(birthdayAt('2016-02-29', 15)).toBe('2031-03-01');
  });
});

describe('when the month’s list is built', () => {
  it('is built on the first working day of the month (4 January 2027: the 1st is a bank holiday)', () => {
    expect(buildDayOf('2027-01', 1, [])).toBe('2027-01-04');
    expect(monthsToBuild('2027-01-01', '2026-12', 1, [])).toEqual([]);
    expect(monthsToBuild('2027-01-04', '2026-12', 1, [])).toEqual(['2027-01']);
  });

  it('rolls over to the next month and builds each month once', () => {
    expect(monthsToBuild('2026-12-31', '2026-12', 1, [])).toEqual([]);
    expect(monthsToBuild('2027-02-01', '2027-01', 1, [])).toEqual(['2027-02']);
    expect(monthsToBuild('2027-02-15', '2027-02', 1, [])).toEqual([]);
  });

  it('catches up the months missed while the service was down', () => {
    expect(monthsToBuild('2027-03-10', '2026-12', 1, [])).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    // Down over the build day of March: February's list is owed, March's not yet.
    expect(monthsToBuild('2027-03-01', '2027-01', 3, [])).toEqual(['2027-02']);
  });

  it('follows the organisation’s chosen working day and its closure days', () => {
    expect(buildDayOf('2026-12', 3, [])).toBe('2026-12-03');
    expect(buildDayOf('2026-12', 1, ['2026-12-01'])).toBe('2026-12-02');
    expect(monthsToBuild('2026-12-01', '2026-11', 1, ['2026-12-01'])).toEqual([]);
  });

  it('builds only the current month the first time', () => {
    expect(monthsToBuild('2026-12-02', null, 1, [])).toEqual(['2026-12']);
    expect(monthsToBuild('2027-01-01', null, 1, [])).toEqual(['2026-12']);
  });
});

describe('a young person’s status on the list', () => {
  it('is referred once a Lifelong Links referral exists, whatever was decided before', () => {
    const referral = { id: 'r1', reference: 'LL-2026-0001' };
    expect(fifteenStatus(referral, { reason: 'later', lookAgainOn: '2027-06-01' }).kind).toBe(
      'referred',
    );
    expect(fifteenStatus(null, null).kind).toBe('not_discussed');
    expect(
      fifteenStatus(null, { reason: 'referral_to_follow', lookAgainOn: '2027-01-10' }).kind,
    ).toBe('discussed');
    expect(fifteenStatus(null, { reason: 'uasc', lookAgainOn: '2027-06-01' })).toEqual({
      kind: 'not_appropriate',
      reason: 'uasc',
      lookAgainOn: '2027-06-01',
    });
    expect(fifteenStatus(null, { reason: 'later', lookAgainOn: '2027-06-01' }).kind).toBe('later');
  });
});
