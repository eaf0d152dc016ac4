import type { Db } from '../../src/db/database.ts';
import type { ArrangedCase, Cast } from '../../src/features/journeys/journeys-test-support.ts';
import type { RecordKind } from '../integration/access-expectations.ts';

/**
 * The records hanging off each case of the access matrix (tests/integration/access-matrix.test.ts):
 * a conflict declaration, a network member and a relationship, a safety concern, a mobility
 * place, a conference with an invitation, a venue and a plan with a copy sent, so that every
 * route answers about a real record of the caller's own, another person's, and another
 * organisation's.
 */
type PerCase<T> = Partial<Record<RecordKind, T>>;

export const declarations: PerCase<string> = {};
/** A member of the first child's network in each case (network routes). */
export const members: PerCase<string> = {};
export const relationships: PerCase<string> = {};
/** A safety concern on each case, sent to its child's social worker where it has one. */
export const concerns: PerCase<string> = {};
/** A place on each case's mobility map. */
export const places: PerCase<string> = {};
/** A conference with one invitation on each case, and a venue of each kind (issue 8). */
export const conferences: PerCase<{ conferenceId: string; invitationId: string }> = {};
export const venues: PerCase<string> = {};
/** A plan (of each case's conference) with one version and one copy sent (ADR 0031). */
export const plans: PerCase<{ planId: string; recipientId: string }> = {};

const KINDS: RecordKind[] = ['own', 'other', 'foreign'];

export async function arrangeRecordsOfEachCase(
  owner: Db,
  { home, abroad, cases }: { home: Cast; abroad: Cast; cases: PerCase<ArrangedCase> },
) {
  for (const kind of KINDS) {
    const found = cases[kind];
    if (!found) throw new Error(`no ${kind} case arranged`);
    const referral = await owner
      .selectFrom('referrals')
      .select(['organisation_id', 'coordinator_id'])
      .where('id', '=', found.referralId)
      .executeTakeFirstOrThrow();
    const recorder = kind === 'foreign' ? abroad.manager : home.manager;
    const declaration = await owner
      .insertInto('conflict_declarations')
      .values({
        organisation_id: referral.organisation_id,
        referral_id: found.referralId,
        coordinator_id: referral.coordinator_id ?? '',
        has_conflict: false,
        recorded_by: recorder.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    declarations[kind] = declaration.id;
    const person = await owner
      .insertInto('network_people')
      .values({
        organisation_id: referral.organisation_id,
        first_name: 'Denise',
        kind: 'birth_family',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = await owner
      .insertInto('network_members')
      .values({
        organisation_id: referral.organisation_id,
        child_id: found.childIds[0] ?? '',
        person_id: person.id,
        journey_id: found.journeyId,
        found_by: 'young_person',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    members[kind] = member.id;
    // Denise's partner, in the same child's network: a genogram relationship to change.
    const partner = await owner
      .insertInto('network_people')
      .values({
        organisation_id: referral.organisation_id,
        first_name: 'Ray',
        kind: 'birth_family',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await owner
      .insertInto('network_members')
      .values({
        organisation_id: referral.organisation_id,
        child_id: found.childIds[0] ?? '',
        person_id: partner.id,
        journey_id: found.journeyId,
        found_by: 'young_person',
      })
      .execute();
    const relationship = await owner
      .insertInto('network_relationships')
      .values({
        organisation_id: referral.organisation_id,
        kind: 'partner',
        from_person_id: person.id,
        to_person_id: partner.id,
        partnership_status: 'married',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    relationships[kind] = relationship.id;
    const child = await owner
      .selectFrom('children')
      .select(['id', 'social_worker_id'])
      .where('id', '=', found.childIds[0] ?? '')
      .executeTakeFirstOrThrow();
    const concern = await owner
      .insertInto('safety_concerns')
      .values({
        organisation_id: referral.organisation_id,
        journey_id: found.journeyId,
        child_id: child.id,
        about: 'child',
        details: 'A worry about safety',
        raised_by: referral.coordinator_id ?? '',
        social_worker_id: child.social_worker_id,
        sent_at: child.social_worker_id ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    concerns[kind] = concern.id;
    const place = await owner
      .insertInto('mobility_places')
      .values({
        organisation_id: referral.organisation_id,
        journey_id: found.journeyId,
        child_id: child.id,
        area: 'Leeds',
        kind: 'school',
        recorded_by: referral.coordinator_id ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    places[kind] = place.id;
  }
  for (const kind of KINDS) {
    const found = cases[kind];
    if (!found) throw new Error(`no ${kind} case arranged`);
    const cast = kind === 'foreign' ? abroad : home;
    const organisationId = cast.organisation.id;
    venues[kind] = (
      await owner
        .insertInto('conference_venues')
        .values({
          organisation_id: organisationId,
          name: `Venue ${kind}`,
          address: '1 High Street',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const conference = await owner
      .insertInto('conferences')
      .values({
        organisation_id: organisationId,
        journey_id: found.journeyId,
        kind: 'fgc',
        starts_at: new Date(Date.now() + 14 * 86_400_000),
        duration_minutes: 120,
        created_by: cast.manager.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const invitation = await owner
      .insertInto('conference_invitations')
      .values({
        organisation_id: organisationId,
        conference_id: conference.id,
        professional_name: 'Sam Teacher',
        method: 'letter',
        created_by: cast.manager.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    conferences[kind] = { conferenceId: conference.id, invitationId: invitation.id };
    // A plan with one draft version, so the plan's pages answer as pages (ADR 0030).
    const plan = await owner
      .insertInto('plans')
      .values({
        organisation_id: organisationId,
        journey_id: found.journeyId,
        conference_id: conference.id,
        made_on: '2026-11-20',
        created_by: cast.manager.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const version = await owner
      .insertInto('plan_versions')
      .values({
        organisation_id: organisationId,
        plan_id: plan.id,
        number: 1,
        content: JSON.stringify({ words: 'I want to see my nan' }),
        created_by: cast.manager.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const recipient = await owner
      .insertInto('plan_recipients')
      .values({
        organisation_id: organisationId,
        plan_id: plan.id,
        plan_version_id: version.id,
        recipient_kind: 'young_person',
        method: 'in_person',
        created_by: cast.manager.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    plans[kind] = { planId: plan.id, recipientId: recipient.id };
  }
}
