import type { Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  decidePlanningMeetingChange,
  decideRecordingMeeting,
} from '../../domain/journey-status.ts';
import { instantFromLondon } from '../../domain/london-time.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import {
  auditJourney,
  type Caller,
  canWork,
  type JourneyCase,
  type JourneyCases,
  recordJourneyEvent,
} from './journey-case.service.ts';
import { insertJourneyEvent } from './journeys.repository.ts';
import { invitationFor } from './planning-meeting.invitation.ts';
import {
  findPlanningMeeting,
  saveArrangements,
  saveRecord,
  timesScheduled,
} from './planning-meeting.repository.ts';
import type { RecordForm, ScheduleForm } from './planning-meeting.schemas.ts';

export interface Invitee {
  role: string;
  name: string;
  email: string | null;
  userId: string | null;
}

/**
 * Who the planning meeting is for (DOMAIN.md, stage 2): the coordinator, the team manager who
 * matched the referral, the referrer (usually the social worker), the children's allocated social
 * workers and IROs, and the carer where appropriate.
 */
async function inviteesOf(tx: Tx, cases: JourneyCases, found: JourneyCase): Promise<Invitee[]> {
  const { journey, children } = found;
  const manager = journey.matched_by ?? journey.decided_by;
  const wanted: Array<[string, string | null]> = [
    ['Coordinator', journey.coordinator_id],
    ['Team manager', manager],
    ['Referrer', journey.referrer_id],
    ...children.map((child): [string, string | null] => ['Social worker', child.social_worker_id]),
    ...children.map((child): [string, string | null] => ['IRO', child.iro_id]),
  ];
  const people = await cases.people(
    tx,
    wanted.map(([, id]) => id),
  );
  const invitees: Invitee[] = [];
  for (const [role, id] of wanted) {
    const person = people.find((p) => p.id === id);
    if (!person || invitees.some((invitee) => invitee.userId === person.id)) continue;
    invitees.push({ role, name: person.display_name, email: person.email, userId: person.id });
  }
  return invitees;
}

function carersOf(found: JourneyCase): string[] {
  return found.children
    .map((child) => child.carers)
    .filter((carers): carers is string => Boolean(carers));
}

/** The planning meeting of stage 2: scheduled, shared as an invitation, then recorded. */
export class PlanningMeetingService {
  constructor(private readonly cases: JourneyCases) {}

  overview(caller: Caller, journeyId: string) {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      const meeting = await findPlanningMeeting(tx, found.journey.id);
      const invitees = await inviteesOf(tx, this.cases, found);
      await auditJourney(tx, caller, found.journey.id, 'planning-meeting.viewed');
      const working = canWork(caller, found);
      return {
        outcome: 'found' as const,
        found,
        meeting,
        invitees,
        carers: carersOf(found),
        canSchedule: working && decidePlanningMeetingChange(found.journey, 'schedule').allowed,
        canRecord:
          working &&
          meeting !== undefined &&
          decidePlanningMeetingChange(found.journey, 'record').allowed,
        blockedReason: working ? blockedReason(found) : null,
      };
    });
  }

  /** The schedule or record form: refused up front when the journey is not at that point. */
  formPage(caller: Caller, journeyId: string, change: 'schedule' | 'record') {
    const page = `planning-meeting-${change}`;
    return this.cases.formPage(caller, journeyId, page, async (tx, found) => {
      const meeting = await findPlanningMeeting(tx, found.journey.id);
      const decision = decidePlanningMeetingChange(found.journey, change);
      const today = todayInLondon();
      const held = meeting ? decideRecordingMeeting(meeting.starts_at, new Date()) : null;
      const reason = !decision.allowed
        ? decision.reason
        : change === 'record' && !meeting
          ? 'Schedule the planning meeting before recording it.'
          : change === 'record' && held && !held.allowed
            ? held.reason
            : null;
      return {
        outcome: 'found' as const,
        found,
        meeting,
        invitees: await inviteesOf(tx, this.cases, found),
        carers: carersOf(found),
        blockedReason: reason,
        today,
      };
    });
  }

  schedule(caller: Caller, journeyId: string, form: ScheduleForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decidePlanningMeetingChange(found.journey, 'schedule');
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      const before = await findPlanningMeeting(tx, found.journey.id);
      const startsAt = instantFromLondon(form.meetingOn, form.time);
      // With no carer recorded there is nobody to invite: the form offers a link to record one.
      const carerInvited = form.carerInvited && carersOf(found).length > 0;
      const { id } = await saveArrangements(tx, caller.user.organisationId, found.journey.id, {
        startsAt,
        durationMinutes: form.durationMinutes,
        venue: form.venue,
        carerInvited,
      });
      await recordJourneyEvent(
        tx,
        caller,
        found.journey.id,
        {
          kind: 'planning_meeting_scheduled',
          reason: `${before ? 'Moved to' : 'Set for'} ${formatDateTime(startsAt)}.`,
        },
        {
          action: 'planning-meeting.scheduled',
          detail: {
            planningMeetingId: id,
            rescheduled: before !== undefined,
            carerInvited,
          },
        },
      );
      return { outcome: 'done' };
    });
  }

  record(caller: Caller, journeyId: string, form: RecordForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decidePlanningMeetingChange(found.journey, 'record');
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      const meeting = await findPlanningMeeting(tx, found.journey.id);
      if (!meeting) {
        return {
          outcome: 'refused',
          reason: 'Schedule the planning meeting before recording it.',
        };
      }
      const held = decideRecordingMeeting(meeting.starts_at, new Date());
      if (!held.allowed) return { outcome: 'refused', reason: held.reason };
      await saveRecord(tx, meeting.id, form, caller.user.id);
      const first = meeting.recorded_at === null;
      // Recording it again corrects the record; the history keeps the first time it was recorded.
      if (first) {
        await insertJourneyEvent(tx, {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          kind: 'planning_meeting_recorded',
          actorId: caller.user.id,
        });
      }
      await auditJourney(tx, caller, found.journey.id, 'planning-meeting.recorded', {
        planningMeetingId: meeting.id,
        corrected: !first,
      });
      return { outcome: 'done' };
    });
  }

  /** The .ics invitation: no child's name in it, because invitations travel by email. */
  invitation(caller: Caller, journeyId: string) {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      const meeting = await findPlanningMeeting(tx, found.journey.id);
      if (!meeting) return { outcome: 'not-found' as const };
      const invitees = await inviteesOf(tx, this.cases, found);
      const sequence = Math.max(0, (await timesScheduled(tx, found.journey.id)) - 1);
      await auditJourney(tx, caller, found.journey.id, 'planning-meeting.invitation-downloaded', {
        planningMeetingId: meeting.id,
      });
      return {
        outcome: 'found' as const,
        reference: found.journey.reference,
        ics: invitationFor(found.journey, meeting, invitees, sequence, new Date()),
      };
    });
  }
}

function blockedReason(found: JourneyCase): string | null {
  const decision = decidePlanningMeetingChange(found.journey, 'schedule');
  return decision.allowed ? null : decision.reason;
}
