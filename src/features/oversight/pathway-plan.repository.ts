import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import { MADE_REFERRAL } from './oversight.repository.ts';

/** Whether a Lifelong Links referral was made for the child (submitted or accepted). */
export async function childReferralMade(tx: Tx, organisationId: string, childId: string) {
  const row = await tx
    .selectFrom('referral_children as rc')
    .innerJoin('referrals as r', 'r.id', 'rc.referral_id')
    .select('r.id')
    .where('rc.organisation_id', '=', organisationId)
    .where('rc.child_id', '=', childId)
    .where(sql<boolean>`${MADE_REFERRAL}`)
    .executeTakeFirst();
  return row !== undefined;
}

export interface LifelongLinksFacts {
  journey_stage: number | null;
  journey_status: 'active' | 'paused' | 'ended' | null;
  journey_opened_at: string | null;
  journey_ended_at: string | null;
  referral_submitted_at: string | null;
  referral_status: string | null;
}

/** The child's Lifelong Links support from Kindred: the latest journey, or a referral made. */
const LIFELONG_LINKS_OF_CHILD = sql<LifelongLinksFacts | null>`(
  select json_build_object(
    'journey_stage', j.stage, 'journey_status', j.status,
    'journey_opened_at', j.opened_at, 'journey_ended_at', j.ended_at,
    'referral_submitted_at', r.submitted_at, 'referral_status', r.status)
  from referral_children rc
  join referrals r on r.id = rc.referral_id
  left join journeys j on j.referral_id = r.id
  where rc.organisation_id = children.organisation_id and rc.child_id = children.id
    and r.kind = 'lifelong_links' and r.status in ('submitted', 'accepted')
  order by j.opened_at desc nulls last, r.submitted_at desc
  limit 1)`;

export async function lifelongLinksOfChild(tx: Tx, organisationId: string, childId: string) {
  const row = await tx
    .selectFrom('children')
    .select(LIFELONG_LINKS_OF_CHILD.as('support'))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', childId)
    .executeTakeFirst();
  return row?.support ?? null;
}

/**
 * Every young person aged 16 or over (born on or before `bornBy`) or a care leaver, with a main
 * record ID, with their Lifelong Links support: for the pathway plan's question. Keyed by the
 * main record ID, in its order (children_case_record_unique).
 */
export async function pathwayPlanRows(tx: Tx, organisationId: string, bornBy: string) {
  return tx
    .selectFrom('children')
    .select(['case_record_id', LIFELONG_LINKS_OF_CHILD.as('support')])
    .where('organisation_id', '=', organisationId)
    .where('case_record_id', 'is not', null)
    .where((eb) =>
      eb.or([eb('date_of_birth', '<=', bornBy), eb('care_leaver_status', '!=', 'not_care_leaver')]),
    )
    .orderBy('case_record_id')
    .execute();
}

/** How many such young people have no main record ID (they cannot be in the export). */
export async function pathwayPlanWithoutRecordId(tx: Tx, organisationId: string, bornBy: string) {
  const row = await tx
    .selectFrom('children')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('organisation_id', '=', organisationId)
    .where('case_record_id', 'is', null)
    .where((eb) =>
      eb.or([eb('date_of_birth', '<=', bornBy), eb('care_leaver_status', '!=', 'not_care_leaver')]),
    )
    .executeTakeFirst();
  return row?.count ?? 0;
}
