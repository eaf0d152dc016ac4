import type { Db } from '../../db/database.ts';
import type { MemberStatus, OffRamp, SafetyOutcome, YoungPersonSay } from '../../db/schema.ts';
import { type ArrangedCase, arrangeJourney, type Cast } from '../journeys/journeys-test-support.ts';

export interface ConferenceCase extends ArrangedCase {
  venueId: string;
  /** Network members by first name: Margaret and Tom may be invited; Dan and Rita may not. */
  members: Record<'Margaret' | 'Tom' | 'Dan' | 'Rita', string>;
}

interface MemberSetUp {
  firstName: string;
  say: YoungPersonSay;
  status: MemberStatus;
  offRamp: OffRamp | null;
  safety: SafetyOutcome | null;
}

const MEMBERS: MemberSetUp[] = [
  { firstName: 'Margaret', say: 'yes', status: 'agreed_to_engage', offRamp: null, safety: 'safe' },
  { firstName: 'Tom', say: 'yes', status: 'agreed_to_engage', offRamp: null, safety: 'safe' },
  {
    firstName: 'Dan',
    say: 'no',
    status: 'identified',
    offRamp: 'young_person_said_no',
    safety: null,
  },
  { firstName: 'Rita', say: 'yes', status: 'located', offRamp: null, safety: 'not_safe' },
];

/**
 * A journey at stage 5 whose young person consents to contact, with a venue and four people in
 * the network: two who may be invited, one the young person said no to, one not safe.
 */
export async function arrangeConferenceCase(ownerDb: Db, cast: Cast): Promise<ConferenceCase> {
  const arranged = await arrangeJourney(ownerDb, cast, {
    children: [{ firstName: 'Jordan', lastName: 'Rivers' }],
  });
  const organisationId = cast.organisation.id;
  const childId = arranged.childIds[0] ?? '';
  await ownerDb
    .updateTable('journeys')
    .set({ stage: 5 })
    .where('id', '=', arranged.journeyId)
    .execute();
  await ownerDb
    .updateTable('consents')
    .set({ scope_contact: true })
    .where('referral_id', '=', arranged.referralId)
    .execute();
  await ownerDb
    .updateTable('children')
    .set({ first_language: 'Polish' })
    .where('id', '=', childId)
    .execute();
  const venue = await ownerDb
    .insertInto('conference_venues')
    .values({
      organisation_id: organisationId,
      name: `Family Centre ${arranged.reference}`,
      address: '1 Market Street',
      accessibility: 'Step-free entrance and hearing loop',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members: Record<string, string> = {};
  for (const setUp of MEMBERS) {
    const person = await ownerDb
      .insertInto('network_people')
      .values({
        organisation_id: organisationId,
        first_name: setUp.firstName,
        last_name: 'Hughes',
        kind: 'birth_family',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = await ownerDb
      .insertInto('network_members')
      .values({
        organisation_id: organisationId,
        child_id: childId,
        person_id: person.id,
        journey_id: arranged.journeyId,
        relationship: 'Aunt',
        found_by: 'young_person',
        status: setUp.status,
        young_person_say: setUp.say,
        located_on: setUp.status === 'identified' ? null : '2026-01-10',
        off_ramp: setUp.offRamp,
        off_ramp_on: setUp.offRamp ? '2026-01-10' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (setUp.safety) {
      await ownerDb
        .insertInto('network_safety_checks')
        .values({
          organisation_id: organisationId,
          member_id: member.id,
          outcome: setUp.safety,
          not_safe_reason: setUp.safety === 'not_safe' ? 'A reason that must never be shown' : null,
          recorded_by: cast.coordinator.id,
          signed_off_by: cast.manager.id,
          signed_off_as: 'team_manager',
          signed_off_at: new Date(),
        })
        .execute();
    }
    members[setUp.firstName] = member.id;
  }
  return { ...arranged, venueId: venue.id, members: members as ConferenceCase['members'] };
}
