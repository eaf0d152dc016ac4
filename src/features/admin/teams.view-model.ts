import type { TeamWithMembers } from './teams.repository.ts';
import type { TeamsNotice } from './teams.schemas.ts';

export interface StatusTag {
  text: string;
  classes: string;
}

export function statusTag(active: boolean): StatusTag {
  return active
    ? { text: 'Active', classes: 'govuk-tag--green' }
    : { text: 'Disabled', classes: 'govuk-tag--grey' };
}

export interface TeamListRow {
  name: string;
  activeUsers: number;
  status: StatusTag;
  renameHref: string;
  statusChange: { href: string; text: string };
}

export function teamListRows(teams: TeamWithMembers[]): TeamListRow[] {
  return teams.map((team) => ({
    name: team.name,
    activeUsers: team.active_users,
    status: statusTag(team.active),
    renameHref: `/admin/teams/${team.id}/rename`,
    statusChange: team.active
      ? { href: `/admin/teams/${team.id}/disable`, text: 'Disable' }
      : { href: `/admin/teams/${team.id}/enable`, text: 'Enable' },
  }));
}

const NOTICE_WORDS: Record<NonNullable<TeamsNotice['notice']>, string> = {
  created: 'added',
  renamed: 'renamed',
  disabled: 'disabled',
  enabled: 'enabled',
};

/** The success banner after a change, naming the team if it is still in the list. */
export function teamsNoticeText(notice: TeamsNotice, teams: TeamWithMembers[]): string | null {
  if (!notice.notice) return null;
  const team = teams.find((candidate) => candidate.id === notice.team);
  const verb = NOTICE_WORDS[notice.notice];
  return team ? `${team.name} ${verb}` : `Team ${verb}`;
}

export interface TeamStatusPage {
  title: string;
  explanation: string;
  buttonText: string;
  buttonClasses: string;
  action: string;
}

/** The confirmation page before a team is disabled or enabled. */
export function teamStatusPage(team: TeamWithMembers, active: boolean): TeamStatusPage {
  if (active) {
    return {
      title: `Enable ${team.name}`,
      explanation: 'Administrators will be able to choose this team for people again.',
      buttonText: 'Enable team',
      buttonClasses: '',
      action: `/admin/teams/${team.id}/enable`,
    };
  }
  const members =
    team.active_users === 1 ? '1 active user is' : `${team.active_users} active users are`;
  return {
    title: `Disable ${team.name}`,
    explanation: `${members} in this team. They stay in it, but nobody can be added to a disabled team. You can enable it again later.`,
    buttonText: 'Disable team',
    buttonClasses: 'govuk-button--warning',
    action: `/admin/teams/${team.id}/disable`,
  };
}
