import type {
  AskedBy,
  AttendedHow,
  ConferenceDayStatus,
  ConferencePart,
} from '../../../db/schema.ts';
import { londonDateOf, londonTimeOf } from '../../../domain/london-time.ts';
import { networkPersonName } from '../../../domain/person-name.ts';
import { formatDateTime } from '../../../platform/date-format.ts';
import { dateValues } from '../../journeys/form-fields.ts';
import type { ConferenceRow, InvitationWithName } from '../conferences.repository.ts';
import type { AttendanceWithName, ConferenceDayRow } from './day.repository.ts';

export const PART_TEXT: Record<ConferencePart, string> = {
  information_sharing: 'Information sharing',
  private_family_time: 'Private family time',
  agreeing_the_plan: 'Agreeing the plan',
};
export const HOW_TEXT: Record<AttendedHow, string> = {
  in_person: 'In person',
  remote: 'Joined remotely',
};
export const ASKED_BY_TEXT: Record<AskedBy, string> = {
  young_person: 'The young person',
  family: 'The family',
};
export const DAY_STATUS_TEXT: Record<ConferenceDayStatus, string> = {
  held: 'Held',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

const NOTICES: Record<string, string> = {
  attendance: 'The register is updated',
  'information-shared': 'What was shared is recorded',
  'private-family-time': 'Private family time is recorded',
  held: 'What happened to the conference is recorded',
};
export const dayNoticeText = (notice: unknown) =>
  typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;

const hhmm = (time: string | null) => (time ?? '').slice(0, 5);

/** The name on the register: the network person's, the invited professional's, or as typed. */
export function attendeeName(row: AttendanceWithName): string {
  if (row.first_name !== null) {
    return networkPersonName({
      first_name: row.first_name,
      last_name: row.last_name,
      known_as: row.known_as,
    });
  }
  return row.professional_name ?? row.name ?? 'Someone';
}

const roleOf = (row: AttendanceWithName) => row.relationship ?? row.professional_role ?? row.role;

/** The register as summary-list rows (they stack on a tablet, unlike a wide table). */
export function registerRows(rows: readonly AttendanceWithName[], changeHref: string | null) {
  return rows.map((row) => {
    const name = attendeeName(row);
    const role = roleOf(row);
    const who = row.invitation_id ? `invitation:${row.invitation_id}` : `member:${row.member_id}`;
    const changeable = changeHref && (row.invitation_id || row.member_id);
    return {
      key: { text: role ? `${name} (${role})` : name },
      value: {
        text: `${HOW_TEXT[row.attended_how]}. ${row.parts.map((part) => PART_TEXT[part]).join(', ')}`,
      },
      ...(changeable
        ? {
            actions: {
              items: [
                {
                  href: `${changeHref}?who=${encodeURIComponent(who)}`,
                  text: 'Change',
                  visuallyHiddenText: ` how ${name} came`,
                },
              ],
            },
          }
        : {}),
    };
  });
}

/** Who the register form offers: the invited, then network members who were not invited. */
export function whoItems(
  invitations: readonly InvitationWithName[],
  uninvited: ReadonlyArray<
    Parameters<typeof networkPersonName>[0] & { id: string; relationship: string | null }
  >,
  chosen: unknown,
) {
  const invited = invitations.map((invitation) => {
    const value = `invitation:${invitation.id}`;
    const name =
      invitation.first_name !== null
        ? networkPersonName({
            first_name: invitation.first_name,
            last_name: invitation.last_name,
            known_as: invitation.known_as,
          })
        : (invitation.professional_name ?? '');
    const role = invitation.relationship ?? invitation.professional_role;
    return {
      value,
      text: name,
      hint: role ? { text: role } : undefined,
      checked: chosen === value,
    };
  });
  const members = uninvited.map((member) => {
    const value = `member:${member.id}`;
    return {
      value,
      text: networkPersonName(member),
      hint: { text: `${member.relationship ? `${member.relationship}, ` : ''}not invited` },
      checked: chosen === value,
    };
  });
  return [...invited, ...members];
}

/** What happened to the conference, in a sentence. */
export function heldText(day: ConferenceDayRow | null): string {
  if (!day?.status) return 'Not recorded yet';
  if (day.status === 'held' && day.held_from && day.held_to) {
    return `Held on ${formatDateTime(day.held_from)}, until ${londonTimeOf(day.held_to)}`;
  }
  return `${DAY_STATUS_TEXT[day.status]}: ${day.status_reason ?? ''}`;
}

/** Private family time, in summary-list rows. */
export function privateTimeRows(day: ConferenceDayRow | null) {
  if (!day?.private_from) {
    return [{ key: { text: 'When' }, value: { text: 'Not recorded yet' } }];
  }
  const stayed = day.private_professional
    ? `${day.private_professional}, because ${(ASKED_BY_TEXT[day.private_asked_by ?? 'family'] ?? '').toLowerCase()} asked${day.private_asked_by_name ? ` (${day.private_asked_by_name})` : ''}`
    : 'No professional stayed';
  return [
    {
      key: { text: 'When' },
      value: { text: `${hhmm(day.private_from)} to ${hhmm(day.private_to)}` },
    },
    { key: { text: 'Professional present' }, value: { text: stayed } },
  ];
}

/** The held form's values: as saved, or the conference's planned day to start from. */
export function heldValues(day: ConferenceDayRow | null, conference: ConferenceRow) {
  const from = day?.held_from ?? conference.starts_at;
  const to =
    day?.held_to ??
    (conference.starts_at
      ? new Date(conference.starts_at.getTime() + (conference.duration_minutes ?? 0) * 60_000)
      : null);
  return {
    status: day?.status ?? '',
    reason: day?.status_reason ?? '',
    ...(from ? dateValues('heldOn', londonDateOf(from)) : {}),
    startedAt: from ? londonTimeOf(from) : '',
    endedAt: to ? londonTimeOf(to) : '',
  };
}

export function privateTimeValues(day: ConferenceDayRow | null) {
  return {
    from: hhmm(day?.private_from ?? null),
    to: hhmm(day?.private_to ?? null),
    professionalPresent: day?.private_from ? (day.private_professional ? 'yes' : 'no') : '',
    professional: day?.private_professional ?? '',
    askedBy: day?.private_asked_by ?? '',
    askedByName: day?.private_asked_by_name ?? '',
  };
}

export const planHref = (journeyId: string, conferenceId: string) =>
  `/journeys/${journeyId}/conferences/${conferenceId}/plan`;

/** The one way to a conference's plan: a link or button in words that fit, or why there is none. */
export type PlanLink =
  | { text: 'Go to the plan' | 'Write the plan'; href: string }
  | { explanation: string };

/**
 * Go to the plan once it exists; write it when the plan's own rule would let it start (held, or
 * another way of deciding); otherwise say why there is no plan yet.
 */
export function planLink(facts: {
  href: string;
  hasPlan: boolean;
  canWrite: boolean;
  cannotStart: string | null;
  journeyEnded: boolean;
}): PlanLink {
  if (facts.hasPlan) return { text: 'Go to the plan', href: facts.href };
  if (facts.journeyEnded) return { explanation: 'The journey ended before a plan was written' };
  if (!facts.canWrite) {
    return { explanation: 'There is no plan yet. The coordinator writes it at the conference' };
  }
  if (facts.cannotStart) return { explanation: facts.cannotStart };
  return { text: 'Write the plan', href: facts.href };
}
