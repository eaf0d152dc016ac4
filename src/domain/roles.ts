/** The people who use Kindred, as DOMAIN.md names them. */
export const ROLES = [
  'coordinator',
  'team_manager',
  'social_worker',
  'iro',
  'practice_manager',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  coordinator: 'Coordinator',
  team_manager: 'Team manager',
  social_worker: 'Social worker',
  iro: 'Independent reviewing officer (IRO)',
  practice_manager: 'Practice manager',
  administrator: 'Administrator',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
