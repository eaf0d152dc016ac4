import type { Tx } from '../../db/database.ts';
import type { ConsentGiver, ContactMethod } from '../../db/schema.ts';

/** Case notes and consent reconfirmations recorded on a journey. */

export async function insertCaseNote(
  tx: Tx,
  note: {
    organisationId: string;
    journeyId: string;
    authorId: string;
    body: string;
    sensitive: boolean;
  },
) {
  return tx
    .insertInto('case_notes')
    .values({
      organisation_id: note.organisationId,
      journey_id: note.journeyId,
      author_id: note.authorId,
      body: note.body,
      sensitive: note.sensitive,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function caseNotesOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('case_notes')
    .innerJoin('users', 'users.id', 'case_notes.author_id')
    .select([
      'case_notes.id',
      'case_notes.author_id',
      'case_notes.body',
      'case_notes.sensitive',
      'case_notes.created_at',
      'users.display_name as author_name',
    ])
    .where('case_notes.journey_id', '=', journeyId)
    .orderBy('case_notes.created_at')
    .execute();
}

export async function insertReconfirmation(
  tx: Tx,
  reconfirmation: {
    organisationId: string;
    journeyId: string;
    reconfirmedOn: string;
    giver: ConsentGiver;
    giverName: string | null;
    method: ContactMethod;
    notes: string | null;
    nextDueOn: string;
    recordedBy: string;
  },
) {
  return tx
    .insertInto('consent_reconfirmations')
    .values({
      organisation_id: reconfirmation.organisationId,
      journey_id: reconfirmation.journeyId,
      reconfirmed_on: reconfirmation.reconfirmedOn,
      giver: reconfirmation.giver,
      giver_name: reconfirmation.giverName,
      method: reconfirmation.method,
      notes: reconfirmation.notes,
      next_due_on: reconfirmation.nextDueOn,
      recorded_by: reconfirmation.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function reconfirmationsOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('consent_reconfirmations')
    .leftJoin('users', 'users.id', 'consent_reconfirmations.recorded_by')
    .select([
      'consent_reconfirmations.id',
      'consent_reconfirmations.reconfirmed_on',
      'consent_reconfirmations.giver',
      'consent_reconfirmations.giver_name',
      'consent_reconfirmations.method',
      'consent_reconfirmations.notes',
      'consent_reconfirmations.next_due_on',
      'consent_reconfirmations.recorded_at',
      'users.display_name as recorded_by_name',
    ])
    .where('consent_reconfirmations.journey_id', '=', journeyId)
    .orderBy('consent_reconfirmations.recorded_at')
    .execute();
}
