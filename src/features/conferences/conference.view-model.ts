import type {
  ConferenceKind,
  InvitationMethod,
  InvitationReply,
  InvitationStatus,
  RemoteMethod,
} from '../../db/schema.ts';
import { type ReadinessKey, readiness } from '../../domain/conference-rules.ts';
import { londonDateOf, londonTimeOf } from '../../domain/london-time.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { formatDate, formatDateTime } from '../../platform/date-format.ts';
import { dateValues } from '../journeys/form-fields.ts';
import type { ConferenceRow, InvitationWithName, VenueRow } from './conferences.repository.ts';

export const KIND_TEXT: Record<ConferenceKind, string> = {
  lifelong_links_fgc: 'Lifelong Links family group conference',
  fgc: 'Family group conference',
};
export const REMOTE_TEXT: Record<RemoteMethod, string> = {
  teams: 'Microsoft Teams',
  zoom: 'Zoom',
  whatsapp: 'WhatsApp',
  telephone: 'Telephone',
};
export const METHOD_TEXT: Record<InvitationMethod, string> = {
  letter: 'Letter',
  email: 'Email',
  in_person: 'In person',
};
export const STATUS_TEXT: Record<InvitationStatus, string> = {
  to_send: 'Not sent yet',
  sent: 'Sent',
  replied: 'They have replied',
};
export const REPLY_TEXT: Record<InvitationReply, string> = {
  in_person: 'Coming in person',
  remote: 'Joining remotely',
  not_attending: 'Not coming',
};
const READINESS_TEXT: Record<ReadinessKey, { text: string; step: string }> = {
  'young-person': { text: 'Young person prepared', step: 'young-person' },
  network: { text: 'Network prepared', step: 'preparation' },
  professionals: { text: 'Professionals prepared', step: 'preparation' },
  'interpreter-advocate': { text: 'Interpreter and advocate booked', step: 'arrangements' },
  'venue-food': { text: 'Venue and food', step: 'arrangements' },
  invitations: { text: 'Invitations sent', step: 'invitations/new' },
  'written-information': { text: 'Written information shared', step: 'preparation' },
};

export const conferenceHref = (journeyId: string, conferenceId: string) =>
  `/journeys/${journeyId}/conferences/${conferenceId}`;

const row = (key: string, value: string | null | undefined) => ({
  key: { text: key },
  value: { text: value?.trim() ? value : 'Not recorded' },
});

export const inviteeName = (invitation: InvitationWithName) =>
  invitation.first_name
    ? networkPersonName({
        first_name: invitation.first_name,
        last_name: invitation.last_name,
        known_as: invitation.known_as,
      })
    : (invitation.professional_name ?? '');

export function whenText(conference: ConferenceRow): string {
  if (!conference.starts_at) return 'Not set';
  return `${formatDateTime(conference.starts_at)}, for ${durationText(conference.duration_minutes)}`;
}

export function durationText(minutes: number | null): string {
  if (!minutes) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
    rest ? `${rest} minutes` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export function remoteText(conference: ConferenceRow): string | null {
  if (!conference.remote_method) return null;
  const how = REMOTE_TEXT[conference.remote_method];
  return conference.remote_link ? `${how}: ${conference.remote_link}` : how;
}

/** The conference's arrangements, for its page (everyone who may read it sees these). */
export function arrangementRows(conference: ConferenceRow, venue: VenueRow | null | undefined) {
  return [
    row(
      'Kind',
      `${KIND_TEXT[conference.kind]} (${conference.purpose === 'review' ? 'review' : 'first conference'})`,
    ),
    row('When', whenText(conference)),
    row('Venue', venue ? `${venue.name}, ${venue.address}` : null),
    row('Venue accessibility', venue?.accessibility),
    row('Food', conference.food),
    row('Language of the meeting', conference.language),
    row('Interpreters booked', conference.interpreter_languages.join(', ')),
    row('Young person’s advocate', conference.advocate),
    row('Joining remotely', remoteText(conference)),
    row('Ground rules', conference.ground_rules),
  ];
}

/** The readiness list as a GOV.UK task list, each item linking to where it is done. */
export function readinessView(
  conference: ConferenceRow,
  invitations: readonly InvitationWithName[],
  hrefBase: string | null,
) {
  const items = readiness({
    youngPersonPrepared: conference.young_person_prepared,
    networkPrepared: conference.network_prepared,
    professionalsPrepared: conference.professionals_prepared,
    language: conference.language,
    interpreterLanguages: conference.interpreter_languages,
    advocate: conference.advocate,
    venueChosen: conference.venue_id !== null,
    food: conference.food,
    invitations: {
      total: invitations.length,
      toSend: invitations.filter((invitation) => invitation.status === 'to_send').length,
    },
    informationSharedOn: conference.information_shared_on,
  });
  return {
    outstanding: items.filter((item) => !item.done).length,
    total: items.length,
    items: items.map((item) => ({
      title: { text: READINESS_TEXT[item.key].text },
      href: hrefBase ? `${hrefBase}/${READINESS_TEXT[item.key].step}` : undefined,
      status: item.done
        ? { text: 'Done' }
        : { tag: { text: 'Outstanding', classes: 'govuk-tag--yellow' } },
    })),
  };
}

export function invitationRows(
  invitations: readonly InvitationWithName[],
  base: string,
  canWork: boolean,
) {
  return invitations.map((invitation) => {
    const name = inviteeName(invitation);
    const who = invitation.member_id
      ? `${name}${invitation.relationship ? ` (${invitation.relationship})` : ''}`
      : `${name}${invitation.professional_role ? ` (${invitation.professional_role})` : ''}`;
    const links = [
      canWork
        ? `<a class="govuk-link" href="${base}/invitations/${invitation.id}">Record reply<span class="govuk-visually-hidden"> from ${escapeHtml(name)}</span></a>`
        : '',
      `<a class="govuk-link" href="${base}/invitations/${invitation.id}/letter">Letter<span class="govuk-visually-hidden"> to ${escapeHtml(name)}</span></a>`,
      `<a class="govuk-link" href="${base}/invitations/${invitation.id}/calendar.ics" download>Calendar file<span class="govuk-visually-hidden"> for ${escapeHtml(name)}</span></a>`,
    ].filter(Boolean);
    return [
      { text: who },
      { text: METHOD_TEXT[invitation.method] },
      { text: STATUS_TEXT[invitation.status] },
      { text: invitation.reply ? REPLY_TEXT[invitation.reply] : 'No reply yet' },
      { html: links.join('<br>') },
    ];
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Dietary needs and other needs of those coming, and the views of those who are not. */
export function gathered(invitations: readonly InvitationWithName[]) {
  const coming = invitations.filter((invitation) => invitation.reply !== 'not_attending');
  return {
    dietary: coming
      .filter((invitation) => invitation.dietary_needs)
      .map((invitation) => ({
        key: { text: inviteeName(invitation) },
        value: { text: invitation.dietary_needs ?? '' },
      })),
    views: invitations
      .filter((invitation) => invitation.views)
      .map((invitation) => ({
        key: { text: inviteeName(invitation) },
        value: { text: invitation.views ?? '' },
      })),
  };
}

/** The arrangements form's values from a saved conference. */
export function arrangementValues(
  conference: ConferenceRow | null,
  defaults: { kind: ConferenceKind; language: string | null },
) {
  if (!conference?.starts_at) {
    return {
      kind: defaults.kind,
      purpose: 'initial',
      language: defaults.language ?? '',
      remoteMethod: 'none',
    };
  }
  return {
    kind: conference.kind,
    purpose: conference.purpose,
    ...dateValues('startsOn', londonDateOf(conference.starts_at)),
    time: londonTimeOf(conference.starts_at),
    duration: String(conference.duration_minutes),
    venueId: conference.venue_id ?? '',
    food: conference.food ?? '',
    language: conference.language ?? '',
    interpreterLanguages: conference.interpreter_languages.join(', '),
    advocate: conference.advocate ?? '',
    remoteMethod: conference.remote_method ?? 'none',
    remoteLink: conference.remote_link ?? '',
    groundRules: conference.ground_rules ?? '',
  };
}

export function preparationValues(conference: ConferenceRow) {
  return {
    networkPrepared: conference.network_prepared ? 'yes' : '',
    professionalsPrepared: conference.professionals_prepared ? 'yes' : '',
    writtenInformation: conference.written_information ?? '',
    ...(conference.information_shared_on
      ? dateValues('sharedOn', conference.information_shared_on)
      : {}),
    sharedWith: conference.information_shared_with ?? '',
  };
}

export function sharedText(conference: ConferenceRow): string | null {
  if (!conference.information_shared_on) return null;
  return `${formatDate(conference.information_shared_on)}, with ${conference.information_shared_with ?? ''}`;
}

/** What each conference of a journey is, for the list. */
export function conferenceListRows(conferences: readonly ConferenceRow[], journeyId: string) {
  return conferences.map((conference) => ({
    key: {
      text:
        conference.held_as === 'alternative'
          ? 'Another way of deciding'
          : `${KIND_TEXT[conference.kind]}${conference.purpose === 'review' ? ' (review)' : ''}`,
    },
    value: {
      text:
        conference.held_as === 'alternative'
          ? (conference.alternative_way ?? '')
          : whenText(conference),
    },
    actions: {
      items: [
        {
          href: conferenceHref(journeyId, conference.id),
          text: 'Open',
          visuallyHiddenText:
            conference.held_as === 'alternative'
              ? 'the other way of deciding'
              : `the conference of ${whenText(conference)}`,
        },
      ],
    },
  }));
}

const NOTICES: Record<string, string> = {
  planned: 'Conference planned. Work through the readiness list below',
  alternative: 'The other way of deciding is recorded',
  arrangements: 'Arrangements saved',
  'young-person': 'What the young person wants is saved',
  preparation: 'Preparation and written information saved',
  invited: 'Invitation added. Print the letter or download the calendar file to send it',
  reply: 'Invitation updated',
};
export const noticeText = (notice: unknown) =>
  typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
