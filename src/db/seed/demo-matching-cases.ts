import type { Tx } from '../database.ts';

/**
 * More of the demo organisation's made-up cases, so that matching can be tried with a choice: a
 * referral to match for a young person whose first language only the second coordinator speaks,
 * one to match where that coordinator has declared a conflict, a declined referral, and a journey
 * at planning for the second coordinator. Every name here is invented.
 */
export async function seedDemoMatchingCases(
  tx: Tx,
  organisationId: string,
  people: { socialWorker: string; iro: string; manager: string; secondCoordinator: string },
) {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

  const child = (values: Record<string, unknown>) =>
    tx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        social_worker_id: people.socialWorker,
        iro_id: people.iro,
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);

  /** A referral the team manager has discussed, checked and decided on. */
  const decided = async (
    childId: string,
    values: Record<string, unknown> & { status: 'accepted' | 'declined' },
  ) => {
    const row = await tx
      .insertInto('referrals')
      .values({
        organisation_id: organisationId,
        referrer_id: people.socialWorker,
        referrer_role: 'social_worker',
        created_at: daysAgo(20),
        submitted_at: daysAgo(12),
        initial_discussion_on: isoDaysAgo(10),
        initial_discussion_notes: 'Talked it through with the social worker by phone.',
        decided_at: daysAgo(8),
        decided_by: people.manager,
        interpreter_needed: false,
        advocate_needed: false,
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('referral_children')
      .values({ organisation_id: organisationId, referral_id: row.id, child_id: childId })
      .execute();
    for (const giver of ['young_person', 'parental_responsibility'] as const) {
      await tx
        .insertInto('consents')
        .values({
          organisation_id: organisationId,
          referral_id: row.id,
          child_id: childId,
          giver,
          giver_name: giver === 'young_person' ? null : 'Demo Council (care order)',
          relationship: giver === 'young_person' ? null : 'Local authority',
          given_on: isoDaysAgo(14),
          method: 'in_person',
          scope_search: true,
          scope_contact: true,
          scope_share: true,
        })
        .execute();
    }
    return row.id;
  };

  const lookedAfter = {
    looked_after: true,
    looked_after_since: '2023-09-01',
    legal_status: 'C2',
    placement_type: 'U4',
  };
  const oliwia = await child({
    first_name: 'Oliwia',
    last_name: 'Kowalczyk',
    preferred_name: 'Oli',
    date_of_birth: '2011-08-19',
    first_language: 'Polish',
    case_record_id: 'DEMO-1007',
    ...lookedAfter,
  });
  await decided(oliwia, {
    reference: 'LL-2026-0004',
    kind: 'lifelong_links',
    status: 'accepted',
    criteria_met: true,
    reason: 'Oli has asked to find her grandmother in Gdańsk and a cousin she grew up with.',
    hopes: 'People who care about her, in Poland and here, who stay in her life.',
    language: 'Polish',
    interpreter_needed: true,
  });

  const bilal = await child({
    first_name: 'Bilal',
    last_name: 'Qureshi',
    date_of_birth: '2010-01-30',
    first_language: 'Urdu',
    case_record_id: 'DEMO-1008',
    ...lookedAfter,
  });
  const bilalReferral = await decided(bilal, {
    reference: 'LL-2026-0005',
    kind: 'lifelong_links',
    status: 'accepted',
    criteria_met: true,
    reason: 'Bilal would like to be back in touch with his uncle’s family.',
    hopes: 'A network that stays with Bilal after he leaves care.',
    language: 'Urdu',
  });
  // The coordinator who speaks Urdu has a conflict: matching must choose someone else.
  await tx
    .insertInto('conflict_declarations')
    .values({
      organisation_id: organisationId,
      referral_id: bilalReferral,
      coordinator_id: people.secondCoordinator,
      has_conflict: true,
      details: 'Was the family’s support worker at the Early Help hub last year.',
      recorded_by: people.manager,
      declared_at: daysAgo(7),
    })
    .execute();

  const harvey = await child({
    first_name: 'Harvey',
    last_name: 'Lewis',
    date_of_birth: '2014-04-03',
    first_language: 'English',
    case_record_id: 'DEMO-1009',
  });
  await decided(harvey, {
    reference: 'FGC-2026-0002',
    kind: 'fgc',
    status: 'declined',
    criteria_met: false,
    criteria_notes: 'The family is already working with the edge of care team on a plan.',
    decline_reason:
      'The family already has a plan with the edge of care team. Refer again if that plan ends.',
    reason: 'Harvey’s grandmother can no longer care for him every weekend.',
    hopes: 'A family plan for weekends.',
    bottom_lines: 'Harvey is not left alone overnight.',
    language: 'English',
  });

  const amelia = await child({
    first_name: 'Amelia',
    last_name: 'Wright',
    preferred_name: 'Millie',
    date_of_birth: '2012-12-12',
    first_language: 'English',
    case_record_id: 'DEMO-1010',
    ...lookedAfter,
  });
  const ameliaReferral = await decided(amelia, {
    reference: 'LL-2026-0006',
    kind: 'lifelong_links',
    status: 'accepted',
    criteria_met: true,
    coordinator_id: people.secondCoordinator,
    matched_at: daysAgo(6),
    matched_by: people.manager,
    reason: 'Millie wants to know her half-sisters on her dad’s side.',
    hopes: 'That Millie knows who her family are and sees them.',
    language: 'English',
  });
  await tx
    .insertInto('conflict_declarations')
    .values({
      organisation_id: organisationId,
      referral_id: ameliaReferral,
      coordinator_id: people.secondCoordinator,
      has_conflict: false,
      recorded_by: people.manager,
      declared_at: daysAgo(6),
    })
    .execute();
  const journey = await tx
    .insertInto('journeys')
    .values({
      organisation_id: organisationId,
      referral_id: ameliaReferral,
      kind: 'lifelong_links',
      stage: 2,
      coordinator_id: people.secondCoordinator,
      opened_at: daysAgo(6),
      consent_reconfirmation_due: isoDaysAgo(-76),
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
      occurred_at: daysAgo(6),
    })
    .execute();
}
