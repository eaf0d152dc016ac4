import { type Insertable, type Selectable, sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type {
  PlanCarePlanConfirmationsTable,
  PlanIroCopiesTable,
  PlanRecipientsTable,
  PlanReviewInvitationsTable,
  PlanReviewOffersTable,
} from '../../db/schema.ts';
import type { CopiesSent } from '../../domain/plan-handover.ts';

/** Queries only: the plan's own rows (migration 019), read here, never through the plan feature. */

type New<T> = Omit<Insertable<T>, 'organisation_id' | 'id'>;
export type RecipientRow = Selectable<PlanRecipientsTable>;
export type OfferRow = Selectable<PlanReviewOffersTable>;

export function plansOfJourney(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('plans')
    .select(['id', 'journey_id', 'conference_id', 'made_on'])
    .where('journey_id', '=', journeyId)
    .orderBy('made_on', 'desc')
    .orderBy('id')
    .execute();
}

export function findPlan(tx: Tx, planId: string) {
  return tx
    .selectFrom('plans')
    .select(['id', 'journey_id', 'conference_id', 'made_on'])
    .where('id', '=', planId)
    .executeTakeFirst();
}

/** A plan's versions, newest first: the number and whether the referrer agreed it. */
export function versionsOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_versions')
    .select(['id', 'number', 'agreed_at'])
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .execute();
}

/** Whether someone's copy was sent, for the rule that says a plan is sent out. */
export async function copiesSent(tx: Tx, planId: string): Promise<CopiesSent> {
  const row = await tx
    .selectFrom('plan_recipients')
    .select([
      sql<boolean>`coalesce(bool_or(recipient_kind = 'young_person' and sent_on is not null), false)`.as(
        'young_person_sent',
      ),
      sql<number>`count(*) filter (where sent_on is null)::int`.as('unsent'),
      sql<string | null>`max(sent_on)::text`.as('last_sent_on'),
    ])
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return {
    youngPersonSent: row.young_person_sent,
    unsent: row.unsent,
    lastSentOn: row.last_sent_on,
  };
}

export function recipientsOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_recipients as r')
    .innerJoin('plan_versions as v', 'v.id', 'r.plan_version_id')
    .leftJoin('network_members as m', 'm.id', 'r.member_id')
    .leftJoin('network_people as p', 'p.id', 'm.person_id')
    .selectAll('r')
    .select([
      'v.number as version',
      'p.first_name as member_first_name',
      'p.last_name as member_last_name',
      'm.relationship as member_relationship',
    ])
    .where('r.plan_id', '=', planId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export function findRecipient(tx: Tx, recipientId: string) {
  return tx
    .selectFrom('plan_recipients')
    .selectAll()
    .where('id', '=', recipientId)
    .executeTakeFirst();
}

export async function insertRecipient(
  tx: Tx,
  organisationId: string,
  row: New<PlanRecipientsTable>,
) {
  return tx
    .insertInto('plan_recipients')
    .values({ ...row, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateRecipientDates(
  tx: Tx,
  recipientId: string,
  dates: { sent_on: string | null; acknowledged_on: string | null },
) {
  await tx
    .updateTable('plan_recipients')
    .set({ ...dates, updated_at: new Date() })
    .where('id', '=', recipientId)
    .execute();
}

export function feedbackAskedOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_feedback_requests')
    .select(['id', 'recipient_id', 'asked_on'])
    .where('plan_id', '=', planId)
    .orderBy('asked_on')
    .orderBy('id')
    .execute();
}

export async function insertFeedbackRequests(
  tx: Tx,
  organisationId: string,
  rows: Array<{ plan_id: string; recipient_id: string; asked_on: string; created_by: string }>,
) {
  await tx
    .insertInto('plan_feedback_requests')
    .values(rows.map((row) => ({ ...row, organisation_id: organisationId })))
    .execute();
}

export function offersOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_review_offers as o')
    .innerJoin('plan_versions as v', 'v.id', 'o.plan_version_id')
    .selectAll('o')
    .select('v.number as version')
    .where('o.plan_id', '=', planId)
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();
}

export async function insertOffer(tx: Tx, organisationId: string, row: New<PlanReviewOffersTable>) {
  return tx
    .insertInto('plan_review_offers')
    .values({ ...row, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function answerOffer(
  tx: Tx,
  offerId: string,
  answer: { answer: 'accepted' | 'declined'; answered_on: string; conference_id: string | null },
) {
  await tx
    .updateTable('plan_review_offers')
    .set({ ...answer, updated_at: new Date() })
    .where('id', '=', offerId)
    .execute();
}

/**
 * The review conference an accepted offer makes: the least the conferences table needs (kind,
 * date and length); the coordinator fills in the rest on the conference's own pages (ADR 0031).
 */
export async function insertReviewConference(
  tx: Tx,
  organisationId: string,
  row: {
    journey_id: string;
    kind: 'lifelong_links_fgc' | 'fgc';
    reviews_plan_version_id: string;
    starts_at: Date;
    duration_minutes: number;
    created_by: string;
  },
) {
  return tx
    .insertInto('conferences')
    .values({ ...row, organisation_id: organisationId, purpose: 'review' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function iroCopiesOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_iro_copies as c')
    .innerJoin('plan_versions as v', 'v.id', 'c.plan_version_id')
    .innerJoin('users as u', 'u.id', 'c.iro_id')
    .selectAll('c')
    .select(['v.number as version', 'u.display_name as iro_name'])
    .where('c.plan_id', '=', planId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export async function insertIroCopy(tx: Tx, organisationId: string, row: New<PlanIroCopiesTable>) {
  await tx
    .insertInto('plan_iro_copies')
    .values({ ...row, organisation_id: organisationId })
    .execute();
}

export function confirmationsOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_care_plan_confirmations as c')
    .innerJoin('plan_versions as v', 'v.id', 'c.plan_version_id')
    .innerJoin('users as u', 'u.id', 'c.confirmed_by')
    .selectAll('c')
    .select(['v.number as version', 'u.display_name as confirmed_by_name'])
    .where('c.plan_id', '=', planId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export async function insertConfirmation(
  tx: Tx,
  organisationId: string,
  row: New<PlanCarePlanConfirmationsTable>,
) {
  await tx
    .insertInto('plan_care_plan_confirmations')
    .values({ ...row, organisation_id: organisationId })
    .execute();
}

export function reviewInvitationsOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_review_invitations as i')
    .innerJoin('network_members as m', 'm.id', 'i.member_id')
    .innerJoin('network_people as p', 'p.id', 'm.person_id')
    .selectAll('i')
    .select(['p.first_name', 'p.last_name', 'm.relationship'])
    .where('i.plan_id', '=', planId)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}

/** Records (or records again) what the young person said about inviting someone to reviews. */
export async function upsertReviewInvitation(
  tx: Tx,
  organisationId: string,
  row: New<PlanReviewInvitationsTable>,
) {
  await tx
    .insertInto('plan_review_invitations')
    .values({ ...row, organisation_id: organisationId })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'plan_id', 'member_id', 'review_kind']).doUpdateSet({
        young_person_agreed: row.young_person_agreed,
        invited_on: row.invited_on ?? null,
        created_by: row.created_by,
      }),
    )
    .execute();
}
