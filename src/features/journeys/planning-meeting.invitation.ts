import { buildInvitation } from '../../domain/icalendar.ts';
import { KIND_NAMES } from './journey-labels.ts';
import type { JourneyRow } from './journeys.repository.ts';
import type { PlanningMeetingRow } from './planning-meeting.repository.ts';
import type { Invitee } from './planning-meeting.service.ts';

/**
 * The planning meeting as an iCalendar invitation. It names the referral by its reference only,
 * never the child: invitations are sent by email and sit in calendars.
 */
export function invitationFor(
  journey: Pick<JourneyRow, 'id' | 'kind' | 'reference' | 'coordinator_id'>,
  meeting: Pick<PlanningMeetingRow, 'starts_at' | 'duration_minutes' | 'venue' | 'carer_invited'>,
  invitees: readonly Invitee[],
  sequence: number,
  now: Date,
): string {
  const staff = invitees.filter(
    (invitee): invitee is Invitee & { email: string } => invitee.email !== null,
  );
  const organiser = staff.find((invitee) => invitee.userId === journey.coordinator_id);
  const kind = KIND_NAMES[journey.kind];
  const description = [
    `${kind} planning meeting for referral ${journey.reference}.`,
    'To agree: the key objectives; constraints and risks; how the young person will take part and the support they need (advocate, interpreter or translator); the carer’s support needs; consent; timescales and next steps.',
    'Please bring the chronology if you have not sent it.',
    meeting.carer_invited ? 'The carer is invited too.' : '',
    'The details of the referral are in Kindred.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return buildInvitation({
    uid: `planning-meeting-${journey.id}@kindred`,
    sequence,
    stamp: now,
    start: meeting.starts_at,
    end: new Date(meeting.starts_at.getTime() + meeting.duration_minutes * 60_000),
    summary: `${kind} planning meeting (${journey.reference})`,
    location: meeting.venue,
    description,
    organiser: organiser
      ? { name: organiser.name, email: organiser.email }
      : { name: 'Kindred', email: 'no-reply@kindred.invalid' },
    attendees: staff
      .filter((invitee) => invitee !== organiser)
      .map((invitee) => ({ name: invitee.name, email: invitee.email })),
  });
}
