import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date-format.ts';

describe('dates and times as people read them, in UK time', () => {
  it('writes a minute past midnight as 12:01am, not 0:01am', () => {
    expect(formatDateTime(new Date('2026-12-02T00:01:00Z'))).toBe('2 December 2026 at 12:01am');
  });

  it('writes the afternoon with pm, and summer times in British Summer Time', () => {
    expect(formatDateTime(new Date('2026-12-02T14:05:00Z'))).toBe('2 December 2026 at 2:05pm');
    expect(formatDateTime(new Date('2026-07-01T11:30:00Z'))).toBe('1 July 2026 at 12:30pm');
  });

  it('writes a date alone in the GOV.UK style', () => {
    expect(formatDate('2026-03-03T12:00:00Z')).toBe('3 March 2026');
  });
});
