import type { Insertable, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { PreProceedingsOffersTable } from '../../db/schema.ts';

export type PreProceedingsRow = Selectable<PreProceedingsOffersTable>;
export type PreProceedingsValues = Omit<
  Insertable<PreProceedingsOffersTable>,
  'id' | 'organisation_id' | 'referral_id' | 'updated_at'
>;

export async function findPreProceedings(
  tx: Tx,
  referralId: string,
): Promise<PreProceedingsRow | undefined> {
  return tx
    .selectFrom('pre_proceedings_offers')
    .selectAll()
    .where('referral_id', '=', referralId)
    .executeTakeFirst();
}

/** One record per referral: saving again replaces what was there. */
export async function savePreProceedings(
  tx: Tx,
  organisationId: string,
  referralId: string,
  values: PreProceedingsValues,
): Promise<void> {
  await tx
    .insertInto('pre_proceedings_offers')
    .values({ ...values, organisation_id: organisationId, referral_id: referralId })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'referral_id'])
        .doUpdateSet({ ...values, updated_at: sql`now()` }),
    )
    .execute();
}
