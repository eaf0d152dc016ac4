import type { Tx } from '../database.ts';
import { seedDemoDiscoveryRecords } from './demo-discovery-records.ts';
import { seedDemoDiscoveryTools } from './demo-discovery-tools.ts';

/**
 * Two made-up Lifelong Links journeys past planning, for the demo coordinator (Cara Okafor):
 * Tia at discovery, with half the tools done, two sessions and a search log; and Callum at
 * engagement, every tool done, information shared within his consent and a safety concern the
 * social worker has not yet acknowledged. Every name here is invented.
 */
export async function seedDemoDiscoveryCases(
  tx: Tx,
  organisationId: string,
  people: { socialWorker: string; iro: string; manager: string; coordinator: string },
) {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
  const org = { organisation_id: organisationId };

  async function journeyFor(child: Record<string, unknown>, reference: string, stage: 3 | 4) {
    const childId = (
      await tx
        .insertInto('children')
        .values({
          ...org,
          social_worker_id: people.socialWorker,
          iro_id: people.iro,
          looked_after: true,
          ...child,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const referralId = (
      await tx
        .insertInto('referrals')
        .values({
          ...org,
          reference,
          kind: 'lifelong_links',
          status: 'accepted',
          referrer_id: people.socialWorker,
          referrer_role: 'social_worker',
          coordinator_id: people.coordinator,
          matched_by: people.manager,
          decided_by: people.manager,
          created_at: daysAgo(120),
          submitted_at: daysAgo(110),
          decided_at: daysAgo(100),
          reason: 'Wants to know more about their family and to have people around them.',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await tx
      .insertInto('referral_children')
      .values({ ...org, referral_id: referralId, child_id: childId })
      .execute();
    await tx
      .insertInto('consents')
      .values([
        {
          ...org,
          referral_id: referralId,
          child_id: childId,
          giver: 'young_person',
          given_on: isoDaysAgo(115),
          method: 'in_person',
          scope_search: true,
          scope_contact: true,
          scope_share: true,
          share_only_with: stage === 4 ? 'Grace Holloway\nDenise Holloway' : null,
        },
        {
          ...org,
          referral_id: referralId,
          child_id: childId,
          giver: 'parental_responsibility',
          giver_name: 'Demo Council',
          relationship: 'Local authority',
          given_on: isoDaysAgo(114),
          method: 'email',
          scope_search: true,
          scope_contact: true,
          scope_share: true,
        },
      ])
      .execute();
    const journeyId = (
      await tx
        .insertInto('journeys')
        .values({
          ...org,
          referral_id: referralId,
          kind: 'lifelong_links',
          stage,
          coordinator_id: people.coordinator,
          opened_at: daysAgo(100),
          consent_reconfirmation_due: isoDaysAgo(-40),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const event = (kind: 'opened' | 'stage_moved', from: number, to: number, days: number) => ({
      ...org,
      journey_id: journeyId,
      kind,
      from_stage: from,
      to_stage: to,
      reason: kind === 'opened' ? 'Referral accepted and matched to a coordinator' : 'Moved on',
      actor_id: kind === 'opened' ? people.manager : people.coordinator,
      occurred_at: daysAgo(days),
    });
    await tx
      .insertInto('journey_events')
      .values([
        event('opened', 1, 2, 100),
        event('stage_moved', 2, 3, 80),
        ...(stage === 4 ? [event('stage_moved', 3, 4, 20)] : []),
      ])
      .execute();
    await tx
      .insertInto('planning_meetings')
      .values({
        ...org,
        journey_id: journeyId,
        starts_at: daysAgo(85),
        venue: 'Family Centre, Meeting Room 1',
        objectives: 'Find and reconnect the people who matter',
        recorded_at: daysAgo(84),
        recorded_by: people.coordinator,
      })
      .execute();
    return { childId, journeyId };
  }

  const tia = await journeyFor(
    {
      first_name: 'Tia',
      last_name: 'Mensah',
      date_of_birth: '2010-07-19',
      gender: '2',
      first_language: 'English',
      looked_after_since: '2018-09-03',
      carers: 'Ruth and Dev Osei (foster carers)',
    },
    'LL-2026-0021',
    3,
  );
  const reece = await journeyFor(
    {
      first_name: 'Callum',
      last_name: 'Holloway',
      date_of_birth: '2009-12-01',
      gender: '1',
      first_language: 'English',
      looked_after_since: '2016-04-11',
      carers: 'Birch Lodge children’s home',
    },
    'LL-2026-0022',
    4,
  );

  const context = {
    tx,
    organisationId,
    coordinator: people.coordinator,
    socialWorker: people.socialWorker,
  };
  await seedDemoDiscoveryTools(context, tia, reece);
  await seedDemoDiscoveryRecords(context, tia, reece);
}
