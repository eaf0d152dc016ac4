import type { Tx } from '../../db/database.ts';

/**
 * What decides whether a member may be contacted, besides the member row itself: the safety
 * check, the child's own consent, the journey's status (migrations 012 and 024, ADR 0033).
 */

export function safetyCheckOf(tx: Tx, memberId: string) {
  return tx
    .selectFrom('network_safety_checks')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

export function safetyChecksOf(tx: Tx, memberIds: readonly string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('network_safety_checks')
    .selectAll()
    .where('member_id', 'in', memberIds)
    .execute();
}

/**
 * Whether this child's own consent covers contacting people: the young person's consent to
 * contact, not withdrawn, and no consent given for this child (a parent's) withdrawn (ADR 0033:
 * consent is per child; a sibling's withdrawal does not stop this child's network).
 */
export async function childConsentsToContact(tx: Tx, childId: string, referralId: string | null) {
  let query = tx
    .selectFrom('consents')
    .select(['giver', 'scope_contact', 'withdrawn_on'])
    .where('child_id', '=', childId);
  if (referralId) query = query.where('referral_id', '=', referralId);
  const consents = await query.execute();
  const youngPersonAgrees = consents.some(
    (consent) =>
      consent.giver === 'young_person' && consent.scope_contact && consent.withdrawn_on === null,
  );
  return youngPersonAgrees && consents.every((consent) => consent.withdrawn_on === null);
}

export async function journeyStatusOf(tx: Tx, journeyId: string) {
  const row = await tx
    .selectFrom('journeys')
    .select(['status', 'referral_id'])
    .where('id', '=', journeyId)
    .executeTakeFirst();
  return row ?? null;
}
