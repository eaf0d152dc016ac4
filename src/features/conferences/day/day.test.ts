import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/consent-rules.ts';
import { todayInLondon } from '../../../domain/dates.ts';
import {
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../../journeys/journeys-test-support.ts';
import { arrangeConferenceCase, type ConferenceCase } from '../conference-test-support.ts';

let setup: CastApp;
let arranged: ConferenceCase;
let base = '';
let alternativeBase = '';
const ids = { margaretInvitation: '', teacherInvitation: '' };

beforeAll(async () => {
  setup = await createCastApp();
  const db = setup.context.ownerDb.db;
  arranged = await arrangeConferenceCase(db, setup.cast);
  const organisationId = setup.cast.organisation.id;
  const made = (heldAs: 'conference' | 'alternative') =>
    db
      .insertInto('conferences')
      .values({
        organisation_id: organisationId,
        journey_id: arranged.journeyId,
        kind: 'lifelong_links_fgc',
        held_as: heldAs,
        ...(heldAs === 'conference'
          ? { starts_at: new Date(Date.now() - 3 * 3_600_000), duration_minutes: 120 }
          : { alternative_way: 'A family meeting at home', alternative_reason: 'Jordan asked' }),
        created_by: setup.cast.coordinator.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const conference = await made('conference');
  const alternative = await made('alternative');
  base = `/journeys/${arranged.journeyId}/conferences/${conference.id}`;
  alternativeBase = `/journeys/${arranged.journeyId}/conferences/${alternative.id}`;
  const invite = (row: Record<string, string>) =>
    db
      .insertInto('conference_invitations')
      .values({
        organisation_id: organisationId,
        conference_id: conference.id,
        method: 'letter',
        created_by: setup.cast.coordinator.id,
        ...row,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  ids.margaretInvitation = (await invite({ member_id: arranged.members.Margaret })).id;
  ids.teacherInvitation = (
    await invite({ professional_name: 'Sam Teacher', professional_role: 'Designated teacher' })
  ).id;
});
afterAll(() => setup.context.close());

// This test's conference only: with TEST_DATABASE_URL every test file shares one database.
const conferenceId = () => base.split('/')[4] ?? '';
const count = async (table: 'conference_attendance' | 'conference_shared_notes') =>
  (
    await setup.context.ownerDb.db
      .selectFrom(table)
      .select('id')
      .where('conference_id', '=', conferenceId())
      .execute()
  ).length;
const day = () =>
  setup.context.ownerDb.db
    .selectFrom('conference_days')
    .selectAll()
    .where('conference_id', '=', conferenceId())
    .executeTakeFirst();
const memberStatus = async (memberId: string) =>
  (
    await setup.context.ownerDb.db
      .selectFrom('network_members')
      .select('status')
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow()
  ).status;

describe('the attendance register', () => {
  it('refuses someone not invited and not in the network, keeping what was typed', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`${base}/attendance`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Margaret Hughes');
    expect(form.body).toContain('Sam Teacher');
    // Tom was not invited but the young person said yes to him; Dan and Rita are never offered.
    expect(form.body).toContain('Tom Hughes');
    expect(form.body).not.toContain('Dan Hughes');
    expect(form.body).not.toContain('Rita Hughes');
    for (const who of [
      `member:${arranged.members.Dan}`,
      `member:${arranged.members.Rita}`,
      `member:${crypto.randomUUID()}`,
      `invitation:${crypto.randomUUID()}`,
    ]) {
      const refused = await coordinator.post(`${base}/attendance`, {
        who,
        how: 'remote',
        parts: 'private_family_time',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('govuk-error-summary');
      expect(refused.body).toMatch(/value="remote"\s+checked/);
    }
    const dan = await coordinator.post(`${base}/attendance`, {
      who: `member:${arranged.members.Dan}`,
      how: 'in_person',
      parts: 'information_sharing',
    });
    expect(dan.body).toContain('The young person said no to this person');
    const empty = await coordinator.post(`${base}/attendance`, {});
    expect(empty.body).toContain('Select who came');
    expect(empty.body).toContain('Select the parts they were there for');
    expect(await count('conference_attendance')).toBe(0);
  });

  it('records who came, how and for which parts, and moves a member to attended', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    expect(await memberStatus(arranged.members.Margaret)).toBe('agreed_to_engage');
    const saved = await coordinator.post(`${base}/attendance`, {
      who: `invitation:${ids.margaretInvitation}`,
      how: 'in_person',
      parts: ['information_sharing', 'private_family_time', 'agreeing_the_plan'],
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${base}/day?notice=attendance`);
    await coordinator.post(`${base}/attendance`, {
      who: `invitation:${ids.teacherInvitation}`,
      how: 'remote',
      parts: 'information_sharing',
    });
    await coordinator.post(`${base}/attendance`, {
      who: 'someone-else',
      name: 'Ola Nowak',
      role: 'Polish interpreter',
      how: 'in_person',
      parts: ['information_sharing', 'agreeing_the_plan'],
    });
    // Recording Margaret again changes her entry; she is on the register once.
    await coordinator.post(`${base}/attendance`, {
      who: `invitation:${ids.margaretInvitation}`,
      how: 'remote',
      parts: ['private_family_time', 'agreeing_the_plan'],
    });
    expect(await count('conference_attendance')).toBe(3);
    expect(await memberStatus(arranged.members.Margaret)).toBe('attended');
    const page = await coordinator.get(`${base}/day?notice=attendance`);
    expect(page.body).toContain('The register is updated');
    expect(page.body).toContain('Margaret Hughes (Aunt)');
    expect(page.body).toContain('Joined remotely. Private family time, Agreeing the plan');
    expect(page.body).toContain('Ola Nowak (Polish interpreter)');
    expect(page.body).toContain('Sam Teacher (Designated teacher)');
    expect(await journeyAuditActions(setup.context.ownerDb.db, arranged.journeyId)).toContain(
      'conference.attendance-recorded',
    );
  });
});

describe('information sharing and private family time', () => {
  it('keeps short notes of what was shared, by whom', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const empty = await coordinator.post(`${base}/information-shared`, { sharedBy: 'Sam' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter what was shared');
    expect(empty.body).toContain('value="Sam"');
    expect(await count('conference_shared_notes')).toBe(0);
    const saved = await coordinator.post(`${base}/information-shared`, {
      sharedBy: 'Sam Teacher',
      what: 'Jordan is doing well in maths',
    });
    expect(saved.statusCode).toBe(303);
    expect((await coordinator.get(`${base}/day`)).body).toContain('Jordan is doing well in maths');
  });

  it('refuses an end before the start, and a professional present without who asked', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const backwards = await coordinator.post(`${base}/private-family-time`, {
      from: '12:00',
      to: '11:00',
      professionalPresent: 'no',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('The end of private family time must be after its start');
    expect(backwards.body).toContain('value="11:00"');
    const unasked = await coordinator.post(`${base}/private-family-time`, {
      from: '11:00',
      to: '12:00',
      professionalPresent: 'yes',
      professional: 'Ade, advocate',
    });
    expect(unasked.statusCode).toBe(400);
    expect(unasked.body).toContain('Select who asked for a professional to stay');
    expect(unasked.body).toContain('value="Ade, advocate"');
    expect(await day()).toBeUndefined();
    const saved = await coordinator.post(`${base}/private-family-time`, {
      from: '11am',
      to: '12:15',
      professionalPresent: 'yes',
      professional: 'Ade, advocate',
      askedBy: 'young_person',
    });
    expect(saved.statusCode).toBe(303);
    expect(await day()).toMatchObject({
      private_from: '11:00:00',
      private_to: '12:15:00',
      private_asked_by: 'young_person',
    });
    const page = await coordinator.get(`${base}/day`);
    expect(page.body).toContain('11:00 to 12:15');
    expect(page.body).toContain('Ade, advocate, because the young person asked');
  });
});

describe('marking the conference held', () => {
  it('refuses a conference held in the future, and one that is another way of deciding', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const tomorrow = addDays(todayInLondon(), 1);
    const future = await coordinator.post(`${base}/held`, {
      status: 'held',
      ...dateFields('heldOn', tomorrow),
      startedAt: '10:00',
      endedAt: '12:00',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The conference cannot be marked held in the future');
    expect(future.body).toContain(`value="${Number(tomorrow.slice(8))}"`);
    const alternative = await coordinator.post(`${alternativeBase}/held`, {
      status: 'held',
      ...dateFields('heldOn', addDays(todayInLondon(), -1)),
      startedAt: '10:00',
      endedAt: '12:00',
    });
    expect(alternative.statusCode).toBe(400);
    expect(alternative.body).toContain('This records another way of deciding, not a conference');
    const noReason = await coordinator.post(`${base}/held`, { status: 'postponed' });
    expect(noReason.body).toContain('Enter why the conference was postponed');
    expect((await day())?.status).toBeNull();
  });

  it('is held with when it started and ended, and then offers to write the plan', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const yesterday = addDays(todayInLondon(), -1);
    const saved = await coordinator.post(`${base}/held`, {
      status: 'held',
      ...dateFields('heldOn', yesterday),
      startedAt: '10:00',
      endedAt: '1pm',
    });
    expect(saved.statusCode).toBe(303);
    expect((await day())?.status).toBe('held');
    const page = await coordinator.get(`${base}/day?notice=held`);
    expect(page.body).toContain('What happened to the conference is recorded');
    expect(page.body).toContain('until 13:00');
    expect(page.body).toContain(`href="${base}/plan"`);
    const conferencePage = await coordinator.get(base);
    expect(conferencePage.body).toContain('Write the plan');
    expect(conferencePage.body).not.toContain('Go to the plan');
    // Once the plan is started, both pages go to it instead: one link, in words that fit.
    expect((await coordinator.post(`${base}/plan`, {})).statusCode).toBe(303);
    for (const path of [base, `${base}/day`]) {
      const withPlan = await coordinator.get(path);
      expect(withPlan.body).toContain('Go to the plan');
      expect(withPlan.body).not.toContain('Write the plan');
    }
  });

  it('lets the referrer read the day and the IRO only whether it was held', async () => {
    const referrer = await signedIn(setup.context.app, setup.cast.referrer);
    const read = await referrer.get(`${base}/day`);
    expect(read.statusCode).toBe(200);
    expect(read.body).toContain('Margaret Hughes');
    expect(read.body).not.toContain('Add someone to the register');
    expect((await referrer.post(`${base}/held`, { status: 'cancelled' })).statusCode).toBe(403);
    const iro = await signedIn(setup.context.app, setup.cast.iro);
    expect((await iro.get(`${base}/day`)).statusCode).toBe(404);
    const summary = await iro.get(base);
    expect(summary.body).toContain('Held on');
    expect(summary.body).not.toContain('Margaret Hughes');
  });
});
