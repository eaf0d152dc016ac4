import type { Tx } from '../database.ts';
import { HUGHES_PEOPLE, KAYLA, REECE, TYLER, WALKER_PEOPLE } from './demo-network-people.ts';
import { insertDemoMembers, insertDemoPeople } from './demo-network-records.ts';

/**
 * Two demo journeys with networks (issue 10): Kayla and Tyler Hughes, sister and brother on one
 * Lifelong Links referral at stage 3 (discovery), sharing part of their networks; and Reece
 * Walker at stage 4 (engagement), with people at every point of the pipeline. Four generations
 * each, with realistic birth years, so the genogram has something to draw. Every name is invented.
 */

export async function seedDemoNetworks(
  tx: Tx,
  organisationId: string,
  staff: { socialWorker: string; iro: string; manager: string; coordinator: string },
) {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

  const child = (values: Record<string, unknown>) =>
    tx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        social_worker_id: staff.socialWorker,
        iro_id: staff.iro,
        looked_after: true,
        first_language: 'English',
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);

  const kayla = await child({
    first_name: 'Kayla',
    last_name: 'Hughes',
    date_of_birth: '2010-05-21',
    gender: '2',
    looked_after_since: '2020-02-10',
    case_record_id: 'DEMO-1101',
    carers: 'Rita and Gary Shaw (foster carers)',
  });
  const tyler = await child({
    first_name: 'Tyler',
    last_name: 'Hughes',
    date_of_birth: '2012-11-08',
    gender: '1',
    looked_after_since: '2020-02-10',
    case_record_id: 'DEMO-1102',
    carers: 'Rita and Gary Shaw (foster carers)',
  });
  const reece = await child({
    first_name: 'Reece',
    last_name: 'Walker',
    date_of_birth: '2009-08-30',
    gender: '1',
    looked_after_since: '2017-09-04',
    case_record_id: 'DEMO-1103',
    carers: 'Maple Lodge (children’s home)',
  });

  const journeyFor = async (
    reference: string,
    childIds: string[],
    stage: number,
    openedDaysAgo: number,
  ) => {
    const referral = await tx
      .insertInto('referrals')
      .values({
        organisation_id: organisationId,
        reference,
        kind: 'lifelong_links',
        status: 'accepted',
        referrer_id: staff.socialWorker,
        referrer_role: 'social_worker',
        created_at: daysAgo(openedDaysAgo + 20),
        submitted_at: daysAgo(openedDaysAgo + 10),
        decided_at: daysAgo(openedDaysAgo + 2),
        decided_by: staff.manager,
        criteria_met: true,
        coordinator_id: staff.coordinator,
        matched_at: daysAgo(openedDaysAgo + 1),
        matched_by: staff.manager,
        reason:
          'Wants to know more about their family and to stay in touch with people who matter.',
        language: 'English',
        interpreter_needed: false,
        advocate_needed: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const childId of childIds) {
      await tx
        .insertInto('referral_children')
        .values({ organisation_id: organisationId, referral_id: referral.id, child_id: childId })
        .execute();
      for (const giver of ['young_person', 'parental_responsibility'] as const) {
        await tx
          .insertInto('consents')
          .values({
            organisation_id: organisationId,
            referral_id: referral.id,
            child_id: childId,
            giver,
            ...(giver === 'parental_responsibility'
              ? { giver_name: 'Demo Council (care order)', relationship: 'Local authority' }
              : {}),
            given_on: isoDaysAgo(openedDaysAgo + 12),
            method: giver === 'young_person' ? 'in_person' : 'email',
            scope_search: true,
            scope_contact: true,
            scope_share: true,
          })
          .execute();
      }
    }
    const journey = await tx
      .insertInto('journeys')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        kind: 'lifelong_links',
        stage,
        coordinator_id: staff.coordinator,
        opened_at: daysAgo(openedDaysAgo),
        consent_reconfirmation_due: isoDaysAgo(-30),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('journey_events')
      .values([
        {
          organisation_id: organisationId,
          journey_id: journey.id,
          kind: 'opened',
          from_stage: 1,
          to_stage: 2,
          reason: 'Referral accepted and matched to a coordinator',
          actor_id: staff.manager,
          occurred_at: daysAgo(openedDaysAgo),
        },
        ...Array.from({ length: stage - 2 }, (_, index) => ({
          organisation_id: organisationId,
          journey_id: journey.id,
          kind: 'stage_moved' as const,
          from_stage: index + 2,
          to_stage: index + 3,
          actor_id: staff.coordinator,
          occurred_at: daysAgo(openedDaysAgo - 10 * (index + 1)),
        })),
      ])
      .execute();
    return journey.id;
  };

  const context = { tx, organisationId, staff };
  const hughesJourney = await journeyFor('LL-2026-0011', [kayla, tyler], 3, 50);
  const hughes = await insertDemoPeople(context, HUGHES_PEOPLE);
  await insertDemoMembers(context, kayla, hughesJourney, hughes, KAYLA);
  await insertDemoMembers(context, tyler, hughesJourney, hughes, TYLER);

  const walkerJourney = await journeyFor('LL-2026-0012', [reece], 4, 80);
  const walker = await insertDemoPeople(context, WALKER_PEOPLE);
  await insertDemoMembers(context, reece, walkerJourney, walker, REECE);
}
