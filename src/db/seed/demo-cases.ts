import { sql } from 'kysely';
import type { Db, Tx } from '../database.ts';
import { seedDemoChildren } from './demo-children.ts';
import { seedDemoDiscoveryCases } from './demo-discovery-cases.ts';
import { seedDemoEngagement } from './demo-engagement.ts';
import { seedDemoGenograms } from './demo-genogram.ts';
import { seedDemoMatchingCases } from './demo-matching-cases.ts';
import { seedDemoNetworks } from './demo-network.ts';

/**
 * Made-up children, referrals and a journey for the demo organisation, so a new user sees a
 * living service: referrals waiting in the inbox, a draft, and a journey at planning. Every
 * name here is invented. Added once, when the organisation has no children yet.
 */
export async function seedDemoCases(ownerDb: Db, organisationId: string): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('children')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    if (existing.count > 0) return;
    const people = await staff(tx, organisationId);
    const { ava, jayden, maisie, leo, zofia } = await seedDemoChildren(tx, organisationId, people);

    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const referral = (values: Record<string, unknown>) =>
      tx
        .insertInto('referrals')
        .values({
          organisation_id: organisationId,
          referrer_id: people.socialWorker,
          referrer_role: 'social_worker',
          // Started before any of them was sent, so an initial discussion can be dated after it.
          created_at: daysAgo(40),
          ...values,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((row) => row.id);

    const avaReferral = await referral({
      reference: 'LL-2026-0001',
      kind: 'lifelong_links',
      status: 'submitted',
      submitted_at: daysAgo(3),
      reason:
        'Ava has lived with the same foster carers for five years and says she would like to know more about her dad’s side of the family.',
      hopes:
        'That Ava has people she can rely on when she leaves care, including her grandparents if it is safe.',
      known_risks:
        'Contact with her mother is supervised. No risks known from her father’s family.',
      placement_timeline: 'Foster placement since June 2019.',
      language: 'English',
      interpreter_needed: false,
      advocate_needed: true,
    });
    const jaydenReferral = await referral({
      reference: 'LL-2026-0002',
      kind: 'lifelong_links',
      status: 'accepted',
      submitted_at: daysAgo(30),
      decided_at: daysAgo(25),
      decided_by: people.manager,
      criteria_met: true,
      initial_discussion_on: isoDaysAgo(27),
      initial_discussion_notes:
        'Discussed with the social worker: Jay is keen and his carers support it.',
      coordinator_id: people.coordinator,
      matched_at: daysAgo(24),
      matched_by: people.manager,
      reason:
        'Jay wants to get back in touch with his older half-brother and his former foster carer.',
      hopes: 'A network that stays with Jay after he turns 18.',
      language: 'English',
      interpreter_needed: false,
      advocate_needed: false,
    });
    const brownReferral = await referral({
      reference: 'FGC-2026-0001',
      kind: 'fgc',
      status: 'submitted',
      submitted_at: daysAgo(1),
      reason: 'Concerns about neglect at home. Mum has asked for help from her family.',
      hopes: 'A family plan so that Maisie and Leo can stay safely within their family.',
      bottom_lines: 'The children must not be left alone with Mr Brown while he is drinking.',
      known_risks: 'Domestic abuse in the past; the police have been called twice this year.',
      language: 'English',
      interpreter_needed: false,
      advocate_needed: true,
    });
    const zofiaReferral = await referral({
      reference: 'LL-2026-0003',
      kind: 'lifelong_links',
      status: 'draft',
      reason: 'Zofia arrived in care last year and has lost touch with her aunt in Poland.',
    });
    for (const [referralId, childId] of [
      [avaReferral, ava],
      [jaydenReferral, jayden],
      [brownReferral, maisie],
      [brownReferral, leo],
      [zofiaReferral, zofia],
    ] as const) {
      await tx
        .insertInto('referral_children')
        .values({ organisation_id: organisationId, referral_id: referralId, child_id: childId })
        .execute();
    }
    const consent = (referralId: string, childId: string, values: Record<string, unknown>) =>
      tx
        .insertInto('consents')
        .values({
          organisation_id: organisationId,
          referral_id: referralId,
          child_id: childId,
          method: 'in_person',
          scope_search: true,
          scope_contact: true,
          scope_share: true,
          ...values,
        } as never)
        .execute();
    await consent(avaReferral, ava, {
      giver: 'young_person',
      given_on: isoDaysAgo(6),
      own_words: 'I want to find my grandad.',
    });
    await consent(avaReferral, ava, {
      giver: 'parental_responsibility',
      giver_name: 'Demo Council (care order)',
      relationship: 'Local authority',
      given_on: isoDaysAgo(5),
      method: 'email',
    });
    await consent(jaydenReferral, jayden, {
      giver: 'young_person',
      given_on: isoDaysAgo(35),
      own_words: 'Yes, as long as I get to say who.',
    });
    await consent(jaydenReferral, jayden, {
      giver: 'parental_responsibility',
      giver_name: 'Demo Council (care order)',
      relationship: 'Local authority',
      given_on: isoDaysAgo(34),
      method: 'email',
    });
    for (const childId of [maisie, leo]) {
      await consent(brownReferral, childId, {
        giver: 'parental_responsibility',
        giver_name: 'Kerry Brown',
        relationship: 'Mother',
        given_on: isoDaysAgo(2),
      });
    }
    await consent(brownReferral, maisie, {
      giver: 'young_person',
      given_on: isoDaysAgo(2),
      own_words: 'I want Nan to come.',
    });

    const journey = await tx
      .insertInto('journeys')
      .values({
        organisation_id: organisationId,
        referral_id: jaydenReferral,
        kind: 'lifelong_links',
        stage: 2,
        coordinator_id: people.coordinator,
        opened_at: daysAgo(24),
        consent_reconfirmation_due: isoDaysAgo(-66),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('journey_events')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        kind: 'opened',
        from_stage: 1,
        to_stage: 2,
        reason: 'Referral accepted and matched to a coordinator',
        actor_id: people.manager,
        occurred_at: daysAgo(24),
      })
      .execute();
    // Held yesterday and waiting to be recorded: the coordinator's next job.
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setUTCHours(10, 0, 0, 0);
    await tx
      .insertInto('planning_meetings')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        starts_at: yesterday,
        venue: 'Family Centre, Meeting Room 2',
        carer_invited: true,
      })
      .execute();
    await tx
      .insertInto('journey_events')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        kind: 'planning_meeting_scheduled',
        actor_id: people.coordinator,
        occurred_at: daysAgo(20),
      })
      .execute();
    await tx
      .insertInto('case_notes')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        author_id: people.coordinator,
        body: 'Met Jay at Oak House. He would like his keyworker at the planning meeting.',
        created_at: daysAgo(21),
      })
      .execute();
    await seedDemoMatchingCases(tx, organisationId, people);
    await seedDemoNetworks(tx, organisationId, people);
    await seedDemoGenograms(tx, organisationId, people.coordinator);
    await seedDemoDiscoveryCases(tx, organisationId, people);
    await seedDemoEngagement(tx, organisationId, people);
  });
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function staff(tx: Tx, organisationId: string) {
  const users = await tx
    .selectFrom('users')
    .select(['id', 'roles'])
    .where('organisation_id', '=', organisationId)
    // By name, so the first coordinator is always the first demo account (Cara Okafor).
    .orderBy('display_name')
    .execute();
  const find = (role: string) => {
    const user = users.find((candidate) => candidate.roles.includes(role as never));
    if (!user) throw new Error(`The demo organisation has no ${role}`);
    return user.id;
  };
  return {
    socialWorker: find('social_worker'),
    iro: find('iro'),
    manager: find('team_manager'),
    coordinator: find('coordinator'),
    secondCoordinator: (
      users.filter((user) => user.roles.includes('coordinator'))[1] ?? { id: find('coordinator') }
    ).id,
  };
}
