import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  eventKinds,
  PLANNING_RECORD,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastApp;
const meetingOn = addDays(todayInLondon(), 14);

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

describe('the planning meeting, refused', () => {
  it('refuses a schedule with problems, and writes nothing', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const response = await coordinator.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', addDays(todayInLondon(), -1)),
      time: '25:00',
      duration: '60',
      venue: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The date of the meeting must be today or in the future');
    expect(response.body).toContain('Enter the time as, for example, 10:30 or 2pm');
    expect(response.body).toContain('Enter where the meeting will be');
    expect(response.body).toContain('value="25:00"');
    // The error summary follows the order of the page: the date comes first.
    expect(response.body.indexOf('#meetingOn-day')).toBeLessThan(response.body.indexOf('#venue'));
    const empty = await coordinator.post(`/journeys/${journeyId}/planning-meeting/schedule`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the date of the meeting');
    expect(empty.body).toContain('Enter the time of the meeting');
    const rows = await context.ownerDb.db
      .selectFrom('planning_meetings')
      .select('id')
      .where('journey_id', '=', journeyId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a record with missing answers, and cannot be recorded before it is scheduled', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const early = await coordinator.get(`/journeys/${journeyId}/planning-meeting/record`);
    expect(early.body).toContain('Schedule the planning meeting before recording it.');
    const refused = await coordinator.post(
      `/journeys/${journeyId}/planning-meeting/record`,
      PLANNING_RECORD,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Schedule the planning meeting before recording it.');

    await coordinator.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', meetingOn),
      time: '09:30',
      duration: '60',
      venue: 'Civic Centre',
    });
    const missing = await coordinator.post(`/journeys/${journeyId}/planning-meeting/record`, {
      ...PLANNING_RECORD,
      objectives: '',
      chronologyProvided: '',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Enter the key objectives');
    expect(missing.body).toContain('Select yes if the chronology was provided');
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual([
      'opened',
      'planning_meeting_scheduled',
    ]);
  });

  it('is shown to the IRO without the change links, and not found for others', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    await coordinator.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', meetingOn),
      time: '11:00',
      duration: '60',
      venue: 'Civic Centre',
    });
    const iro = await signedIn(context.app, cast.iro);
    const page = await iro.get(`/journeys/${journeyId}/planning-meeting`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Download the invitation');
    expect(page.body).not.toContain('Change the date, time or place');
    expect((await iro.get(`/journeys/${journeyId}/planning-meeting.ics`)).statusCode).toBe(200);
    expect((await iro.get(`/journeys/${journeyId}/planning-meeting/schedule`)).statusCode).toBe(
      403,
    );

    const otherIro = await signedIn(context.app, cast.otherIro);
    expect((await otherIro.get(`/journeys/${journeyId}/planning-meeting`)).statusCode).toBe(404);
    expect((await otherIro.get(`/journeys/${journeyId}/planning-meeting.ics`)).statusCode).toBe(
      404,
    );
    const other = await signedIn(context.app, cast.otherCoordinator);
    const post = await other.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', meetingOn),
      time: '11:00',
      duration: '60',
      venue: 'Elsewhere',
    });
    expect(post.statusCode).toBe(404);
  });
});

describe('the planning meeting, with no carer recorded', () => {
  it('offers a link to record the carer instead of a box that cannot be used', async () => {
    const { context, cast } = setup;
    const { journeyId, childIds } = await arrangeJourney(context.ownerDb.db, cast);
    const childId = childIds[0] ?? '';
    await context.ownerDb.db
      .updateTable('children')
      .set({ carers: null })
      .where('id', '=', childId)
      .execute();
    const coordinator = await signedIn(context.app, cast.coordinator);
    const form = await coordinator.get(`/journeys/${journeyId}/planning-meeting/schedule`);
    expect(form.body).not.toContain('Invite the carer');
    expect(form.body).not.toContain('sent by email');
    expect(form.body).toContain('calendar file');
    expect(form.body).toContain(`href="/children/${childId}/edit">Record Jordan’s carer</a>`);

    // A carer cannot be invited while none is recorded, even if the request says so.
    const scheduled = await coordinator.post(`/journeys/${journeyId}/planning-meeting/schedule`, {
      ...dateFields('meetingOn', meetingOn),
      time: '10:00',
      duration: '60',
      venue: 'Civic Centre',
      carerInvited: 'yes',
    });
    expect(scheduled.statusCode).toBe(303);
    const meeting = await context.ownerDb.db
      .selectFrom('planning_meetings')
      .select('carer_invited')
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    expect(meeting.carer_invited).toBe(false);
  });
});
