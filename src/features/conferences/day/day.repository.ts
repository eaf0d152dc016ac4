import type { Insertable, Selectable } from 'kysely';
import type { Tx } from '../../../db/database.ts';
import type { ConferenceAttendanceTable, ConferenceDaysTable } from '../../../db/schema.ts';

export type ConferenceDayRow = Selectable<ConferenceDaysTable>;
type DayChange = Omit<
  Insertable<ConferenceDaysTable>,
  'organisation_id' | 'conference_id' | 'updated_by'
>;
type NewAttendance = Omit<
  Insertable<ConferenceAttendanceTable>,
  'organisation_id' | 'conference_id' | 'recorded_by'
>;

export function dayOf(tx: Tx, conferenceId: string) {
  return tx
    .selectFrom('conference_days')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
}

/** Writes part of the conference's day (the row is made on first use). */
export async function saveDay(
  tx: Tx,
  ids: { organisationId: string; conferenceId: string; userId: string },
  change: DayChange,
) {
  await tx
    .insertInto('conference_days')
    .values({
      ...change,
      organisation_id: ids.organisationId,
      conference_id: ids.conferenceId,
      updated_by: ids.userId,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'conference_id'])
        .doUpdateSet({ ...change, updated_by: ids.userId, updated_at: new Date() }),
    )
    .execute();
}

/** The register, with the network person's name where the person is a member. */
export function attendanceOf(tx: Tx, conferenceId: string) {
  return tx
    .selectFrom('conference_attendance as a')
    .leftJoin('conference_invitations as i', 'i.id', 'a.invitation_id')
    .leftJoin('network_members as m', 'm.id', 'a.member_id')
    .leftJoin('network_people as p', 'p.id', 'm.person_id')
    .selectAll('a')
    .select([
      'p.first_name',
      'p.last_name',
      'p.known_as',
      'm.relationship',
      'i.professional_name',
      'i.professional_role',
    ])
    .where('a.conference_id', '=', conferenceId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}
export type AttendanceWithName = Awaited<ReturnType<typeof attendanceOf>>[number];

/**
 * Puts someone on the register, or changes how and for which parts they came when they are on it
 * already (an invitation or a member is on the register once).
 */
export async function recordAttendance(
  tx: Tx,
  ids: { organisationId: string; conferenceId: string; userId: string },
  row: NewAttendance,
) {
  const existing = await tx
    .selectFrom('conference_attendance')
    .select('id')
    .where('conference_id', '=', ids.conferenceId)
    .where((eb) =>
      row.member_id
        ? eb('member_id', '=', row.member_id)
        : row.invitation_id
          ? eb('invitation_id', '=', row.invitation_id)
          : eb.val(false),
    )
    .executeTakeFirst();
  if (existing) {
    await tx
      .updateTable('conference_attendance')
      .set({ ...row, updated_at: new Date() })
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, changed: true };
  }
  const made = await tx
    .insertInto('conference_attendance')
    .values({
      ...row,
      organisation_id: ids.organisationId,
      conference_id: ids.conferenceId,
      recorded_by: ids.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: made.id, changed: false };
}

export function sharedNotesOf(tx: Tx, conferenceId: string) {
  return tx
    .selectFrom('conference_shared_notes')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertSharedNote(
  tx: Tx,
  ids: { organisationId: string; conferenceId: string; userId: string },
  note: { shared_by: string; what: string },
) {
  return tx
    .insertInto('conference_shared_notes')
    .values({
      ...note,
      organisation_id: ids.organisationId,
      conference_id: ids.conferenceId,
      recorded_by: ids.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
