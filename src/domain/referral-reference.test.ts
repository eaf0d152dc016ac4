import { describe, expect, it } from 'vitest';
import { nextSequence, referenceFor, referenceStem, sequenceOf } from './referral-reference.ts';

describe('referral references', () => {
  it('writes the kind, the year and a four-digit number', () => {
    expect(referenceFor('lifelong_links', '2026', 7)).toBe('LL-2026-0007');
    expect(referenceFor('fgc', '2026', 12)).toBe('FGC-2026-0012');
    expect(referenceFor('fgc', '2026', 12345)).toBe('FGC-2026-12345');
    expect(referenceStem('lifelong_links', '2027')).toBe('LL-2027-');
  });

  it('refuses a number below one', () => {
    expect(() => referenceFor('fgc', '2026', 0)).toThrow(RangeError);
  });

  it('reads the number back, and counts on from the highest', () => {
    expect(sequenceOf('LL-2026-0042')).toBe(42);
    expect(sequenceOf('something else')).toBeNull();
    expect(nextSequence([])).toBe(1);
    expect(nextSequence(['LL-2026-0009', 'LL-2026-0010', 'not ours'])).toBe(11);
  });
});
