import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import type { Db, Tx } from '../database.ts';
import {
  ALL_PARTS,
  addMember,
  heldConference,
  type Org,
  openCase,
} from './demo-conference-day-cases.ts';

/**
 * The conference itself for the demo (issue 8; ADR 0029): Precious's Lifelong Links conference,
 * held yesterday with its register and private family time (the plan hangs from it next), and
 * the Fenwick children's FGC, whose outcome is "alternative family carers found". Every name is
 * invented. Added once, when LL-2026-0060 is not there yet.
 */
export async function seedDemoConferenceDay(ownerDb: Db, organisationId: string): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    const done = await tx
      .selectFrom('referrals')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('reference', '=', 'LL-2026-0060')
      .executeTakeFirst();
    if (done) return;
    const users = await tx
      .selectFrom('users')
      .select(['id', 'roles'])
      .where('organisation_id', '=', organisationId)
      .orderBy('display_name')
      .execute();
    const find = (role: string) => users.find((user) => user.roles.includes(role as never))?.id;
    const staff = {
      coordinator: find('coordinator') ?? '',
      socialWorker: find('social_worker') ?? '',
      iro: find('iro') ?? '',
      manager: find('team_manager') ?? '',
    };
    if (Object.values(staff).some((id) => !id)) return;
    const venue = await tx
      .selectFrom('conference_venues')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .orderBy('name')
      .executeTakeFirst();
    const org = { organisationId, ...staff, venueId: venue?.id ?? null };
    await heldLifelongLinks(tx, org);
    await fgcWithOutcome(tx, org);
  });
}

async function heldLifelongLinks(tx: Tx, org: Org) {
  const { journeyId, childIds } = await openCase(tx, org, {
    reference: 'LL-2026-0060',
    kind: 'lifelong_links',
    stage: 5,
    children: [{ first: 'Precious', last: 'Okoye', born: '2010-06-10', lookedAfter: true }],
  });
  const at = { childId: childIds[0] ?? '', journeyId };
  const grace = await addMember(tx, org, at, {
    first: 'Grace',
    last: 'Okoye',
    relationship: 'Aunt',
    status: 'attended',
  });
  // Samuel was invited and came late: the register does not have him yet (the browser test adds him).
  const samuel = await addMember(tx, org, at, {
    first: 'Samuel',
    last: 'Okoye',
    relationship: 'Grandfather',
    status: 'invited',
  });
  const conferenceId = await heldConference(tx, org, journeyId, 'lifelong_links_fgc', 1);
  const base = { organisation_id: org.organisationId, conference_id: conferenceId };
  const invitations = await tx
    .insertInto('conference_invitations')
    .values([
      {
        ...base,
        member_id: grace,
        method: 'letter',
        status: 'replied',
        reply: 'in_person',
        sent_on: addDays(todayInLondon(), -20),
        created_by: org.coordinator,
      },
      {
        ...base,
        member_id: samuel,
        method: 'in_person',
        status: 'replied',
        reply: 'in_person',
        sent_on: addDays(todayInLondon(), -20),
        created_by: org.coordinator,
      },
      {
        ...base,
        professional_name: 'Dev Malik',
        professional_role: 'Designated teacher',
        method: 'email',
        status: 'replied',
        reply: 'remote',
        sent_on: addDays(todayInLondon(), -20),
        created_by: org.coordinator,
      },
    ])
    .returning(['id', 'member_id'])
    .execute();
  const graceInvitation = invitations.find((row) => row.member_id === grace)?.id ?? null;
  const teacherInvitation = invitations.find((row) => row.member_id === null)?.id ?? null;
  const register = { ...base, recorded_by: org.coordinator };
  await tx
    .insertInto('conference_attendance')
    .values([
      {
        ...register,
        invitation_id: graceInvitation,
        member_id: grace,
        attended_how: 'in_person',
        parts: ALL_PARTS,
      },
      {
        ...register,
        invitation_id: teacherInvitation,
        attended_how: 'remote',
        parts: ['information_sharing'],
      },
      {
        ...register,
        name: 'Ade Bello',
        role: 'Advocate',
        attended_how: 'in_person',
        parts: ['information_sharing', 'agreeing_the_plan'],
      },
    ])
    .execute();
  await tx
    .insertInto('conference_shared_notes')
    .values({
      ...register,
      shared_by: 'Dev Malik, designated teacher',
      what: 'Precious is settled at school, loves art and wants to do it at college.',
    })
    .execute();
}

async function fgcWithOutcome(tx: Tx, org: Org) {
  const { journeyId } = await openCase(tx, org, {
    reference: 'FGC-2026-0070',
    kind: 'fgc',
    stage: 6,
    children: [
      { first: 'Ruby', last: 'Fenwick', born: '2016-02-03', lookedAfter: false },
      { first: 'Alfie', last: 'Fenwick', born: '2019-09-12', lookedAfter: false },
    ],
  });
  await heldConference(tx, org, journeyId, 'fgc', 30);
  await tx
    .insertInto('journey_outcomes')
    .values({
      organisation_id: org.organisationId,
      journey_id: journeyId,
      outcome: 'alternative_carers_found',
      outcome_on: addDays(todayInLondon(), -10),
      notes: 'Their grandparents will care for Ruby and Alfie while their mum gets support.',
      recorded_by: org.coordinator,
    })
    .execute();
}
