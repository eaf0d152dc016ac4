import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../../tests/support/agent.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  signedIn,
} from '../../journeys/journeys-test-support.ts';
import { readyMember as readyMemberFor } from './contact-test-support.ts';

let setup: CastApp;
let coordinator: TestAgent;
let manager: TestAgent;

beforeAll(async () => {
  setup = await createCastApp();
  coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
  manager = await signedIn(setup.context.app, setup.cast.manager);
}, 60_000);
afterAll(() => setup.context.close());

const today = new Date().toISOString().slice(0, 10);
const db = () => setup.context.ownerDb.db;

/** A journey whose consents (the young person's and the parent's) agree to contact. */
async function journey(options: Parameters<typeof arrangeJourney>[2] = {}) {
  const arranged = await arrangeJourney(db(), setup.cast, options);
  await db()
    .updateTable('consents')
    .set({ scope_contact: true })
    .where('referral_id', '=', arranged.referralId)
    .execute();
  return arranged;
}

async function readyMember(arranged: ArrangedCase, child: number, name: string, signOff: boolean) {
  const ready = await readyMemberFor({ coordinator, manager }, arranged, {
    child,
    firstName: name,
    signOff,
  });
  return ready.href;
}

const CONTACT = {
  kind: 'visit',
  ...dateFields('contactOn', today),
  discussed: 'How she knew Jordan as a baby',
  supportOffered: 'Birthday cards and a visit in the summer',
  theirNeeds: 'Works shifts',
  helpToTakePart: 'Calls after 6pm',
};

async function logOf(href: string) {
  const memberId = href.split('/').at(-1) ?? '';
  return db()
    .selectFrom('network_contact_log')
    .selectAll()
    .where('member_id', '=', memberId)
    .execute();
}

describe('the contact log', () => {
  it('refuses a contact before the safety sign-off, then logs it and moves them to contacted', async () => {
    const arranged = await journey();
    const href = await readyMember(arranged, 0, 'Grace', false);

    const early = await coordinator.post(`${href}/contacts/new`, CONTACT);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('There is a problem');
    expect(early.body).toContain('The safety check must be signed off');
    expect(early.body).toContain('Calls after 6pm');
    expect(await logOf(href)).toHaveLength(0);

    expect((await manager.post(`${href}/safety/sign-off`, {})).statusCode).toBe(303);
    const logged = await coordinator.post(`${href}/contacts/new`, CONTACT);
    expect(logged.statusCode).toBe(303);
    expect(await logOf(href)).toHaveLength(1);
    const member = await db()
      .selectFrom('network_members')
      .select(['status', 'contacted_on'])
      .where('id', '=', href.split('/').at(-1) ?? '')
      .executeTakeFirstOrThrow();
    expect(member).toEqual({ status: 'contacted', contacted_on: today });

    const page = await coordinator.get(`${href}?notice=contact-logged`);
    expect(page.body).toContain('Contact recorded in the contact log');
    expect(page.body).toContain('How she knew Jordan as a baby');
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const arranged = await journey();
    const href = await readyMember(arranged, 0, 'Hope', true);
    const bad = await coordinator.post(`${href}/contacts/new`, {
      ...CONTACT,
      kind: 'telepathy',
      discussed: '',
      ...dateFields('contactOn', '2999-01-01'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Select how you were in touch');
    expect(bad.body).toContain('Enter what you talked about');
    expect(bad.body).toContain('must be today or in the past');
    expect(await logOf(href)).toHaveLength(0);
  });
});

describe('the information letter', () => {
  it('never says where the young person lives unless consent shares it, and is recorded as given', async () => {
    const arranged = await journey();
    const href = await readyMember(arranged, 0, 'Ifeoma', true);
    await db()
      .insertInto('mobility_places')
      .values({
        organisation_id: setup.cast.coordinator.organisationId,
        journey_id: arranged.journeyId,
        child_id: arranged.childIds[0] ?? '',
        area: 'Harbourside',
        kind: 'placement',
        recorded_by: setup.cast.coordinator.id,
      })
      .execute();
    const consents = (scope: Record<string, unknown>) =>
      db()
        .updateTable('consents')
        .set(scope)
        .where('referral_id', '=', arranged.referralId)
        .execute();

    await consents({ scope_share: true, share_location: false });
    const withheld = await coordinator.get(`${href}/letter`);
    expect(withheld.statusCode).toBe(200);
    expect(withheld.body).toContain('Dear Ifeoma Okafor,');
    expect(withheld.body).toContain('Jordan would like to hear from people');
    expect(withheld.body).not.toContain('Harbourside');

    await consents({ scope_share: false });
    const anonymous = await coordinator.get(`${href}/letter`);
    expect(anonymous.body).toContain('a young person who knows you');
    expect(anonymous.body).not.toContain('Jordan would like');

    await consents({ scope_share: true, share_location: true });
    const allowed = await coordinator.get(`${href}/letter`);
    expect(allowed.body).toContain('Jordan lives in the Harbourside area');

    const given = await coordinator.post(`${href}/letter/given`, {
      method: 'post',
      ...dateFields('givenOn', today),
    });
    expect(given.statusCode).toBe(303);
    const letters = await db()
      .selectFrom('network_information_letters')
      .select(['method', 'said_where_they_live'])
      .where('organisation_id', '=', setup.cast.coordinator.organisationId)
      .execute();
    expect(letters).toContainEqual({ method: 'post', said_where_they_live: true });
  });
});

describe('information shared with a network member', () => {
  it('refuses a share to someone not in the network, and records one to a member', async () => {
    const arranged = await journey();
    const href = await readyMember(arranged, 0, 'Jumoke', true);
    const memberId = href.split('/').at(-1) ?? '';
    await db()
      .updateTable('consents')
      .set({ scope_share: true })
      .where('referral_id', '=', arranged.referralId)
      .execute();
    const share = {
      what: ['about_lifelong_links'],
      method: 'letter',
      ...dateFields('sharedOn', today),
    };
    const path = `/journeys/${arranged.journeyId}/shares/new`;
    const form = await coordinator.get(path);
    expect(form.body).toContain('Jumoke Okafor');

    const stranger = await coordinator.post(path, {
      ...share,
      memberId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Select someone in the young person’s network');
    const typed = await coordinator.post(path, { ...share, sharedWith: 'Jo Smith' });
    expect(typed.statusCode).toBe(400);

    const allowed = await coordinator.post(path, { ...share, memberId });
    expect(allowed.statusCode).toBe(303);
    const rows = await db()
      .selectFrom('information_shares')
      .select(['member_id', 'shared_with'])
      .where('journey_id', '=', arranged.journeyId)
      .execute();
    expect(rows).toEqual([{ member_id: memberId, shared_with: 'Jumoke Okafor' }]);
  });
});

describe('consent per child on a sibling journey', () => {
  it('stops one sibling’s network work when their consent is withdrawn; the other’s goes on', async () => {
    const arranged = await journey({
      children: [
        { firstName: 'Kemi', lastName: 'Adeyemi', dateOfBirth: '2010-04-01' },
        { firstName: 'Tobi', lastName: 'Adeyemi', dateOfBirth: '2012-09-01' },
      ],
    });
    const kemis = await readyMember(arranged, 0, 'Lola', true);
    const tobis = await readyMember(arranged, 1, 'Lami', true);
    const tobiConsent = await db()
      .selectFrom('consents')
      .select('id')
      .where('child_id', '=', arranged.childIds[1] ?? '')
      .where('giver', '=', 'young_person')
      .executeTakeFirstOrThrow();

    const withdraw = `/journeys/${arranged.journeyId}/consent/withdraw`;
    const form = await coordinator.get(withdraw);
    expect(form.body).toContain('Stop only this child’s network work');
    const withdrawn = await coordinator.post(withdraw, {
      giver: tobiConsent.id,
      ...dateFields('withdrawnOn', today),
      reason: 'Tobi said he does not want anyone contacted for now',
      outcome: 'child',
    });
    expect(withdrawn.statusCode).toBe(303);

    const journeyRow = await db()
      .selectFrom('journeys')
      .select('status')
      .where('id', '=', arranged.journeyId)
      .executeTakeFirstOrThrow();
    expect(journeyRow.status).toBe('active');

    const refused = await coordinator.post(`${tobis}/contacts/new`, CONTACT);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The young person’s consent does not cover contacting people.');
    expect(await logOf(tobis)).toHaveLength(0);
    expect((await coordinator.post(`${kemis}/contacts/new`, CONTACT)).statusCode).toBe(303);

    // A journey about one young person keeps pausing or ending on a withdrawal.
    const single = await journey();
    const own = await db()
      .selectFrom('consents')
      .select('id')
      .where('referral_id', '=', single.referralId)
      .where('giver', '=', 'young_person')
      .executeTakeFirstOrThrow();
    const alone = await coordinator.post(`/journeys/${single.journeyId}/consent/withdraw`, {
      giver: own.id,
      ...dateFields('withdrawnOn', today),
      reason: 'Not now',
      outcome: 'child',
    });
    expect(alone.statusCode).toBe(400);
    expect(alone.body).toContain(
      'This journey is about one young person: choose to pause or end it',
    );
  });
});
