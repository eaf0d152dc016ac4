import { describe, expect, it } from 'vitest';
import { isoDateFromParts, isoDateFromSlashed } from './dates.ts';

describe('reading a date', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(isoDateFromSlashed('29/02/2024')).toBe('2024-02-29');
    expect(isoDateFromSlashed('1/3/2000')).toBe('2000-03-01');
    expect(isoDateFromSlashed('29/02/2000')).toBe('2000-02-29');
    expect(isoDateFromParts('31', '12', '2026')).toBe('2026-12-31');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const text of [
      '29/02/2023',
      '29/02/1900',
      '31/04/2020',
      '0/1/2020',
      '1/13/2020',
      '2020-01-01',
      '',
    ]) {
      expect(isoDateFromSlashed(text)).toBeNull();
    }
    expect(isoDateFromParts('1', '1', '0050')).toBeNull();
  });
});
