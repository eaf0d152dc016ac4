import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { instantFromLondon } from '../../domain/london-time.ts';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  eventKinds,
  journeyAuditActions,
  journeyRow,
  PLANNING_RECORD,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastApp;
const meetingOn = addDays(todayInLondon(), 14);

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

describe('the planning meeting', () => {
  it('is scheduled, shared as an invitation, recorded, and lets the journey move to discovery', async () => {
    const { context, cast } = setup;
    const { journeyId, reference } = await arrangeJourney(context.ownerDb.db, cast, {
      children: [{ firstName: 'Jordan', lastName: 'Rivers' }],
    });
    const coordinator = await signedIn(context.app, cast.coordinator);

    const overview = await coordinator.get(`/journeys/${journeyId}/planning-meeting`);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('The planning meeting has not been scheduled yet.');
    expect((await coordinator.get(`/journeys/${journeyId}/planning-meeting.ics`)).statusCode).toBe(
      404,
    );

    const form = await coordinator.get(`/journeys/${journeyId}/planning-meeting/schedule`);
    expect(form.statusCode).toBe(200);
    for (const name of [
      'Cara Coordinator',
      'Morgan Manager',
      'Sasha Socialworker',
      'Ira Reviewing',
    ]) {
      expect(form.body).toContain(name);
    }
    expect(form.body).toContain('Foster carers: Pat and Lee Carer');

    const scheduled = await coordinator.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', meetingOn),
      time: '2:30pm',
      duration: '90',
      venue: 'Room 4, Civic Centre, Market Street',
      carerInvited: 'yes',
    });
    expect(scheduled.statusCode).toBe(303);
    const meeting = await context.ownerDb.db
      .selectFrom('planning_meetings')
      .selectAll()
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    expect(meeting.starts_at.toISOString()).toBe(
      instantFromLondon(meetingOn, '14:30').toISOString(),
    );
    expect(meeting.duration_minutes).toBe(90);
    expect(meeting.carer_invited).toBe(true);

    const ics = await coordinator.get(`/journeys/${journeyId}/planning-meeting.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.headers['content-disposition']).toBe(
      `attachment; filename="planning-meeting-${reference}.ics"`,
    );
    const body = ics.body;
    expect(body).not.toContain('Jordan');
    expect(body).not.toContain('Rivers');
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const unfolded = body.replaceAll('\r\n ', '');
    const start = instantFromLondon(meetingOn, '14:30');
    const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
    expect(unfolded).toContain(`DTSTART:${utc(start)}\r\n`);
    expect(unfolded).toContain(`DTEND:${utc(new Date(start.getTime() + 90 * 60_000))}\r\n`);
    expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(unfolded).toContain(`UID:planning-meeting-${journeyId}@kindred\r\n`);
    expect(unfolded).toContain(`SUMMARY:Lifelong Links planning meeting (${reference})\r\n`);
    expect(unfolded).toContain('LOCATION:Room 4\\, Civic Centre\\, Market Street\r\n');
    expect(unfolded).toContain(`ORGANIZER;CN=Cara Coordinator:mailto:${cast.coordinator.email}`);
    for (const person of [cast.manager, cast.referrer, cast.iro]) {
      expect(unfolded).toContain(`:mailto:${person.email}\r\n`);
    }
    expect(unfolded).toContain('The carer is invited too.');
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const moveTooSoon = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: 'Meeting booked',
    });
    expect(moveTooSoon.statusCode).toBe(400);

    const tooEarly = await coordinator.post(
      `/journeys/${journeyId}/planning-meeting/record`,
      PLANNING_RECORD,
    );
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.body).toContain('Record it once it has been held');

    // The day of the meeting comes, but the meeting has not started yet.
    await context.ownerDb.db
      .updateTable('planning_meetings')
      .set({ starts_at: new Date(Date.now() + 3_600_000) })
      .where('journey_id', '=', journeyId)
      .execute();
    const laterToday = await coordinator.post(
      `/journeys/${journeyId}/planning-meeting/record`,
      PLANNING_RECORD,
    );
    expect(laterToday.statusCode).toBe(400);
    expect(laterToday.body).toMatch(/The planning meeting starts at \d{1,2}(:\d\d)?[ap]m on/);
    // It has started.
    await context.ownerDb.db
      .updateTable('planning_meetings')
      .set({ starts_at: new Date(Date.now() - 3_600_000) })
      .where('journey_id', '=', journeyId)
      .execute();
    const recordForm = await coordinator.get(`/journeys/${journeyId}/planning-meeting/record`);
    expect(recordForm.statusCode).toBe(200);
    expect(recordForm.body).toContain('Was the chronology provided?');
    const recorded = await coordinator.post(
      `/journeys/${journeyId}/planning-meeting/record`,
      PLANNING_RECORD,
    );
    expect(recorded.statusCode).toBe(303);

    const after = await coordinator.get(`/journeys/${journeyId}/planning-meeting`);
    expect(after.body).toContain('Find and reconnect the people who matter to Jordan');
    expect(after.body).toContain('No contact with the birth father');

    const moved = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: 'Planning meeting held',
    });
    expect(moved.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(3);
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual([
      'opened',
      'planning_meeting_scheduled',
      'planning_meeting_recorded',
      'stage_moved',
    ]);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toEqual(
      expect.arrayContaining([
        'planning-meeting.scheduled',
        'planning-meeting.invitation-downloaded',
        'planning-meeting.recorded',
        'journey.stage-moved',
      ]),
    );
  });

  it('moves a scheduled meeting, and the invitation updates the same event', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const manager = await signedIn(context.app, cast.manager);
    const fields = { time: '10:00', duration: '60', venue: 'Teams call' };
    await manager.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', meetingOn),
      ...fields,
    });
    const change = await manager.get(`/journeys/${journeyId}/planning-meeting/schedule`);
    expect(change.body).toContain('value="Teams call"');
    expect(change.body).toContain('value="10:00"');
    await manager.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', addDays(meetingOn, 1)),
      ...fields,
    });
    const ics = await manager.get(`/journeys/${journeyId}/planning-meeting.ics`);
    expect(ics.body).toContain('SEQUENCE:1\r\n');
    expect(ics.body).not.toContain('The carer is invited too.');
  });
});
