import { ROLE_NAMES, ROLES, type Role } from '../../domain/roles.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import { asList } from '../../platform/forms.ts';
import { countInWords } from '../../platform/pagination.ts';
import type { TeamRow } from './teams.repository.ts';
import { type StatusTag, statusTag } from './teams.view-model.ts';
import type { UserRow } from './users.repository.ts';
import type { UserNotice, UsersFilter } from './users.schemas.ts';

export function roleNames(roles: readonly Role[]): string[] {
  return roles.map((role) => ROLE_NAMES[role]);
}

function teamText(user: UserRow): string {
  if (!user.team_name) return 'No team';
  return user.team_active ? user.team_name : `${user.team_name} (disabled team)`;
}

export interface UserListRow {
  href: string;
  name: string;
  email: string;
  team: string;
  roles: string[];
  status: StatusTag;
  lastSignedIn: string;
}

/** A person as the pages show them: the same words on the list and on their own page. */
function shownUser(user: UserRow) {
  return {
    name: user.display_name,
    email: user.email,
    team: teamText(user),
    roles: roleNames(user.roles),
    languages: user.languages,
    status: statusTag(user.active),
    lastSignedIn: user.last_signed_in_at ? formatDateTime(user.last_signed_in_at) : 'Never',
  };
}

export function userListRows(users: UserRow[]): UserListRow[] {
  return users.map((user) => ({ href: `/admin/users/${user.id}`, ...shownUser(user) }));
}

interface SelectItem {
  value: string;
  text: string;
  selected?: boolean;
}

/** The filter form's options, with what was chosen kept selected. */
export function userFilterOptions(filter: UsersFilter): {
  roles: SelectItem[];
  statuses: SelectItem[];
} {
  return {
    roles: [
      { value: '', text: 'Any role' },
      ...ROLES.map((role) => ({
        value: role,
        text: ROLE_NAMES[role],
        selected: filter.role === role,
      })),
    ],
    statuses: [
      { value: '', text: 'Active or disabled' },
      { value: 'active', text: 'Active', selected: filter.status === 'active' },
      { value: 'disabled', text: 'Disabled', selected: filter.status === 'disabled' },
    ],
  };
}

export function usersListHeading(count: number, filter: UsersFilter): string {
  const filtered = Boolean(filter.q || filter.role || filter.status);
  const people = countInWords(count, 'user', 'users');
  return filtered ? `${people} found` : people;
}

/** What the form shows: the values typed, or the user's current details. */
export interface UserFormValues {
  displayName?: unknown;
  email?: unknown;
  teamId?: unknown;
  languages?: unknown;
  roles: string[];
}

export function formValuesFromUser(user: UserRow): UserFormValues {
  return {
    displayName: user.display_name,
    email: user.email,
    teamId: user.team_id ?? '',
    languages: user.languages.join(', '),
    roles: [...user.roles],
  };
}

export function formValuesFromBody(body: unknown): UserFormValues {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    displayName: fields.displayName,
    email: fields.email,
    teamId: fields.teamId,
    languages: fields.languages,
    roles: asList(fields.roles),
  };
}

export function roleCheckboxItems(values: UserFormValues) {
  return ROLES.map((role) => ({
    value: role,
    text: ROLE_NAMES[role],
    checked: values.roles.includes(role),
  }));
}

export function teamSelectItems(teams: TeamRow[], values: UserFormValues): SelectItem[] {
  return [
    { value: '', text: 'No team (administrators only)' },
    ...teams.map((team) => ({
      value: team.id,
      text: team.active ? team.name : `${team.name} (disabled team)`,
      selected: values.teamId === team.id,
    })),
  ];
}

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  team: string;
  roles: string[];
  languages: string[];
  status: StatusTag;
  active: boolean;
  lastSignedIn: string;
}

export function userSummary(user: UserRow): UserSummary {
  return { id: user.id, ...shownUser(user), active: user.active };
}

const OWN_NOTICES: Partial<Record<UserNotice, string>> = {
  updated: 'Your details have been changed',
  'roles-changed':
    'Your roles have been changed. You have been signed out of Kindred everywhere else',
};

const NOTICES: Record<UserNotice, (name: string) => string> = {
  updated: (name) => `${name}’s details have been changed`,
  'roles-changed': (name) =>
    `${name}’s details have been changed. They have been signed out and will see their new roles when they sign in again`,
  disabled: (name) => `${name}’s account has been disabled and they have been signed out`,
  enabled: (name) => `${name}’s account has been enabled. They can sign in again`,
};

export function userNoticeText(
  notice: UserNotice | undefined,
  user: UserRow,
  viewedBySelf: boolean,
): string | null {
  if (!notice) return null;
  return (viewedBySelf ? OWN_NOTICES[notice] : undefined) ?? NOTICES[notice](user.display_name);
}
