import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inOrganisation } from '../../db/database.ts';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { workingDaysAfter } from '../../domain/working-days.ts';
import { organisationCalendar } from '../deadlines/calendar.service.ts';
import { openDeadlines } from '../deadlines/deadline-items.ts';
import {
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { arrangeHandoverCase, type HandoverCase } from './handover-test-support.ts';

let setup: CastApp;
let arranged: HandoverCase;
const today = todayInLondon();
const madeOn = addDays(today, -3);
let base = '';

beforeAll(async () => {
  setup = await createCastApp();
  arranged = await arrangeHandoverCase(setup.context.ownerDb.db, setup.cast, { madeOn });
  base = `/journeys/${arranged.journeyId}/plan-handover/${arranged.planId}`;
});
afterAll(() => setup.context.close());

const db = () => setup.context.ownerDb.db;
const rows = (table: 'plan_recipients' | 'plan_review_invitations' | 'plan_review_offers') =>
  db().selectFrom(table).selectAll().where('plan_id', '=', arranged.planId).execute();

const copy = (overrides: Record<string, string> = {}) => ({
  recipientKind: 'young_person',
  versionId: arranged.versionIds[0] ?? '',
  method: 'in_person',
  ...dateFields('sentOn', today),
  ...overrides,
});

describe('sending out the plan', () => {
  it('refuses a copy dated before the plan was made, keeps what was typed, writes nothing', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`${base}/recipients/new`);
    expect(form.statusCode).toBe(200);
    const early = await coordinator.post(
      `${base}/recipients/new`,
      copy(dateFields('sentOn', addDays(madeOn, -1))),
    );
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('The date sent cannot be before the plan was made');
    expect(early.body).toContain('value="in_person" checked');
    const empty = await coordinator.post(`${base}/recipients/new`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Select who the plan is for');
    expect(await rows('plan_recipients')).toHaveLength(0);
  });

  it('refuses a network member the young person said no to, or who is not safe', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`${base}/recipients/new`);
    expect(form.body).toContain('Margaret Hughes');
    expect(form.body).not.toContain('Dan Hughes');
    expect(form.body).not.toContain('Rita Hughes');
    for (const memberId of [arranged.members.Dan, arranged.members.Rita]) {
      const refused = await coordinator.post(
        `${base}/recipients/new`,
        copy({ recipientKind: 'network_member', memberId }),
      );
      expect(refused.statusCode).toBe(400);
    }
    expect(await rows('plan_recipients')).toHaveLength(0);
  });

  it('is sent out on time once the young person and everyone listed have their copy', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const young = await coordinator.post(`${base}/recipients/new`, copy());
    expect(young.statusCode).toBe(303);
    const margaret = await coordinator.post(
      `${base}/recipients/new`,
      copy({
        recipientKind: 'network_member',
        memberId: arranged.members.Margaret,
        method: 'post',
        'sentOn-day': '',
        'sentOn-month': '',
        'sentOn-year': '',
      }),
    );
    expect(margaret.statusCode).toBe(303);
    let page = await coordinator.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.body).toContain('Due by');
    const recipient = (await rows('plan_recipients')).find((one) => one.member_id !== null);
    const dates = await coordinator.post(`${base}/recipients/${recipient?.id}`, {
      ...dateFields('sentOn', today),
      ...dateFields('acknowledgedOn', addDays(today, -1)),
    });
    expect(dates.statusCode).toBe(400);
    expect(dates.body).toContain('The date acknowledged cannot be before the date sent');
    const saved = await coordinator.post(`${base}/recipients/${recipient?.id}`, {
      ...dateFields('sentOn', today),
      ...dateFields('acknowledgedOn', today),
    });
    expect(saved.statusCode).toBe(303);
    page = await coordinator.get(
      `/journeys/${arranged.journeyId}/plan-handover?notice=copy-changed`,
    );
    expect(page.body).toContain('Sent out on time');
    expect(page.body).toContain('Margaret Hughes (Aunt)');
    const casePage = await coordinator.get(`/journeys/${arranged.journeyId}`);
    expect(casePage.body).toContain('Plan sent out');
    expect(casePage.body).toContain('Sent out on time');
    expect(await journeyAuditActions(db(), arranged.journeyId)).toContain(
      'plan-handover.recipient-added',
    );
  });

  it('records feedback asked of the people who got the plan', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const recipients = await rows('plan_recipients');
    const asked = await coordinator.post(`${base}/feedback`, {
      recipientIds: recipients.map((one) => one.id),
      ...dateFields('askedOn', today),
    });
    expect(asked.statusCode).toBe(303);
    const page = await coordinator.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.body).toMatch(/Margaret Hughes \(Aunt\), asked on/);
  });

  it('shows the IRO the summary without network members’ names', async () => {
    const iro = await signedIn(setup.context.app, setup.cast.iro);
    const page = await iro.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sent out on time');
    expect(page.body).not.toContain('Margaret');
    expect(page.body).toContain('Record your copy of the plan');
  });
});

describe('review conferences', () => {
  it('refuses an offer before there is a plan to review', async () => {
    const empty = await arrangeHandoverCase(db(), setup.cast, { madeOn, versions: 0 });
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const planBase = `/journeys/${empty.journeyId}/plan-handover/${empty.planId}`;
    const refused = await coordinator.post(`${planBase}/review/offer`, {
      versionId: arranged.versionIds[0] ?? '',
      ...dateFields('offeredOn', today),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('A review can only be offered once there is a plan to review');
    const offers = await db()
      .selectFrom('plan_review_offers')
      .select('id')
      .where('plan_id', '=', empty.planId)
      .execute();
    expect(offers).toHaveLength(0);
  });

  it('makes an accepted offer a review conference linked to the version it reviews', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const offered = await coordinator.post(`${base}/review/offer`, {
      versionId: arranged.versionIds[0] ?? '',
      ...dateFields('offeredOn', today),
    });
    expect(offered.statusCode).toBe(303);
    const form = await coordinator.get(`${base}/review`);
    expect(form.body).toContain('Record the answer');
    const missing = await coordinator.post(`${base}/review/answer`, {
      answer: 'accepted',
      ...dateFields('answeredOn', today),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Enter the date of the review conference');
    const accepted = await coordinator.post(`${base}/review/answer`, {
      answer: 'accepted',
      ...dateFields('answeredOn', today),
      ...dateFields('startsOn', addDays(today, 90)),
      time: '2pm',
      duration: '120',
    });
    expect(accepted.statusCode).toBe(303);
    const [offer] = await rows('plan_review_offers');
    expect(offer?.answer).toBe('accepted');
    const review = await db()
      .selectFrom('conferences')
      .selectAll()
      .where('id', '=', offer?.conference_id ?? '')
      .executeTakeFirstOrThrow();
    expect(review.purpose).toBe('review');
    expect(review.reviews_plan_version_id).toBe(arranged.versionIds[0]);
    const page = await coordinator.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.body).toContain('Plan the review conference');
  });
});

describe('the plan in the care plan', () => {
  it('lets only the child’s IRO record their copy', async () => {
    const other = await signedIn(setup.context.app, setup.cast.otherIro);
    expect((await other.get(`${base}/iro-copy`)).statusCode).toBe(404);
    const iro = await signedIn(setup.context.app, setup.cast.iro);
    const early = await iro.post(`${base}/iro-copy`, {
      versionId: arranged.versionIds[0] ?? '',
      ...dateFields('receivedOn', addDays(madeOn, -2)),
      method: 'email',
    });
    expect(early.statusCode).toBe(400);
    const saved = await iro.post(`${base}/iro-copy`, {
      versionId: arranged.versionIds[0] ?? '',
      ...dateFields('receivedOn', today),
      method: 'email',
    });
    expect(saved.statusCode).toBe(303);
    const page = await iro.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.body).toContain('Ira Reviewing holds version 1');
  });

  it('lets the child’s social worker confirm it is in the care plan, not the coordinator', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    expect((await coordinator.get(`${base}/care-plan`)).statusCode).toBe(403);
    const socialWorker = await signedIn(setup.context.app, setup.cast.referrer);
    const empty = await socialWorker.post(`${base}/care-plan`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the main record’s reference');
    const saved = await socialWorker.post(`${base}/care-plan`, {
      versionId: arranged.versionIds[0] ?? '',
      carePlanKind: 'care_plan',
      reference: 'LL-CP-77',
      ...dateFields('includedOn', today),
    });
    expect(saved.statusCode).toBe(303);
    const page = await socialWorker.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.body).toContain('main record reference LL-CP-77');
  });

  it('refuses to invite someone to reviews when the young person did not agree', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const refused = await coordinator.post(`${base}/review-invitations`, {
      memberId: arranged.members.Tom,
      reviewKind: 'looked_after_review',
      agreed: 'no',
      ...dateFields('invitedOn', today),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The young person has not agreed');
    expect(await rows('plan_review_invitations')).toHaveLength(0);
    const saidNo = await coordinator.post(`${base}/review-invitations`, {
      memberId: arranged.members.Dan,
      reviewKind: 'looked_after_review',
      agreed: 'yes',
      ...dateFields('invitedOn', today),
    });
    expect(saidNo.statusCode).toBe(400);
    const invited = await coordinator.post(`${base}/review-invitations`, {
      memberId: arranged.members.Tom,
      reviewKind: 'pathway_plan_review',
      agreed: 'yes',
      ...dateFields('invitedOn', today),
    });
    expect(invited.statusCode).toBe(303);
    const page = await coordinator.get(`/journeys/${arranged.journeyId}/plan-handover`);
    expect(page.body).toContain('Tom Hughes: invited to contribute to pathway plan reviews');
  });
});

describe('the deadline to send the plan out', () => {
  /** The organisation's open deadlines, as the lists and reminders read them. */
  const openItems = () => {
    const organisationId = setup.cast.organisation.id;
    return inOrganisation(setup.context.appDb.db, { organisationId }, async (tx) =>
      openDeadlines(
        tx,
        organisationId,
        await organisationCalendar(tx, organisationId),
        new Date(),
        null,
      ),
    );
  };

  it('is overdue on the case page and in the due-and-overdue list when nothing was sent', async () => {
    const late = await arrangeHandoverCase(db(), setup.cast, { madeOn: addDays(today, -20) });
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const casePage = await coordinator.get(`/journeys/${late.journeyId}`);
    expect(casePage.body).toContain('Overdue: it was due by');
    const items = await openItems();
    const mine = items.filter((item) => item.href === `/journeys/${late.journeyId}`);
    expect(mine.find((item) => item.kind === 'plan_distribution')?.state).toBe('overdue');
    // The plan sent out on time above has no distribution deadline left; its review has one.
    const sent = items.filter((item) => item.href === `/journeys/${arranged.journeyId}`);
    expect(sent.map((item) => item.kind)).not.toContain('plan_distribution');
    expect(sent.map((item) => item.kind)).toContain('review_conference');
  });

  it('moves at once when an administrator adds a closure day before it', async () => {
    const fresh = await arrangeHandoverCase(db(), setup.cast, { madeOn: today });
    const dueOf = async () => {
      const items = await openItems();
      return items.find(
        (item) => item.href === `/journeys/${fresh.journeyId}` && item.kind === 'plan_distribution',
      )?.dueOn;
    };
    const before = await dueOf();
    expect(before).toBe(workingDaysAfter(today, 5));
    const closed = workingDaysAfter(today, 1);
    const [year, month, day] = closed.split('-');
    const admin = await signedIn(setup.context.app, setup.cast.administrator);
    const added = await admin.post('/admin/closure-days', {
      'closedOn-day': day ?? '',
      'closedOn-month': month ?? '',
      'closedOn-year': year ?? '',
      description: 'Training day',
    });
    expect(added.statusCode).toBe(303);
    expect(await dueOf()).toBe(workingDaysAfter(today, 5, [closed]));
    expect(await dueOf()).not.toBe(before);
  });
});
