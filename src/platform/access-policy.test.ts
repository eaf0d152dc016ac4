import { describe, expect, it } from 'vitest';
import { decideAccess } from './access-policy.ts';

describe('access decisions', () => {
  it('send a visitor to sign in, and refuse a role without the permission', () => {
    expect(decideAccess('public', null)).toBe('allow');
    expect(decideAccess('signed-in', null)).toBe('sign-in');
    expect(decideAccess('signed-in', [])).toBe('allow');
    expect(decideAccess('users:manage', ['administrator'])).toBe('allow');
    expect(decideAccess('users:manage', ['team_manager', 'coordinator'])).toBe('forbidden');
    expect(decideAccess('cases:read', ['administrator'])).toBe('forbidden');
    expect(decideAccess('cases:read', ['administrator', 'iro'])).toBe('allow');
  });
});
