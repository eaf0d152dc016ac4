import { londonDateOf, londonTimeOf } from '../../domain/london-time.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import { dateValues } from './form-fields.ts';
import { escapeHtml, paragraphsHtml } from './journey-labels.ts';
import type { PlanningMeetingRow } from './planning-meeting.repository.ts';
import { DURATIONS } from './planning-meeting.schemas.ts';
import type { Invitee } from './planning-meeting.service.ts';

export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} hour${hours > 1 ? 's' : ''}`);
  if (rest) parts.push(`${rest} minutes`);
  return parts.join(' ');
}

export function durationItems(selected: unknown) {
  return DURATIONS.map((minutes) => ({
    value: minutes,
    text: durationText(Number(minutes)),
    selected: String(selected ?? '60') === minutes,
  }));
}

export function inviteeRows(invitees: readonly Invitee[], carers: string[], carerInvited: boolean) {
  const rows = invitees.map((invitee) => ({
    key: { text: invitee.role },
    value: { text: invitee.name },
  }));
  if (carerInvited) {
    rows.push({ key: { text: 'Carer' }, value: { text: carers.join('; ') || 'Invited' } });
  }
  return rows;
}

export function arrangementRows(meeting: PlanningMeetingRow) {
  return [
    { key: { text: 'When' }, value: { text: formatDateTime(meeting.starts_at) } },
    { key: { text: 'How long' }, value: { text: durationText(meeting.duration_minutes) } },
    { key: { text: 'Where' }, value: { text: meeting.venue } },
    { key: { text: 'Carer invited' }, value: { text: meeting.carer_invited ? 'Yes' : 'No' } },
  ];
}

const yesNoText = (value: boolean | null) =>
  value === null ? 'Not recorded' : value ? 'Yes' : 'No';
const textHtml = (value: string | null) =>
  value ? paragraphsHtml(value) : `<p class="govuk-body">${escapeHtml('None recorded')}</p>`;

export function recordRows(meeting: PlanningMeetingRow) {
  return [
    ['Who came', textHtml(meeting.attendees)],
    ['Key objectives', textHtml(meeting.objectives)],
    ['Constraints and risks', textHtml(meeting.constraints_and_risks)],
    [
      'How the young person will take part, and their support needs',
      textHtml(meeting.participation_needs),
    ],
    ['Advocate offered', escapeHtml(yesNoText(meeting.advocate_offered))],
    ['Interpreter or translator offered', escapeHtml(yesNoText(meeting.interpreter_offered))],
    ['The carer’s support needs', textHtml(meeting.carer_support_needs)],
    ['Consent issues', textHtml(meeting.consent_issues)],
    [
      'Timescales and next steps agreed by all agencies',
      textHtml(meeting.timescales_and_next_steps),
    ],
    ['Chronology provided', escapeHtml(yesNoText(meeting.chronology_provided))],
  ].map(([key, html]) => ({ key: { text: key }, value: { html } }));
}

/** The schedule form filled in with the meeting as it is arranged now. */
export function scheduleValues(meeting: PlanningMeetingRow | undefined) {
  if (!meeting) return { duration: '60' };
  return {
    ...dateValues('meetingOn', londonDateOf(meeting.starts_at)),
    time: londonTimeOf(meeting.starts_at),
    duration: String(meeting.duration_minutes),
    venue: meeting.venue,
    carerInvited: meeting.carer_invited ? 'yes' : '',
  };
}

const yesNoValue = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

/** The record form filled in with what was recorded before, if anything. */
export function recordValues(meeting: PlanningMeetingRow | undefined) {
  if (!meeting?.recorded_at) return {};
  return {
    attendees: meeting.attendees ?? '',
    objectives: meeting.objectives ?? '',
    constraintsAndRisks: meeting.constraints_and_risks ?? '',
    participationNeeds: meeting.participation_needs ?? '',
    advocateOffered: yesNoValue(meeting.advocate_offered),
    interpreterOffered: yesNoValue(meeting.interpreter_offered),
    carerSupportNeeds: meeting.carer_support_needs ?? '',
    consentIssues: meeting.consent_issues ?? '',
    timescalesAndNextSteps: meeting.timescales_and_next_steps ?? '',
    chronologyProvided: yesNoValue(meeting.chronology_provided),
  };
}
