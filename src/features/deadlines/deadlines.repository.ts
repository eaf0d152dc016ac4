import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ChildNameParts } from '../../domain/person-name.ts';

/**
 * The open facts the deadlines engine works from: active journeys (a paused or ended one has no
 * deadline), referrals waiting for the team's decision, and supervision decisions' dates to look
 * again. Each query is bounded by open work, not by the size of the register.
 */

const childrenOfReferral = sql<ChildNameParts[]>`(select coalesce(json_agg(json_build_object(
    'first_name', c.first_name, 'last_name', c.last_name, 'preferred_name', c.preferred_name)
    order by c.last_name, c.first_name), '[]'::json)
  from referral_children rc join children c on c.id = rc.child_id
  where rc.organisation_id = referrals.organisation_id and rc.referral_id = referrals.id)`;

/**
 * The journey's latest plan: the day it was made and what is known of its copies, for the rule
 * that says when a plan is sent out (`planDistributedOn`, ADR 0031). Null before a plan.
 */
const latestPlanCopies = sql<{
  made_on: string;
  young_person_sent: boolean;
  unsent: number;
  last_sent_on: string | null;
} | null>`(select json_build_object(
    'made_on', p.made_on,
    'young_person_sent', coalesce(bool_or(r.recipient_kind = 'young_person' and r.sent_on is not null), false),
    'unsent', count(r.id) filter (where r.sent_on is null),
    'last_sent_on', max(r.sent_on))
  from plans p left join plan_recipients r on r.organisation_id = p.organisation_id and r.plan_id = p.id
  where p.organisation_id = journeys.organisation_id and p.id = (
    select l.id from plans l where l.organisation_id = journeys.organisation_id
      and l.journey_id = journeys.id order by l.made_on desc, l.id limit 1)
  group by p.id, p.made_on)`;

/**
 * The day of the journey's earliest review conference that has not been held: no plan was made
 * at it yet (ADR 0031).
 */
const nextReviewConference = sql<
  string | null
>`(select min((c.starts_at at time zone 'Europe/London')::date)::text
  from conferences c
  where c.organisation_id = journeys.organisation_id and c.journey_id = journeys.id
    and c.purpose = 'review' and c.held_as = 'conference'
    and not exists (select 1 from plans p where p.organisation_id = c.organisation_id
      and p.conference_id = c.id))`;

/**
 * The date a referrer promised to decide on a plan by, while their latest decision on the
 * journey's plans is "agreement delayed" (ADR 0030); null otherwise.
 */
const planAgreementPromisedOn = sql<string | null>`(select case when d.outcome = 'delayed'
    then d.promised_on end
  from plan_decisions d join plans p on p.id = d.plan_id
  where p.organisation_id = journeys.organisation_id and p.journey_id = journeys.id
  order by d.decided_at desc, d.id desc limit 1)`;

/**
 * The facts of some journeys that the deadlines engine reads, to work their deadlines out again
 * (journey-deadlines.ts): whatever their status, since a paused or ended journey's deadlines are
 * taken away.
 */
export async function journeyFacts(tx: Tx, organisationId: string, journeyIds: readonly string[]) {
  return tx
    .selectFrom('journeys')
    .select([
      'journeys.id',
      'journeys.status',
      'journeys.consent_reconfirmation_due',
      'journeys.coordinator_id',
      'journeys.referral_id',
      latestPlanCopies.as('plan'),
      nextReviewConference.as('review_conference_on'),
      planAgreementPromisedOn.as('plan_agreement_promised_on'),
    ])
    .where('journeys.organisation_id', '=', organisationId)
    .where(sql<boolean>`journeys.id = any(${[...journeyIds]}::uuid[])`)
    .execute();
}

/** Referrals submitted and waiting for the team's decision (referrals_inbox_waiting). */
function waitingReferralFacts(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('referrals')
    .select([
      'referrals.id',
      'referrals.reference',
      'referrals.submitted_at',
      childrenOfReferral.as('children'),
    ])
    .where('referrals.organisation_id', '=', organisationId)
    .where('referrals.status', '=', 'submitted');
}

/**
 * Young people whose latest supervision decision asks to look again by `until`, and who still have
 * no Lifelong Links referral.
 */
function lookAgainFacts(tx: Tx, organisationId: string, until: string) {
  return tx
    .selectFrom('supervision_decisions as d')
    .innerJoin('children', 'children.id', 'd.child_id')
    .select([
      'd.id',
      'd.child_id',
      'd.look_again_on',
      'd.recorded_by',
      'children.first_name',
      'children.last_name',
      'children.preferred_name',
    ])
    .where('d.organisation_id', '=', organisationId)
    .where('d.look_again_on', '<=', until)
    .where(
      sql<boolean>`d.recorded_at = (select max(l.recorded_at) from supervision_decisions l
        where l.organisation_id = d.organisation_id and l.child_id = d.child_id)`,
    )
    .where(
      sql<boolean>`not exists (select 1 from referral_children rc join referrals r on r.id = rc.referral_id
        where rc.organisation_id = d.organisation_id and rc.child_id = d.child_id
          and r.kind = 'lifelong_links' and r.status in ('submitted', 'accepted'))`,
    );
}

type Rows<Query extends { execute(): Promise<unknown[]> }> = Awaited<ReturnType<Query['execute']>>;

/**
 * The facts of the team's own deadlines (referrals waiting, supervision dates to look again up
 * to `until`), in one statement: the view reads them on every request.
 */
export async function teamDeadlineFacts(tx: Tx, organisationId: string, until: string) {
  const waiting = waitingReferralFacts(tx, organisationId);
  const lookAgain = lookAgainFacts(tx, organisationId, until);
  const result = await sql<{
    waiting: Array<
      Omit<Rows<typeof waiting>[number], 'submitted_at'> & { submitted_at: string | null }
    >;
    look_again: Rows<typeof lookAgain>;
  }>`select (select coalesce(json_agg(w), '[]'::json) from (${waiting}) w) as waiting,
      (select coalesce(json_agg(l), '[]'::json) from (${lookAgain}) l) as look_again`.execute(tx);
  const row = result.rows[0];
  return {
    waiting: (row?.waiting ?? []).map((referral) => ({
      ...referral,
      submitted_at: referral.submitted_at ? new Date(referral.submitted_at) : null,
    })),
    lookAgain: row?.look_again ?? [],
  };
}

/** The active team managers: they answer referrals. */
export async function teamManagerIds(tx: Tx, organisationId: string) {
  const rows = await tx
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where(sql<boolean>`'team_manager' = any(users.roles)`)
    .execute();
  return rows.map((row) => row.id);
}

/** Records a reminder as sent; false when it already was. */
export async function recordReminder(
  tx: Tx,
  organisationId: string,
  reminder: { key: string; kind: 'before' | 'missed'; dueOn: string },
): Promise<boolean> {
  const row = await tx
    .insertInto('deadline_reminders')
    .values({
      organisation_id: organisationId,
      deadline_key: reminder.key,
      reminder: reminder.kind,
      due_on: reminder.dueOn,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'deadline_key', 'reminder']).doNothing())
    .returning('deadline_key')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The reference and the young people's names of some referrals, in one grouped query: read only
 * for the rows a page shows (or every row when sorting by name, or for the reminders going out),
 * because reading them for every open journey was most of the view's time (bench/README.md).
 */
export async function referralsShown(
  tx: Tx,
  organisationId: string,
  referralIds: readonly string[],
): Promise<Map<string, { reference: string; children: ChildNameParts[] }>> {
  if (referralIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('referrals as r')
    .leftJoin('referral_children as rc', (join) =>
      join
        .onRef('rc.organisation_id', '=', 'r.organisation_id')
        .onRef('rc.referral_id', '=', 'r.id'),
    )
    .leftJoin('children as c', 'c.id', 'rc.child_id')
    .select([
      'r.id',
      'r.reference',
      sql<ChildNameParts[]>`coalesce(json_agg(json_build_object('first_name', c.first_name,
        'last_name', c.last_name, 'preferred_name', c.preferred_name)
        order by c.last_name, c.first_name) filter (where c.id is not null), '[]'::json)`.as(
        'children',
      ),
    ])
    .where('r.organisation_id', '=', organisationId)
    .where(sql<boolean>`r.id = any(${[...new Set(referralIds)]}::uuid[])`)
    .groupBy(['r.id', 'r.reference'])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}
