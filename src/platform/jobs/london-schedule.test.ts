import { describe, expect, it } from 'vitest';
import { instantOfUtcDigest, londonDigestOf, londonMatcher } from './london-schedule.ts';

function utcDigest(iso: string) {
  const at = new Date(iso);
  return {
    min: at.getUTCMinutes(),
    hour: at.getUTCHours(),
    date: at.getUTCDate(),
    month: at.getUTCMonth() + 1,
    dow: at.getUTCDay(),
  };
}

describe('schedules in UK time', () => {
  const sevenAmOnTheFirst = londonMatcher('0 7 1 * *', () => new Date('2026-07-01T12:00:00Z'));

  it('runs at 7am UK time in summer, which is 6am UTC', () => {
    expect(sevenAmOnTheFirst(utcDigest('2026-07-01T06:00:00Z'))).toBe(true);
    expect(sevenAmOnTheFirst(utcDigest('2026-07-01T07:00:00Z'))).toBe(false);
  });

  it('runs at 7am UK time in winter, which is 7am UTC', () => {
    const inWinter = londonMatcher('0 7 1 * *', () => new Date('2026-12-01T12:00:00Z'));
    expect(inWinter(utcDigest('2026-12-01T07:00:00Z'))).toBe(true);
    expect(inWinter(utcDigest('2026-12-01T06:00:00Z'))).toBe(false);
  });

  it('reads a minute just after midnight UK time in summer as the next day', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    const halfPastMidnight = londonMatcher('30 0 1 7 *', () => new Date('2026-07-01T08:00:00Z'));
    expect(halfPastMidnight(utcDigest('2026-06-30T23:30:00Z'))).toBe(true);
    expect(londonDigestOf(new Date('2026-06-30T23:30:00Z'))).toMatchObject({
      date: 1,
      month: 7,
      hour: 0,
      min: 30,
      dow: 3,
    });
  });

  it('takes a December minute seen in January as last year’s', () => {
    const now = new Date('2027-01-01T00:05:00Z');
    expect(instantOfUtcDigest(utcDigest('2026-12-31T23:59:00Z'), now).toISOString()).toBe(
      '2026-12-31T23:59:00.000Z',
    );
  });

  it('follows the clocks going forward: 1:30am UK time does not happen on that Sunday', () => {
    const halfOne = londonMatcher('30 1 * * *', () => new Date('2026-03-29T12:00:00Z'));
    // 29 March 2026: 01:00 UTC becomes 02:00 BST. 00:30 UTC is 00:30 GMT, 01:30 UTC is 02:30 BST.
    expect(halfOne(utcDigest('2026-03-29T00:30:00Z'))).toBe(false);
    expect(halfOne(utcDigest('2026-03-29T01:30:00Z'))).toBe(false);
    expect(halfOne(utcDigest('2026-03-30T00:30:00Z'))).toBe(true);
  });
});
