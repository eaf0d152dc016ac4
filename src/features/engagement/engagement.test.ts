import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atDiscovery } from '../discovery/discovery-test-support.ts';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { readyMember } from '../network/contact/contact-test-support.ts';

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

/** A journey at stage 3 whose child's social worker is the cast's referrer. */
async function journey() {
  const { context, cast } = setup;
  const arranged = await arrangeJourney(context.ownerDb.db, cast, { socialWorker: cast.referrer });
  await atDiscovery(context.ownerDb.db, arranged.journeyId);
  await consentsAllow(arranged.referralId, { scope_contact: true });
  return arranged;
}

/** People in the child's network who may be contacted (shares go to network members only). */
async function members(arranged: Awaited<ReturnType<typeof journey>>, ...names: string[]) {
  const agents = {
    coordinator: await signedIn(setup.context.app, setup.cast.coordinator),
    manager: await signedIn(setup.context.app, setup.cast.manager),
  };
  const ids: string[] = [];
  for (const name of names) {
    const [firstName = '', lastName = ''] = name.split(' ');
    ids.push((await readyMember(agents, arranged, { firstName, lastName })).memberId);
  }
  return ids;
}

async function consentsAllow(referralId: string, scope: Record<string, unknown>) {
  await setup.context.ownerDb.db
    .updateTable('consents')
    .set(scope)
    .where('referral_id', '=', referralId)
    .execute();
}

async function sharesOf(journeyId: string) {
  return setup.context.ownerDb.db
    .selectFrom('information_shares')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .execute();
}

const SHARE = {
  what: ['about_lifelong_links', 'how_they_are'],
  method: 'letter',
  ...dateFields('sharedOn', '2026-03-06'),
};

describe('information sharing', () => {
  it('refuses a share outside the consent’s named people, with the reason, and writes nothing', async () => {
    const { context, cast } = setup;
    const arranged = await journey();
    const { journeyId, referralId } = arranged;
    const [jo = '', maya = ''] = await members(arranged, 'Jo Smith', 'Maya Clarke');
    await consentsAllow(referralId, {
      scope_share: true,
      share_only_with: 'Maya Clarke\nGran',
    });
    const coordinator = await signedIn(context.app, cast.coordinator);
    const form = await coordinator.get(`/journeys/${journeyId}/shares/new`);
    expect(form.body).toContain('Only with: Maya Clarke');

    const refused = await coordinator.post(`/journeys/${journeyId}/shares/new`, {
      ...SHARE,
      memberId: jo,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain(
      'This share is outside consent: the young person agreed to share only with Maya Clarke, Gran. Jo Smith is not one of them.',
    );
    expect(refused.body).toContain(`value="${jo}" selected`);
    expect(await sharesOf(journeyId)).toHaveLength(0);

    const allowed = await coordinator.post(`/journeys/${journeyId}/shares/new`, {
      ...SHARE,
      memberId: maya,
    });
    expect(allowed.statusCode).toBe(303);
    const shares = await sharesOf(journeyId);
    expect(shares).toHaveLength(1);
    expect(shares[0]?.what).toEqual(['about_lifelong_links', 'how_they_are']);
    const page = await coordinator.get(`/journeys/${journeyId}/engagement?notice=share-recorded`);
    expect(page.body).toContain('The information shared has been recorded.');
    expect(page.body).toContain('Maya Clarke');
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toContain(
      'information.shared',
    );
  });

  it('never shares where the young person lives, or anything without their agreement to share', async () => {
    const { context, cast } = setup;
    const arranged = await journey();
    const { journeyId, referralId } = arranged;
    const [jo = ''] = await members(arranged, 'Jo Smith');
    const coordinator = await signedIn(context.app, cast.coordinator);
    const noShare = await coordinator.post(`/journeys/${journeyId}/shares/new`, {
      ...SHARE,
      memberId: jo,
    });
    expect(noShare.statusCode).toBe(400);
    expect(noShare.body).toContain(
      'the young person has not agreed to information about them being shared with their network',
    );
    await consentsAllow(referralId, { scope_share: true });
    const where = await coordinator.post(`/journeys/${journeyId}/shares/new`, {
      ...SHARE,
      what: ['where_they_live'],
      memberId: jo,
    });
    expect(where.statusCode).toBe(400);
    expect(where.body).toContain(
      'Where the young person lives cannot be shared: the young person has not agreed to it.',
    );
    expect(await sharesOf(journeyId)).toHaveLength(0);
  });
});

describe('a safety concern', () => {
  it('reaches the child’s social worker at once, shows on their home page and the manager’s until acknowledged', async () => {
    const { context, cast } = setup;
    const { journeyId, reference, childIds } = await journey();
    const coordinator = await signedIn(context.app, cast.coordinator);
    const bad = await coordinator.post(`/journeys/${journeyId}/safety-concerns/new`, {
      childId: childIds[0] ?? '',
      about: 'other_person',
      details: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter who the other person is');
    expect(bad.body).toContain('Enter what the concern is');

    const raised = await coordinator.post(`/journeys/${journeyId}/safety-concerns/new`, {
      childId: childIds[0] ?? '',
      about: 'child',
      details: 'Jordan said an older cousin has been asking where he lives.',
    });
    expect(raised.statusCode).toBe(303);
    expect(raised.headers.location).toBe(`/journeys/${journeyId}/engagement?notice=concern-raised`);
    const concern = await context.ownerDb.db
      .selectFrom('safety_concerns')
      .selectAll()
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    expect(concern.social_worker_id).toBe(cast.referrer.id);
    expect(concern.sent_at).not.toBeNull();
    expect(concern.acknowledged_at).toBeNull();

    const socialWorker = await signedIn(context.app, cast.referrer);
    // A notice in the social worker's notification centre leads to the concern.
    const notices = await socialWorker.get('/notifications');
    expect(notices.body).toContain('A safety concern has been recorded.');
    const notice = await context.ownerDb.db
      .selectFrom('notifications')
      .select(['kind', 'link'])
      .where('user_id', '=', cast.referrer.id)
      .where('kind', '=', 'safety_concern')
      .executeTakeFirstOrThrow();
    expect(notice.link).toBe(`/journeys/${journeyId}/safety-concerns/${concern.id}`);
    const home = await socialWorker.get('/');
    expect(home.body).toContain('Safety concerns sent to you that you have not acknowledged');
    expect(home.body).toContain(`Safety concern on ${reference}`);
    expect((await (await signedIn(context.app, cast.manager)).get('/')).body).toContain(
      `Safety concern on ${reference}`,
    );
    // Sensitive: the IRO and another coordinator never find it.
    const concernPath = `/journeys/${journeyId}/safety-concerns/${concern.id}`;
    expect((await (await signedIn(context.app, cast.iro)).get(concernPath)).statusCode).toBe(404);
    expect(
      (await (await signedIn(context.app, cast.otherCoordinator)).get(concernPath)).statusCode,
    ).toBe(404);
    // The coordinator reads it but cannot acknowledge it for the social worker.
    const asCoordinator = await coordinator.get(concernPath);
    expect(asCoordinator.body).toContain('Not acknowledged');
    expect(asCoordinator.body).not.toContain('Acknowledge the concern</button>');
    expect((await coordinator.post(`${concernPath}/acknowledge`, {})).statusCode).toBe(403);

    const page = await socialWorker.get(concernPath);
    expect(page.body).toContain('Jordan said an older cousin has been asking where he lives.');
    const acknowledged = await socialWorker.post(`${concernPath}/acknowledge`, {});
    expect(acknowledged.statusCode).toBe(303);
    const after = await socialWorker.get(`${concernPath}?notice=acknowledged`);
    expect(after.body).toContain('You have acknowledged the safety concern.');
    expect(after.body).toContain('by Sasha Socialworker');
    expect((await socialWorker.get('/')).body).not.toContain(`Safety concern on ${reference}`);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toEqual(
      expect.arrayContaining([
        'safety-concern.raised',
        'safety-concern.viewed',
        'safety-concern.acknowledged',
      ]),
    );
  });

  it('is still recorded when the child has no social worker, and the team managers see it', async () => {
    const { context, cast } = setup;
    const { journeyId, reference, childIds } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const raised = await coordinator.post(`/journeys/${journeyId}/safety-concerns/new`, {
      childId: childIds[0] ?? '',
      about: 'other_person',
      otherPerson: 'A neighbour',
      details: 'Worried about a neighbour.',
    });
    expect(raised.headers.location).toBe(
      `/journeys/${journeyId}/engagement?notice=concern-raised-unsent`,
    );
    const managerHome = await (await signedIn(context.app, cast.manager)).get('/');
    expect(managerHome.body).toContain(`Safety concern on ${reference}`);
    expect(managerHome.body).toContain('(the child has no social worker)');
  });
});
