import { describe, expect, it } from 'vitest';
import {
  type ConnectionAnswer,
  caringAdults,
  caringAdultsSentence,
  networkGrowth,
} from './caring-adults.ts';

const person = (extra: Partial<ConnectionAnswer> = {}): ConnectionAnswer => ({
  professional: false,
  deceased: false,
  lovesAndCares: 'yes',
  ...extra,
});

describe('caringAdults', () => {
  it('counts exactly two people who love and care for the young person as met', () => {
    const result = caringAdults([person(), person(), person({ lovesAndCares: 'no' })]);
    expect(result).toEqual({ count: 2, met: true, recorded: 3 });
  });

  it('does not count professionals, even when the young person says they care', () => {
    expect(caringAdults([person(), person({ professional: true })])).toMatchObject({
      count: 1,
      met: false,
    });
  });

  it('does not count someone who has died', () => {
    expect(caringAdults([person(), person({ deceased: true })])).toMatchObject({
      count: 1,
      met: false,
    });
  });

  it('does not count "not sure"', () => {
    expect(caringAdults([person(), person({ lovesAndCares: 'not_sure' })])).toMatchObject({
      count: 1,
      met: false,
    });
  });

  it('says in words whether the aim is met, or not known yet', () => {
    expect(caringAdultsSentence(caringAdults([]))).toMatch(/^Not known yet/);
    expect(caringAdultsSentence(caringAdults([person()]))).toBe(
      'Not met yet: 1 person outside the professional network loves and cares for them (the aim is at least 2).',
    );
    expect(caringAdultsSentence(caringAdults([person(), person(), person()]))).toBe(
      'Met: 3 people outside the professional network love and care for them.',
    );
  });

  it('gives the network size before and now', () => {
    expect(networkGrowth(7, 26)).toEqual({ before: 7, now: 26, change: 19 });
    expect(networkGrowth(null, 4)).toEqual({ before: null, now: 4, change: null });
  });
});
