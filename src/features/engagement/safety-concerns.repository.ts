import type { Tx } from '../../db/database.ts';

const COLUMNS = [
  'safety_concerns.id',
  'safety_concerns.journey_id',
  'safety_concerns.child_id',
  'safety_concerns.about',
  'safety_concerns.other_person',
  'safety_concerns.details',
  'safety_concerns.raised_at',
  'safety_concerns.social_worker_id',
  'safety_concerns.sent_at',
  'safety_concerns.acknowledged_at',
  'raiser.display_name as raised_by_name',
  'social_worker.display_name as social_worker_name',
  'acknowledger.display_name as acknowledged_by_name',
] as const;

function concerns(tx: Tx) {
  return tx
    .selectFrom('safety_concerns')
    .innerJoin('users as raiser', 'raiser.id', 'safety_concerns.raised_by')
    .leftJoin('users as social_worker', 'social_worker.id', 'safety_concerns.social_worker_id')
    .leftJoin('users as acknowledger', 'acknowledger.id', 'safety_concerns.acknowledged_by')
    .select(COLUMNS);
}

export function concernsOf(tx: Tx, journeyId: string) {
  return concerns(tx)
    .where('safety_concerns.journey_id', '=', journeyId)
    .orderBy('safety_concerns.raised_at', 'desc')
    .execute();
}
export type ConcernRow = Awaited<ReturnType<typeof concernsOf>>[number];

export function findConcern(tx: Tx, journeyId: string, concernId: string) {
  return concerns(tx)
    .where('safety_concerns.journey_id', '=', journeyId)
    .where('safety_concerns.id', '=', concernId)
    .executeTakeFirst();
}

export interface NewConcern {
  childId: string;
  about: 'child' | 'other_person';
  otherPerson: string | null;
  details: string;
  socialWorkerId: string | null;
}

/** Records the concern; it is sent at once when the child has a social worker to send it to. */
export function insertConcern(
  tx: Tx,
  where: { organisationId: string; journeyId: string; raisedBy: string },
  concern: NewConcern,
) {
  return tx
    .insertInto('safety_concerns')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      raised_by: where.raisedBy,
      child_id: concern.childId,
      about: concern.about,
      other_person: concern.otherPerson,
      details: concern.details,
      social_worker_id: concern.socialWorkerId,
      sent_at: concern.socialWorkerId ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function markAcknowledged(tx: Tx, concernId: string, userId: string) {
  return tx
    .updateTable('safety_concerns')
    .set({ acknowledged_at: new Date(), acknowledged_by: userId })
    .where('id', '=', concernId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Concerns not yet acknowledged, oldest first, for the home pages: those sent to one social
 * worker, or (for team managers) every one of the organisation. Capped: a home page lists a few.
 */
export function waitingConcerns(
  tx: Tx,
  organisationId: string,
  sentTo: string | null,
  limit: number,
) {
  let select = tx
    .selectFrom('safety_concerns')
    .innerJoin('journeys', 'journeys.id', 'safety_concerns.journey_id')
    .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
    .select([
      'safety_concerns.id',
      'safety_concerns.journey_id',
      'safety_concerns.raised_at',
      'safety_concerns.social_worker_id',
      'referrals.reference',
    ])
    .where('safety_concerns.organisation_id', '=', organisationId)
    .where('safety_concerns.acknowledged_at', 'is', null);
  if (sentTo) select = select.where('safety_concerns.social_worker_id', '=', sentTo);
  return select.orderBy('safety_concerns.raised_at').limit(limit).execute();
}
