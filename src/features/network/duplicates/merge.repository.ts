import { sql } from 'kysely';
import type { Tx } from '../../../db/database.ts';

/** Queries of possible duplicates and of merging two people (migration 012). */

/** People whose name is like `name`, most alike first (a trigram search, this organisation only). */
export async function peopleNamedLike(tx: Tx, name: string) {
  const result = await sql<{ person_id: string; score: number }>`
    select person_id, score from kindred_network_people_like(${name})`.execute(tx);
  return result.rows;
}

/** The people of these children's networks, and the children themselves as people. */
export async function peopleOfFamily(tx: Tx, childIds: readonly string[]) {
  if (childIds.length === 0) return new Set<string>();
  const rows = await tx
    .selectFrom('network_members')
    .select('person_id')
    .where('child_id', 'in', childIds)
    .union(
      tx.selectFrom('network_people').select('id as person_id').where('child_id', 'in', childIds),
    )
    .execute();
  return new Set(rows.map((row) => row.person_id));
}

export function membersOfPerson(tx: Tx, personId: string) {
  return tx
    .selectFrom('network_members')
    .innerJoin('network_people', 'network_people.id', 'network_members.person_id')
    .select([
      'network_members.id',
      'network_members.child_id',
      'network_members.status',
      'network_members.young_person_say',
      'network_members.off_ramp',
      'network_members.off_ramp_on',
      'network_people.deceased',
    ])
    .where('network_members.person_id', '=', personId)
    .forUpdate('network_members')
    .execute();
}

/**
 * Repoints every foreign key to a row of `table` (network_people or network_members) from one
 * row to the other, as found in the catalogue: returns how many rows moved, per column.
 */
export async function repointReferences(
  tx: Tx,
  table: 'network_people' | 'network_members',
  fromId: string,
  toId: string,
): Promise<Record<string, number>> {
  const result = await sql<{ moved: Record<string, number> }>`
    select kindred_repoint_references(${table}::regclass, ${fromId}::uuid, ${toId}::uuid) as moved`.execute(
    tx,
  );
  return result.rows[0]?.moved ?? {};
}

export async function deleteMember(tx: Tx, memberId: string) {
  await tx.deleteFrom('network_members').where('id', '=', memberId).execute();
}

export async function deletePerson(tx: Tx, personId: string) {
  await tx.deleteFrom('network_people').where('id', '=', personId).execute();
}

/** Runs `work` so that a unique key it breaks undoes only its own changes, and says so. */
export async function refusingClashes<T>(tx: Tx, work: () => Promise<T>): Promise<T | 'clash'> {
  await sql`savepoint network_merge`.execute(tx);
  try {
    const done = await work();
    await sql`release savepoint network_merge`.execute(tx);
    return done;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await sql`rollback to savepoint network_merge`.execute(tx);
    return 'clash';
  }
}
