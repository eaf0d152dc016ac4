import type { Role } from '../domain/roles.ts';

/**
 * Who may do what. Every route names one of these in `config.access`; nothing else in Kindred
 * decides by role. Object-level rules (assigned coordinator, the child's IRO, ...) extend this
 * module as the features that need them arrive.
 */
export const PERMISSIONS = {
  /** Manage the organisation's user accounts and their roles. */
  'users:manage': ['administrator'],
  /** Manage the organisation's teams. */
  'teams:manage': ['administrator'],
  /** Read children's records and journeys. Administrators never can. */
  'cases:read': ['coordinator', 'team_manager', 'social_worker', 'iro', 'practice_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** 'public': anyone, signed in or not. 'signed-in': any active account. */
export type Access = 'public' | 'signed-in' | Permission;

export function isAccess(value: unknown): value is Access {
  return (
    value === 'public' ||
    value === 'signed-in' ||
    (typeof value === 'string' && value in PERMISSIONS)
  );
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

export function decideAccess(access: Access, roles: readonly Role[] | null): AccessDecision {
  if (access === 'public') return 'allow';
  if (roles === null) return 'sign-in';
  if (access === 'signed-in') return 'allow';
  return can(roles, access) ? 'allow' : 'forbidden';
}
