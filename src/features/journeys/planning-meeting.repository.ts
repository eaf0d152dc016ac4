import type { Tx } from '../../db/database.ts';

export async function findPlanningMeeting(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('planning_meetings')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .executeTakeFirst();
}

export type PlanningMeetingRow = NonNullable<Awaited<ReturnType<typeof findPlanningMeeting>>>;

export interface MeetingArrangements {
  startsAt: Date;
  durationMinutes: number;
  venue: string;
  carerInvited: boolean;
}

/** Schedules the journey's planning meeting, or moves it: one meeting per journey. */
export async function saveArrangements(
  tx: Tx,
  organisationId: string,
  journeyId: string,
  meeting: MeetingArrangements,
) {
  const values = {
    starts_at: meeting.startsAt,
    duration_minutes: meeting.durationMinutes,
    venue: meeting.venue,
    carer_invited: meeting.carerInvited,
    updated_at: new Date(),
  };
  return tx
    .insertInto('planning_meetings')
    .values({ ...values, organisation_id: organisationId, journey_id: journeyId })
    .onConflict((conflict) =>
      conflict.columns(['organisation_id', 'journey_id']).doUpdateSet(values),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface MeetingRecord {
  attendees: string;
  objectives: string;
  constraintsAndRisks: string;
  participationNeeds: string;
  advocateOffered: boolean;
  interpreterOffered: boolean;
  carerSupportNeeds: string | null;
  consentIssues: string | null;
  timescalesAndNextSteps: string;
  chronologyProvided: boolean;
}

export async function saveRecord(
  tx: Tx,
  meetingId: string,
  record: MeetingRecord,
  recordedBy: string,
) {
  await tx
    .updateTable('planning_meetings')
    .set({
      attendees: record.attendees,
      objectives: record.objectives,
      constraints_and_risks: record.constraintsAndRisks,
      participation_needs: record.participationNeeds,
      advocate_offered: record.advocateOffered,
      interpreter_offered: record.interpreterOffered,
      carer_support_needs: record.carerSupportNeeds,
      consent_issues: record.consentIssues,
      timescales_and_next_steps: record.timescalesAndNextSteps,
      chronology_provided: record.chronologyProvided,
      recorded_at: new Date(),
      recorded_by: recordedBy,
      updated_at: new Date(),
    })
    .where('id', '=', meetingId)
    .execute();
}

/** How many times the meeting has been scheduled: the invitation's SEQUENCE is one less. */
export async function timesScheduled(tx: Tx, journeyId: string): Promise<number> {
  const row = await tx
    .selectFrom('journey_events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('journey_id', '=', journeyId)
    .where('kind', '=', 'planning_meeting_scheduled')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
