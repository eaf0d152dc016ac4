import type { Tx } from '../../db/database.ts';
import type { ContactMethod, ShareItem } from '../../db/schema.ts';

export function sharesOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('information_shares')
    .innerJoin('users as sharer', 'sharer.id', 'information_shares.shared_by')
    .select([
      'information_shares.id',
      'information_shares.child_id',
      'information_shares.member_id',
      'information_shares.shared_with',
      'information_shares.what',
      'information_shares.details',
      'information_shares.method',
      'information_shares.shared_on',
      'information_shares.recorded_at',
      'sharer.display_name as shared_by_name',
    ])
    .where('information_shares.journey_id', '=', journeyId)
    .orderBy('information_shares.shared_on', 'desc')
    .orderBy('information_shares.recorded_at', 'desc')
    .execute();
}
export type ShareRow = Awaited<ReturnType<typeof sharesOf>>[number];

export interface NewShare {
  childId: string;
  memberId: string;
  /** The member's name on the day, kept so the log reads the same after a change of name. */
  sharedWith: string;
  what: ShareItem[];
  details: string | null;
  method: ContactMethod;
  sharedOn: string;
}

export function insertShare(
  tx: Tx,
  where: { organisationId: string; journeyId: string; sharedBy: string },
  share: NewShare,
) {
  return tx
    .insertInto('information_shares')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      shared_by: where.sharedBy,
      child_id: share.childId,
      member_id: share.memberId,
      shared_with: share.sharedWith,
      what: share.what,
      details: share.details,
      method: share.method,
      shared_on: share.sharedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
