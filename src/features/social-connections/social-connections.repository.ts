import type { Insertable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { SnapshotConnection, SnapshotKind, SocialConnectionsTable } from '../../db/schema.ts';

/** The young person's social connections (one per network member) and their snapshots. */

export function connectionsOfChild(tx: Tx, organisationId: string, childId: string) {
  return tx
    .selectFrom('social_connections')
    .innerJoin('network_members', 'network_members.id', 'social_connections.member_id')
    .selectAll('social_connections')
    .where('social_connections.organisation_id', '=', organisationId)
    .where('network_members.organisation_id', '=', organisationId)
    .where('network_members.child_id', '=', childId)
    .execute();
}

export async function saveConnection(
  tx: Tx,
  row: Omit<Insertable<SocialConnectionsTable>, 'id' | 'updated_at'>,
) {
  const { organisation_id: _o, member_id: _m, ...change } = row;
  await tx
    .insertInto('social_connections')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'member_id'])
        .doUpdateSet({ ...change, updated_at: new Date() }),
    )
    .execute();
}

export function insertSnapshot(
  tx: Tx,
  snapshot: {
    organisationId: string;
    childId: string;
    journeyId: string;
    kind: SnapshotKind;
    takenOn: string;
    takenBy: string;
    connections: SnapshotConnection[];
  },
) {
  return tx
    .insertInto('social_connection_snapshots')
    .values({
      organisation_id: snapshot.organisationId,
      child_id: snapshot.childId,
      journey_id: snapshot.journeyId,
      kind: snapshot.kind,
      taken_on: snapshot.takenOn,
      taken_by: snapshot.takenBy,
      connections: JSON.stringify(snapshot.connections),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function snapshotsOfChild(tx: Tx, organisationId: string, childId: string) {
  return tx
    .selectFrom('social_connection_snapshots')
    .select(['id', 'kind', 'taken_on', 'connections', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .orderBy('taken_on')
    .orderBy('created_at')
    .execute();
}
