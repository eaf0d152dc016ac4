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

export async function casesAboutChildren(
  tx: Tx,
  childIds: readonly string[],
): Promise<CaseAboutChild[]> {
  if (childIds.length === 0) return [];
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
    ])
    .where('rc.child_id', 'in', childIds)
    .orderBy('r.created_at', 'desc')
    .execute();
  if (rows.length === 0) return [];

  // Every child a referral covers counts: a sibling's social worker or IRO sees it too.
  const referralIds = [...new Set(rows.map((row) => row.referral_id))];
  const covered = await tx
    .selectFrom('referral_children as rc')
    .innerJoin('children as c', 'c.id', 'rc.child_id')
    .select(['rc.referral_id', 'c.social_worker_id', 'c.iro_id'])
    .where('rc.referral_id', 'in', referralIds)
    .execute();
  const peopleOf = (referralId: string) => {
    const children = covered.filter((row) => row.referral_id === referralId);
    return {
      iroIds: children.flatMap((child) => (child.iro_id ? [child.iro_id] : [])),
      socialWorkerIds: children.flatMap((child) =>
        child.social_worker_id ? [child.social_worker_id] : [],
      ),
    };
  };

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
      ...peopleOf(row.referral_id),
    },
  }));
}
