import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { instantFromLondon } from '../../domain/london-time.ts';
import {
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { arrangeConferenceCase, type ConferenceCase } from './conference-test-support.ts';

let setup: CastApp;
let arranged: ConferenceCase;
const on = addDays(todayInLondon(), 21);

beforeAll(async () => {
  setup = await createCastApp();
  arranged = await arrangeConferenceCase(setup.context.ownerDb.db, setup.cast);
});
afterAll(() => setup.context.close());

const arrangements = (overrides: Record<string, string> = {}) => ({
  kind: 'lifelong_links_fgc',
  purpose: 'initial',
  ...dateFields('startsOn', on),
  time: '10am',
  duration: '180',
  venueId: arranged.venueId,
  food: 'Sandwiches',
  language: 'Polish',
  interpreterLanguages: 'Polish',
  advocate: 'Ade, Advocacy Service',
  remoteMethod: 'teams',
  remoteLink: 'https://teams.example/meet/1',
  groundRules: 'Listen to each other',
  ...overrides,
});

async function conferenceRows() {
  return setup.context.ownerDb.db
    .selectFrom('conferences')
    .selectAll()
    .where('journey_id', '=', arranged.journeyId)
    .execute();
}

describe('planning a conference', () => {
  let conferenceId = '';
  let base = '';

  it('refuses a conference in the past, keeps what was typed and writes nothing', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`/journeys/${arranged.journeyId}/conferences/new`);
    expect(form.statusCode).toBe(200);
    // The meeting's language is the young person's first language unless changed.
    expect(form.body).toContain('value="Polish"');
    const past = await coordinator.post(
      `/journeys/${arranged.journeyId}/conferences/new`,
      arrangements(dateFields('startsOn', addDays(todayInLondon(), -1))),
    );
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('The conference must be in the future');
    expect(past.body).toContain('Listen to each other');
    const empty = await coordinator.post(`/journeys/${arranged.journeyId}/conferences/new`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the date of the conference');
    expect(empty.body).toContain('Enter the time of the conference');
    expect(await conferenceRows()).toHaveLength(0);
  });

  it('is planned with its arrangements, audited, and shows what is outstanding', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const made = await coordinator.post(
      `/journeys/${arranged.journeyId}/conferences/new`,
      arrangements(),
    );
    expect(made.statusCode).toBe(303);
    const [conference] = await conferenceRows();
    if (!conference) throw new Error('no conference saved');
    conferenceId = conference.id;
    base = `/journeys/${arranged.journeyId}/conferences/${conferenceId}`;
    expect(conference.starts_at?.toISOString()).toBe(instantFromLondon(on, '10:00').toISOString());
    expect(conference.interpreter_languages).toEqual(['Polish']);
    expect(await journeyAuditActions(setup.context.ownerDb.db, arranged.journeyId)).toContain(
      'conference.planned',
    );
    const page = await coordinator.get(`${base}?notice=planned`);
    expect(page.body).toContain('Conference planned');
    expect(page.body).toContain('5 of 7 things are outstanding');
  });

  it('offers the young person only people they said yes to and who are safe', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`${base}/young-person`);
    expect(form.body).toContain('Margaret Hughes');
    expect(form.body).toContain('Tom Hughes');
    expect(form.body).not.toContain('Dan Hughes');
    expect(form.body).not.toContain('Rita Hughes');
    const sneaked = await coordinator.post(`${base}/young-person`, {
      wanted: arranged.members.Dan,
    });
    expect(sneaked.statusCode).toBe(400);
    const saved = await coordinator.post(`${base}/young-person`, {
      wanted: [arranged.members.Margaret],
      whatMatters: 'Seeing my nan',
      youngPersonPrepared: 'yes',
    });
    expect(saved.statusCode).toBe(303);
    expect((await coordinator.get(base)).body).toContain('Seeing my nan');
  });

  it('refuses inviting a person the young person said no to, or who is not safe', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const no = await coordinator.post(`${base}/invitations/new`, {
      invitee: arranged.members.Dan,
      method: 'letter',
    });
    expect(no.statusCode).toBe(400);
    expect(no.body).toContain('The young person said no to this person, so they cannot be invited');
    const unsafe = await coordinator.post(`${base}/invitations/new`, {
      invitee: arranged.members.Rita,
      method: 'letter',
    });
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.body).toContain('It is not safe to invite this person');
    expect(unsafe.body).not.toContain('A reason that must never be shown');
    const count = await setup.context.ownerDb.db
      .selectFrom('conference_invitations')
      .select('id')
      .where('conference_id', '=', conferenceId)
      .execute();
    expect(count).toHaveLength(0);
  });

  it('invites, records a reply with views, and gives a letter and a calendar file naming no child', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`${base}/invitations/new`);
    expect(form.body).toContain('The young person wants them there');
    expect(form.body).not.toContain('Dan Hughes');
    expect(
      (
        await coordinator.post(`${base}/invitations/new`, {
          invitee: arranged.members.Margaret,
          method: 'letter',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await coordinator.post(`${base}/invitations/new`, {
          invitee: 'professional',
          professionalName: 'Sam Teacher',
          professionalRole: 'Designated teacher',
          method: 'email',
        })
      ).statusCode,
    ).toBe(303);
    const invitations = await setup.context.ownerDb.db
      .selectFrom('conference_invitations')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .orderBy('created_at')
      .execute();
    const margaret = invitations.find((one) => one.member_id === arranged.members.Margaret);
    if (!margaret) throw new Error('Margaret was not invited');

    const badReply = await coordinator.post(`${base}/invitations/${margaret.id}`, {
      status: 'sent',
      reply: 'not_attending',
    });
    expect(badReply.statusCode).toBe(400);
    expect(badReply.body).toContain('Select “They have replied” when you record their reply');
    const replied = await coordinator.post(`${base}/invitations/${margaret.id}`, {
      status: 'replied',
      reply: 'not_attending',
      views: 'I love Jordan and want to stay in touch',
      dietaryNeeds: 'Vegetarian',
    });
    expect(replied.statusCode).toBe(303);
    const page = await coordinator.get(base);
    expect(page.body).toContain('Views to share at the meeting');
    expect(page.body).toContain('I love Jordan and want to stay in touch');
    // Not coming, so their dietary needs are not gathered for the food.
    expect(page.body).not.toContain('Dietary needs of those coming');

    const letter = await coordinator.get(`${base}/invitations/${margaret.id}/letter`);
    expect(letter.statusCode).toBe(200);
    expect(letter.body).toContain('Dear Margaret Hughes');
    expect(letter.body).toContain(arranged.reference);
    expect(letter.body).toContain('Step-free entrance and hearing loop');
    const article = letter.body.slice(letter.body.indexOf('kindred-letter'));
    expect(article).not.toContain('Jordan');
    expect(article).not.toContain('Rivers');

    const ics = await coordinator.get(`${base}/invitations/${margaret.id}/calendar.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).not.toContain('Jordan');
    expect(ics.body).not.toContain('Rivers');
  });

  it('lets the IRO read the summary but not who is invited', async () => {
    const iro = await signedIn(setup.context.app, setup.cast.iro);
    const page = await iro.get(base);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Is everything ready?');
    expect(page.body).not.toContain('Margaret Hughes');
    const invitation = await setup.context.ownerDb.db
      .selectFrom('conference_invitations')
      .select('id')
      .where('conference_id', '=', conferenceId)
      .executeTakeFirstOrThrow();
    expect((await iro.get(`${base}/invitations/${invitation.id}/letter`)).statusCode).toBe(404);
    expect((await iro.get(`${base}/arrangements`)).statusCode).toBe(403);
  });

  it('records preparation and shared information, refusing a share date in the future', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const future = await coordinator.post(`${base}/preparation`, {
      ...dateFields('sharedOn', addDays(todayInLondon(), 3)),
      sharedWith: 'Margaret',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The date it was shared must be today or in the past');
    const saved = await coordinator.post(`${base}/preparation`, {
      networkPrepared: 'yes',
      writtenInformation: 'What the social worker wants the family to know',
      ...dateFields('sharedOn', todayInLondon()),
      sharedWith: 'Margaret and Tom',
    });
    expect(saved.statusCode).toBe(303);
    const page = await coordinator.get(base);
    expect(page.body).toContain('Margaret and Tom');
  });

  it('records another way of deciding, with the reason', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const missing = await coordinator.post(
      `/journeys/${arranged.journeyId}/conferences/alternative`,
      {
        kind: 'lifelong_links_fgc',
        way: 'A small meeting with nan',
      },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Enter why a conference is not right or not wanted');
    const saved = await coordinator.post(
      `/journeys/${arranged.journeyId}/conferences/alternative`,
      {
        kind: 'lifelong_links_fgc',
        way: 'A small meeting with nan',
        reason: 'Jordan does not want a big meeting',
      },
    );
    expect(saved.statusCode).toBe(303);
    const list = await coordinator.get(`/journeys/${arranged.journeyId}/conferences`);
    expect(list.body).toContain('Another way of deciding');
    expect(list.body).toContain('A small meeting with nan');
  });

  it('is linked from the case page at stage 5', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const casePage = await coordinator.get(`/journeys/${arranged.journeyId}`);
    expect(casePage.body).toContain('Plan the conference and check its readiness list');
  });
});

describe('the venue list', () => {
  it('is kept by an administrator, refusing a repeated name', async () => {
    const admin = await signedIn(setup.context.app, setup.cast.administrator);
    const added = await admin.post('/admin/venues/new', {
      name: 'Riverside Hall',
      address: '2 River Road',
      accessibility: 'Lift to all floors',
    });
    expect(added.statusCode).toBe(303);
    const again = await admin.post('/admin/venues/new', {
      name: 'riverside hall',
      address: 'Elsewhere',
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('A venue with this name is already on the list');
    const empty = await admin.post('/admin/venues/new', {});
    expect(empty.body).toContain('Enter the venue’s name');
    const list = await admin.get('/admin/venues');
    expect(list.body).toContain('Riverside Hall');
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    expect((await coordinator.get('/admin/venues')).statusCode).toBe(403);
  });
});
