import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { CaseParties } from '../../platform/access-policy.ts';

/** The referrals (and their journeys) about some children, with the people each belongs to. */
export interface CaseAboutChild {
  childId: string;
  referralId: string;
  reference: string;
  kind: 'fgc' | 'lifelong_links';
  status: 'draft' | 'submitted' | 'accepted' | 'declined';
  journeyId: string | null;
  journeyStage: number | null;
  journeyStatus: 'active' | 'paused' | 'ended' | null;
  createdAt: Date;
  parties: CaseParties;
}

/**
 * One query: the referrals about these children, each with the social workers and IROs of every
 * child it covers (a sibling's social worker or IRO sees it too). The organisation is named in
 * the query as well as by row-level security, so the planner knows how big it is.
 */
export async function casesAboutChildren(
  tx: Tx,
  organisationId: string,
  childIds: readonly string[],
): Promise<CaseAboutChild[]> {
  if (childIds.length === 0) return [];
  const peopleOf = (column: 'social_worker_id' | 'iro_id') =>
    sql<
      string[]
    >`(select coalesce(array_agg(c.${sql.ref(column)}) filter (where c.${sql.ref(column)} is not null), '{}')
      from referral_children covered join children c on c.id = covered.child_id
      where covered.organisation_id = ${organisationId} and covered.referral_id = r.id)`;
  const rows = await tx
    .selectFrom('referral_children as rc')
    .innerJoin('referrals as r', 'r.id', 'rc.referral_id')
    .leftJoin('journeys as j', 'j.referral_id', 'r.id')
    .select([
      'rc.child_id',
      'r.id as referral_id',
      'r.reference',
      'r.kind',
      'r.status',
      'r.referrer_id',
      'r.coordinator_id',
      'r.created_at',
      'j.id as journey_id',
      'j.stage as journey_stage',
      'j.status as journey_status',
      'j.coordinator_id as journey_coordinator_id',
      peopleOf('social_worker_id').as('social_worker_ids'),
      peopleOf('iro_id').as('iro_ids'),
    ])
    .where('rc.organisation_id', '=', organisationId)
    .where('r.organisation_id', '=', organisationId)
    .where('rc.child_id', 'in', childIds)
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    childId: row.child_id,
    referralId: row.referral_id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    journeyId: row.journey_id,
    journeyStage: row.journey_stage,
    journeyStatus: row.journey_status,
    createdAt: row.created_at,
    parties: {
      referrerId: row.referrer_id,
      coordinatorId: row.journey_coordinator_id ?? row.coordinator_id,
      iroIds: row.iro_ids,
      socialWorkerIds: row.social_worker_ids,
    },
  }));
}
