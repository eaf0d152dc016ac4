import { describe, expect, it } from 'vitest';
import { readApproximateDate } from './approximate-dates.ts';

const TODAY = '2026-12-02';
const read = (typed: string) => readApproximateDate(typed, TODAY);

describe('dates as people remember them', () => {
  it('reads an approximate year, a year, a season, a month and an exact date, sorting each', () => {
    expect(read(' About  1985 ')).toEqual({
      ok: true,
      date: { text: 'about 1985', sortOn: '1985-01-01', precision: 'about' },
    });
    expect(read('c. 1985')).toMatchObject({ ok: true, date: { text: 'about 1985' } });
    expect(read('1999')).toMatchObject({
      ok: true,
      date: { sortOn: '1999-01-01', precision: 'year' },
    });
    expect(read('Spring 2009')).toEqual({
      ok: true,
      date: { text: 'spring 2009', sortOn: '2009-03-01', precision: 'season' },
    });
    expect(read('fall 2010')).toMatchObject({
      ok: true,
      date: { text: 'autumn 2010', sortOn: '2010-09-01' },
    });
    expect(read('sept 2011')).toEqual({
      ok: true,
      date: { text: 'September 2011', sortOn: '2011-09-01', precision: 'month' },
    });
    expect(read('12 March 2009')).toEqual({
      ok: true,
      date: { text: '12 March 2009', sortOn: '2009-03-12', precision: 'day' },
    });
    expect(read('3/7/2015')).toMatchObject({
      ok: true,
      date: { text: '3 July 2015', sortOn: '2015-07-03' },
    });
  });

  it('refuses what it cannot read, a date that is not real, and the future', () => {
    expect(read('')).toEqual({ ok: false, reason: 'empty' });
    expect(read('when I was small')).toEqual({ ok: false, reason: 'unreadable' });
    expect(read('31/2/2010')).toEqual({ ok: false, reason: 'unreadable' });
    expect(read('Smarch 2010')).toEqual({ ok: false, reason: 'unreadable' });
    expect(read('about 2099')).toEqual({ ok: false, reason: 'future' });
    expect(read('spring 2027')).toEqual({ ok: false, reason: 'future' });
    expect(read('2026')).toMatchObject({ ok: true });
  });
});
