import type { Updateable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { JourneyEventKind, JourneysTable, ReferralKind } from '../../db/schema.ts';

/** Row-level security limits every query here to the transaction's organisation. */

export async function insertJourney(
  tx: Tx,
  journey: {
    organisationId: string;
    referralId: string;
    kind: ReferralKind;
    stage: number;
    coordinatorId: string;
    consentReconfirmationDue: string;
  },
) {
  return tx
    .insertInto('journeys')
    .values({
      organisation_id: journey.organisationId,
      referral_id: journey.referralId,
      kind: journey.kind,
      stage: journey.stage,
      coordinator_id: journey.coordinatorId,
      consent_reconfirmation_due: journey.consentReconfirmationDue,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertJourneyEvent(
  tx: Tx,
  event: {
    organisationId: string;
    journeyId: string;
    kind: JourneyEventKind;
    fromStage?: number | null;
    toStage?: number | null;
    reason?: string | null;
    actorId: string | null;
  },
) {
  await tx
    .insertInto('journey_events')
    .values({
      organisation_id: event.organisationId,
      journey_id: event.journeyId,
      kind: event.kind,
      from_stage: event.fromStage ?? null,
      to_stage: event.toStage ?? null,
      reason: event.reason ?? null,
      actor_id: event.actorId,
    })
    .execute();
}

/**
 * A journey with its referral's reference and people. `lock` holds the row until the
 * transaction ends, so two changes to one journey happen one after the other.
 */
export async function findJourney(tx: Tx, journeyId: string, options: { lock?: boolean } = {}) {
  let query = tx
    .selectFrom('journeys')
    .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
    .select([
      'journeys.id',
      'journeys.referral_id',
      'journeys.kind',
      'journeys.stage',
      'journeys.status',
      'journeys.coordinator_id',
      'journeys.opened_at',
      'journeys.ended_at',
      'journeys.consent_reconfirmation_due',
      'referrals.reference',
      'referrals.referrer_id',
      'referrals.referrer_role',
      'referrals.matched_by',
      'referrals.decided_by',
    ])
    .where('journeys.id', '=', journeyId);
  if (options.lock) query = query.forUpdate('journeys');
  return query.executeTakeFirst();
}

export type JourneyRow = NonNullable<Awaited<ReturnType<typeof findJourney>>>;

export async function peopleByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'roles'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function updateJourney(
  tx: Tx,
  journeyId: string,
  values: Omit<Updateable<JourneysTable>, 'id' | 'organisation_id' | 'updated_at'>,
) {
  await tx
    .updateTable('journeys')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', journeyId)
    .execute();
}

export async function eventsOfJourney(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('journey_events')
    .leftJoin('users', 'users.id', 'journey_events.actor_id')
    .select([
      'journey_events.id',
      'journey_events.kind',
      'journey_events.from_stage',
      'journey_events.to_stage',
      'journey_events.reason',
      'journey_events.occurred_at',
      'users.display_name as actor_name',
    ])
    .where('journey_events.journey_id', '=', journeyId)
    .orderBy('journey_events.occurred_at')
    .execute();
}

/** Journeys each coordinator holds that are not ended: active or paused. */
export async function caseloads(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx
    .selectFrom('journeys')
    .select(['coordinator_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('status', 'in', ['active', 'paused'])
    .groupBy('coordinator_id')
    .execute();
  return new Map(rows.map((row) => [row.coordinator_id, Number(row.count)]));
}

/** referral id → its journey's id, for the referrals that have one. */
export async function journeysOfReferrals(
  tx: Tx,
  referralIds: readonly string[],
): Promise<Map<string, string>> {
  if (referralIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('journeys')
    .select(['id', 'referral_id'])
    .where('referral_id', 'in', referralIds)
    .execute();
  return new Map(rows.map((row) => [row.referral_id, row.id]));
}
