import type { Tx } from '../../db/database.ts';

/** The young people's timelines, in the order of their lives. */
export function timelinesOf(tx: Tx, organisationId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('timeline_entries')
    .select(['id', 'child_id', 'date_text', 'sort_on', 'own_words'])
    .where('organisation_id', '=', organisationId)
    .where('child_id', 'in', childIds)
    .orderBy('sort_on')
    .orderBy('recorded_at')
    .execute();
}

export function insertTimelineEntry(
  tx: Tx,
  where: { organisationId: string; journeyId: string; recordedBy: string },
  entry: { childId: string; dateText: string; sortOn: string; ownWords: string },
) {
  return tx
    .insertInto('timeline_entries')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      recorded_by: where.recordedBy,
      child_id: entry.childId,
      date_text: entry.dateText,
      sort_on: entry.sortOn,
      own_words: entry.ownWords,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
