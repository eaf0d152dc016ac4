import { describe, expect, it } from 'vitest';
import { instantFromLondon, londonDateOf, londonTimeOf, timeOfDayFrom } from './london-time.ts';

describe('UK time', () => {
  it('turns a winter meeting time into the same UTC time', () => {
    expect(instantFromLondon('2027-01-14', '10:30').toISOString()).toBe('2027-01-14T10:30:00.000Z');
  });

  it('turns a summer meeting time into UTC one hour earlier', () => {
    expect(instantFromLondon('2026-07-01', '14:00').toISOString()).toBe('2026-07-01T13:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(instantFromLondon('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(instantFromLondon('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('gives back the UK date and time of an instant', () => {
    const instant = new Date('2026-06-30T23:30:00Z');
    expect(londonDateOf(instant)).toBe('2026-07-01');
    expect(londonTimeOf(instant)).toBe('00:30');
  });

  it('reads times as people type them', () => {
    expect(timeOfDayFrom('14:30')).toBe('14:30');
    expect(timeOfDayFrom('9:05')).toBe('09:05');
    expect(timeOfDayFrom('2:30pm')).toBe('14:30');
    expect(timeOfDayFrom('10am')).toBe('10:00');
    expect(timeOfDayFrom('12pm')).toBe('12:00');
    expect(timeOfDayFrom('12:15 a.m.')).toBe('00:15');
    expect(timeOfDayFrom('14.30')).toBe('14:30');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '25:00', '10:75', '13pm', 'noon', '10', '0am']) {
      expect(timeOfDayFrom(text)).toBeNull();
    }
  });
});
