import type { Tx } from '../../db/database.ts';
import type { DiscoveryTool } from '../../domain/discovery-tools.ts';

/** Sessions with the young person, in the order they were held. */
export function sessionsOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('young_person_sessions')
    .leftJoin('users', 'users.id', 'young_person_sessions.recorded_by')
    .select([
      'young_person_sessions.id',
      'young_person_sessions.held_on',
      'young_person_sessions.place',
      'young_person_sessions.who_was_there',
      'young_person_sessions.tools',
      'young_person_sessions.own_words',
      'young_person_sessions.wants_next',
      'young_person_sessions.recorded_at',
      'users.display_name as recorded_by_name',
    ])
    .where('young_person_sessions.journey_id', '=', journeyId)
    .orderBy('young_person_sessions.held_on')
    .orderBy('young_person_sessions.recorded_at')
    .execute();
}
export type SessionRow = Awaited<ReturnType<typeof sessionsOf>>[number];

export interface NewSession {
  heldOn: string;
  place: string;
  whoWasThere: string;
  tools: DiscoveryTool[];
  ownWords: string | null;
  wantsNext: string | null;
}

export function insertSession(
  tx: Tx,
  where: { organisationId: string; journeyId: string; recordedBy: string },
  session: NewSession,
) {
  return tx
    .insertInto('young_person_sessions')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      recorded_by: where.recordedBy,
      held_on: session.heldOn,
      place: session.place,
      who_was_there: session.whoWasThere,
      tools: session.tools,
      own_words: session.ownWords,
      wants_next: session.wantsNext,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
