import type { Db, Tx } from '../database.ts';

/**
 * The plan for the demo (issue 8; ADR 0030): Maya's Lifelong Links journey, whose conference was
 * held four days ago, with a plan written and waiting for the referrer to agree it. Every name
 * is invented. Added once, when the journey's referral is not there yet.
 */
const REFERENCE = 'LL-2026-0061';

export async function seedDemoPlan(ownerDb: Db, organisationId: string): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('referrals')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('reference', '=', REFERENCE)
      .executeTakeFirst();
    if (existing) return;
    const users = await tx
      .selectFrom('users')
      .select(['id', 'roles'])
      .where('organisation_id', '=', organisationId)
      .orderBy('display_name')
      .execute();
    const find = (role: string) => users.find((user) => user.roles.includes(role as never))?.id;
    const [coordinator, socialWorker, iro, manager] = [
      find('coordinator'),
      find('social_worker'),
      find('iro'),
      find('team_manager'),
    ];
    if (!coordinator || !socialWorker || !iro || !manager) return;
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
    const child = await tx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        first_name: 'Maya',
        last_name: 'Okonjo',
        date_of_birth: '2010-04-12',
        gender: '2',
        first_language: 'English',
        looked_after: true,
        looked_after_since: '2019-09-16',
        social_worker_id: socialWorker,
        iro_id: iro,
        case_record_id: 'DEMO-1060',
        carers: 'Jo Bright (foster carer)',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const referral = await tx
      .insertInto('referrals')
      .values({
        organisation_id: organisationId,
        reference: REFERENCE,
        kind: 'lifelong_links',
        status: 'accepted',
        referrer_id: socialWorker,
        referrer_role: 'social_worker',
        coordinator_id: coordinator,
        matched_by: manager,
        decided_by: manager,
        created_at: daysAgo(160),
        submitted_at: daysAgo(150),
        decided_at: daysAgo(145),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('referral_children')
      .values({ organisation_id: organisationId, referral_id: referral.id, child_id: child.id })
      .execute();
    await tx
      .insertInto('consents')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        child_id: child.id,
        giver: 'young_person',
        given_on: isoDaysAgo(152),
        method: 'in_person',
        scope_search: true,
        scope_contact: true,
        scope_share: true,
        own_words: 'I want my aunty and my big brother in my life.',
      })
      .execute();
    const journey = await tx
      .insertInto('journeys')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        kind: 'lifelong_links',
        stage: 5,
        coordinator_id: coordinator,
        opened_at: daysAgo(144),
        consent_reconfirmation_due: isoDaysAgo(-36),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await addNetwork(
      tx,
      organisationId,
      child.id,
      journey.id,
      manager,
      coordinator,
    );
    const startsAt = daysAgo(4);
    startsAt.setUTCHours(10, 0, 0, 0);
    const conference = await tx
      .insertInto('conferences')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        kind: 'lifelong_links_fgc',
        starts_at: startsAt,
        duration_minutes: 180,
        food: 'Pizza, fruit and juice',
        language: 'English',
        ground_rules: 'One person speaks at a time. Maya can stop the meeting whenever she wants.',
        what_matters: 'Seeing my aunty and my brother more.',
        young_person_prepared: true,
        created_by: coordinator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = await tx
      .insertInto('plans')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        conference_id: conference.id,
        made_on: startsAt.toISOString().slice(0, 10),
        created_by: coordinator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('plan_versions')
      .values({
        organisation_id: organisationId,
        plan_id: plan.id,
        number: 1,
        content: JSON.stringify(planContent(members, isoDaysAgo(-30))),
        created_by: coordinator,
        ready_at: daysAgo(2),
      })
      .execute();
    // The notice the referrer got when it was sent to them (plan.notices.ts), unread.
    await tx
      .insertInto('notifications')
      .values({
        organisation_id: organisationId,
        user_id: socialWorker,
        kind: 'plan_decision_needed',
        subject: `The plan for ${REFERENCE} is waiting for your decision`,
        body: 'Read the plan, then agree it, say you need more time, or say you do not agree it.',
        link: `/journeys/${journey.id}/conferences/${conference.id}/plan/decision`,
        created_at: daysAgo(2),
      })
      .execute();
  });
}

function planContent(members: { aunt: string; brother: string }, byWhen: string) {
  return {
    words:
      'I want to see Aunty Grace every other weekend and I want to text my brother Daniel whenever I want.\n\nI do not want to move school.',
    actions: [
      {
        id: '6f1c1c1e-4a59-4c55-9f55-0e8d3c1a0001',
        what: 'Have Maya to stay every other weekend',
        owner: { kind: 'member', memberId: members.aunt, name: 'Grace Okonjo' },
        byWhen: null,
        howOften: 'Every other weekend',
        how: 'in_person',
      },
      {
        id: '6f1c1c1e-4a59-4c55-9f55-0e8d3c1a0002',
        what: 'Set up a video call with Maya on Sunday evenings',
        owner: { kind: 'member', memberId: members.brother, name: 'Daniel Okonjo' },
        byWhen,
        howOften: 'Every Sunday',
        how: 'video',
      },
    ],
    contact: 'Maya sees Aunty Grace every other weekend and talks to Daniel on video every Sunday.',
    permanency: null,
    carers: [],
    bottomLines: null,
    contingency:
      'If a visit cannot happen, Grace rings Maya the same day and they pick another weekend. If it keeps happening, Jo calls everyone together again.',
    resources: 'Bus fares for Grace to collect Maya.',
    monitor: { kind: 'professional', name: 'Jo Bright', role: 'Foster carer' },
  };
}

async function addNetwork(
  tx: Tx,
  organisationId: string,
  childId: string,
  journeyId: string,
  manager: string,
  coordinator: string,
) {
  const ids: string[] = [];
  for (const [first, relationship] of [
    ['Grace', 'Aunt'],
    ['Daniel', 'Brother'],
  ] as const) {
    const person = await tx
      .insertInto('network_people')
      .values({
        organisation_id: organisationId,
        first_name: first,
        last_name: 'Okonjo',
        kind: 'birth_family',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = await tx
      .insertInto('network_members')
      .values({
        organisation_id: organisationId,
        child_id: childId,
        person_id: person.id,
        journey_id: journeyId,
        relationship,
        found_by: 'young_person',
        status: 'agreed_to_engage',
        young_person_say: 'yes',
        located_on: new Date().toISOString().slice(0, 10),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('network_safety_checks')
      .values({
        organisation_id: organisationId,
        member_id: member.id,
        outcome: 'safe',
        recorded_by: coordinator,
        signed_off_by: manager,
        signed_off_as: 'team_manager',
        signed_off_at: new Date(),
      })
      .execute();
    ids.push(member.id);
  }
  return { aunt: ids[0] ?? '', brother: ids[1] ?? '' };
}
