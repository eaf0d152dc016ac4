import type { Insertable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ConsentsTable } from '../../db/schema.ts';

export type NewConsent = Omit<Insertable<ConsentsTable>, 'organisation_id'>;

export async function insertConsent(tx: Tx, organisationId: string, consent: NewConsent) {
  return tx
    .insertInto('consents')
    .values({ ...consent, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function consentsOfReferral(tx: Tx, referralId: string) {
  return tx
    .selectFrom('consents')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('created_at')
    .execute();
}

export async function deleteConsent(tx: Tx, referralId: string, consentId: string) {
  const result = await tx
    .deleteFrom('consents')
    .where('referral_id', '=', referralId)
    .where('id', '=', consentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function markWithdrawn(
  tx: Tx,
  referralId: string,
  giver: 'young_person' | 'parental_responsibility',
  withdrawnOn: string,
  reason: string,
) {
  await tx
    .updateTable('consents')
    .set({ withdrawn_on: withdrawnOn, withdrawn_reason: reason })
    .where('referral_id', '=', referralId)
    .where('giver', '=', giver)
    .where('withdrawn_on', 'is', null)
    .execute();
}
