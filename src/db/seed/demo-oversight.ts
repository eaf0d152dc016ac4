import { sql } from 'kysely';
import { todayInLondon } from '../../domain/dates.ts';
import type { Db, Tx } from '../database.ts';

/**
 * The demo's oversight: a turning-15 list for this month with a mix of statuses (not yet
 * discussed, discussed, later, not appropriate, referred), supervision decisions, and an overdue
 * consent reconfirmation for the demo coordinator. Made-up names. Added once.
 */
export async function seedDemoOversight(ownerDb: Db, organisationId: string): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('supervision_decisions')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    if (existing.count > 0) return;
    const people = await demoStaff(tx, organisationId);
    const today = todayInLondon();
    const [year, month] = today.split('-') as [string, string];
    const born = (day: number) => `${Number(year) - 15}-${month}-${String(day).padStart(2, '0')}`;
    const plusDays = (days: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const child = (first: string, last: string, day: number, extra: Record<string, unknown> = {}) =>
      tx
        .insertInto('children')
        .values({
          organisation_id: organisationId,
          first_name: first,
          last_name: last,
          date_of_birth: born(day),
          looked_after: true,
          looked_after_since: '2022-04-01',
          social_worker_id: people.socialWorker,
          iro_id: people.iro,
          ...extra,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((row) => row.id);
    const decide = (childId: string, reason: string, lookAgainOn: string, discussedDaysAgo = 1) =>
      tx
        .insertInto('supervision_decisions')
        .values({
          organisation_id: organisationId,
          child_id: childId,
          reason: reason as never,
          discussed_on: plusDays(-discussedDaysAgo),
          look_again_on: lookAgainOn,
          recorded_by: people.practiceManager,
        })
        .execute();

    await child('Noah', 'Bennett', 3, { case_record_id: 'DEMO-1501' });
    await decide(
      await child('Lily', 'Carter', 7, { case_record_id: 'DEMO-1502' }),
      'referral_to_follow',
      plusDays(14),
    );
    await decide(
      await child('Ruby', 'Evans', 12, { case_record_id: 'DEMO-1503' }),
      'later',
      plusDays(90),
    );
    await decide(
      await child('Omar', 'Farah', 18, {
        uasc: true,
        case_record_id: 'DEMO-1504',
        first_language: 'Somali',
      }),
      'uasc',
      plusDays(180),
    );
    // Aged 16 and never discussed; and one whose date to look again has come: both on the
    // practice manager's supervision list.
    await child('Kai', 'Morgan', 19, {
      date_of_birth: `${Number(year) - 16}-07-19`,
      case_record_id: 'DEMO-1506',
    });
    await decide(
      await child('Jess', 'Lowe', 10, {
        date_of_birth: `${Number(year) - 16}-02-10`,
        case_record_id: 'DEMO-1507',
      }),
      'later',
      plusDays(-1),
      120,
    );
    // Referred, with a journey whose consent reconfirmation is overdue: the coordinator's deadline.
    const grace = await child('Grace', 'Hall', 22, { case_record_id: 'DEMO-1505' });
    const referral = await tx
      .insertInto('referrals')
      .values({
        organisation_id: organisationId,
        reference: 'LL-2026-0090',
        kind: 'lifelong_links',
        status: 'accepted',
        referrer_id: people.socialWorker,
        referrer_role: 'social_worker',
        reason: 'Grace would like to find out about her older brothers.',
        submitted_at: new Date(Date.now() - 120 * 86_400_000),
        decided_at: new Date(Date.now() - 115 * 86_400_000),
        decided_by: people.manager,
        coordinator_id: people.coordinator,
        matched_by: people.manager,
        matched_at: new Date(Date.now() - 115 * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('referral_children')
      .values({ organisation_id: organisationId, referral_id: referral.id, child_id: grace })
      .execute();
    await tx
      .insertInto('consents')
      .values([
        {
          organisation_id: organisationId,
          referral_id: referral.id,
          child_id: grace,
          giver: 'young_person',
          given_on: plusDays(-125),
          method: 'in_person',
        },
        {
          organisation_id: organisationId,
          referral_id: referral.id,
          child_id: grace,
          giver: 'parental_responsibility',
          giver_name: 'Demo Council (care order)',
          relationship: 'Local authority',
          given_on: plusDays(-125),
          method: 'letter',
        },
      ] as never)
      .execute();
    const journey = await tx
      .insertInto('journeys')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        kind: 'lifelong_links',
        stage: 2,
        coordinator_id: people.coordinator,
        opened_at: new Date(Date.now() - 115 * 86_400_000),
        consent_reconfirmation_due: plusDays(-3),
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
        occurred_at: new Date(Date.now() - 115 * 86_400_000),
      })
      .execute();
    // This month's list, as the monthly job would have built it.
    await tx
      .insertInto('turning_fifteen_lists')
      .values({ organisation_id: organisationId, month: `${year}-${month}`, young_people: 5 })
      .onConflict((oc) => oc.columns(['organisation_id', 'month']).doNothing())
      .execute();
  });
}

async function demoStaff(tx: Tx, organisationId: string) {
  const users = await tx
    .selectFrom('users')
    .select(['id', 'roles'])
    .where('organisation_id', '=', organisationId)
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
    practiceManager: find('practice_manager'),
  };
}
