import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type {
  ConferenceInvitationsTable,
  ConferencesTable,
  ConferenceVenuesTable,
} from '../../db/schema.ts';

export type ConferenceRow = Selectable<ConferencesTable>;
export type InvitationRow = Selectable<ConferenceInvitationsTable>;
export type VenueRow = Selectable<ConferenceVenuesTable>;
export type NewConference = Omit<Insertable<ConferencesTable>, 'organisation_id' | 'id'>;
export type ConferenceChange = Omit<Updateable<ConferencesTable>, 'organisation_id' | 'id'>;
export type NewInvitation = Omit<Insertable<ConferenceInvitationsTable>, 'organisation_id' | 'id'>;
export type InvitationChange = Omit<
  Updateable<ConferenceInvitationsTable>,
  'organisation_id' | 'id' | 'conference_id'
>;
export type VenueDetails = Pick<
  VenueRow,
  'name' | 'address' | 'accessibility' | 'notes' | 'active'
>;

export function conferencesOfJourney(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('conferences')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findConference(tx: Tx, conferenceId: string, options: { lock?: boolean } = {}) {
  const query = tx.selectFrom('conferences').selectAll().where('id', '=', conferenceId);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export async function insertConference(tx: Tx, organisationId: string, row: NewConference) {
  return tx
    .insertInto('conferences')
    .values({ ...row, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateConference(tx: Tx, conferenceId: string, change: ConferenceChange) {
  await tx
    .updateTable('conferences')
    .set({ ...change, updated_at: new Date() })
    .where('id', '=', conferenceId)
    .execute();
}

export async function wishesOf(tx: Tx, conferenceId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('conference_wishes')
    .select('member_id')
    .where('conference_id', '=', conferenceId)
    .execute();
  return rows.map((row) => row.member_id);
}

export async function replaceWishes(
  tx: Tx,
  organisationId: string,
  conferenceId: string,
  memberIds: readonly string[],
) {
  await tx.deleteFrom('conference_wishes').where('conference_id', '=', conferenceId).execute();
  if (memberIds.length === 0) return;
  await tx
    .insertInto('conference_wishes')
    .values(
      memberIds.map((memberId) => ({
        organisation_id: organisationId,
        conference_id: conferenceId,
        member_id: memberId,
      })),
    )
    .execute();
}

/** A conference's invitations, with the network person's name where it is a member's. */
export function invitationsOf(tx: Tx, conferenceId: string) {
  return tx
    .selectFrom('conference_invitations as i')
    .leftJoin('network_members as m', 'm.id', 'i.member_id')
    .leftJoin('network_people as p', 'p.id', 'm.person_id')
    .selectAll('i')
    .select(['p.first_name', 'p.last_name', 'p.known_as', 'm.relationship', 'p.id as person_id'])
    .where('i.conference_id', '=', conferenceId)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}
export type InvitationWithName = Awaited<ReturnType<typeof invitationsOf>>[number];

export async function insertInvitation(tx: Tx, organisationId: string, row: NewInvitation) {
  return tx
    .insertInto('conference_invitations')
    .values({ ...row, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateInvitation(tx: Tx, invitationId: string, change: InvitationChange) {
  await tx
    .updateTable('conference_invitations')
    .set({ ...change, updated_at: new Date() })
    .where('id', '=', invitationId)
    .execute();
}

export function venuesOf(tx: Tx, options: { activeOnly: boolean }) {
  let query = tx.selectFrom('conference_venues').selectAll();
  if (options.activeOnly) query = query.where('active', '=', true);
  return query.orderBy('name').orderBy('id').execute();
}

export function findVenue(tx: Tx, venueId: string) {
  return tx
    .selectFrom('conference_venues')
    .selectAll()
    .where('id', '=', venueId)
    .executeTakeFirst();
}

export async function insertVenue(tx: Tx, organisationId: string, venue: VenueDetails) {
  return tx
    .insertInto('conference_venues')
    .values({ ...venue, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateVenue(tx: Tx, venueId: string, venue: VenueDetails) {
  await tx
    .updateTable('conference_venues')
    .set({ ...venue, updated_at: new Date() })
    .where('id', '=', venueId)
    .execute();
}
