import { describe, expect, it } from 'vitest';
import { isRole, ROLES } from './roles.ts';
import { signInDelayMs } from './sign-in-slowdown.ts';

describe('the sign-in slow-down', () => {
  it('lets a person mistype a few times without waiting', () => {
    expect([0, 1, 2].map(signInDelayMs)).toEqual([0, 0, 0]);
  });

  it('then doubles the wait, up to ten seconds', () => {
    expect([3, 4, 5, 6].map(signInDelayMs)).toEqual([500, 1000, 2000, 4000]);
    expect(signInDelayMs(50)).toBe(10_000);
  });
});

describe('roles', () => {
  it('are the six that DOMAIN.md names', () => {
    expect(ROLES).toHaveLength(6);
    expect(isRole('iro')).toBe(true);
    expect(isRole('superuser')).toBe(false);
  });
});
