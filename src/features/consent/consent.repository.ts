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
  consentIds: string[],
  withdrawnOn: string,
  reason: string,
) {
  if (consentIds.length === 0) return;
  await tx
    .updateTable('consents')
    .set({ withdrawn_on: withdrawnOn, withdrawn_reason: reason })
    .where('referral_id', '=', referralId)
    .where('id', 'in', consentIds)
    .where('withdrawn_on', 'is', null)
    .execute();
}

/** Consent confirmed, or given again after a withdrawal, with what was agreed this time. */
export async function markGivenAgain(
  tx: Tx,
  referralId: string,
  consentIds: string[],
  given: { on: string; search: boolean; contact: boolean; share: boolean },
) {
  if (consentIds.length === 0) return;
  await tx
    .updateTable('consents')
    .set({
      withdrawn_on: null,
      withdrawn_reason: null,
      reconfirmed_on: given.on,
      scope_search: given.search,
      scope_contact: given.contact,
      scope_share: given.share,
      // Where they live is shared only when it is asked again: a reconfirmation does not ask it.
      ...(given.share ? {} : { share_location: false }),
    })
    .where('referral_id', '=', referralId)
    .where('id', 'in', consentIds)
    .execute();
}

export type ConsentRow = Awaited<ReturnType<typeof consentsOfReferral>>[number];
