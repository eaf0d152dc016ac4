import { type ExpressionBuilder, sql } from 'kysely';
import type { KindredDatabase } from '../../db/schema.ts';
import type { OversightScope } from '../../platform/access-policy.ts';

/** Shared pieces of the oversight queries: whose children, and each child's referral and decision. */

type FromChildren = ExpressionBuilder<KindredDatabase, 'children'>;

/** `oversightScope` as SQL: the young people the person is IRO or social worker for, or all. */
export function inScope(eb: FromChildren, scope: OversightScope) {
  if (scope.everything) return sql<boolean>`true`;
  return eb.or([
    ...(scope.asIro ? [eb('children.iro_id', '=', scope.userId)] : []),
    ...(scope.asSocialWorker ? [eb('children.social_worker_id', '=', scope.userId)] : []),
  ]);
}

/** Lifelong Links referrals that count as made: submitted or accepted (not drafts or declined). */
export const MADE_REFERRAL = sql`r.kind = 'lifelong_links' and r.status in ('submitted', 'accepted')`;

/** The child's first Lifelong Links referral that was made, as JSON (id and reference), or null. */
export const referralOfChild = sql<{ id: string; reference: string } | null>`(
  select json_build_object('id', r.id, 'reference', r.reference)
  from referral_children rc join referrals r on r.id = rc.referral_id
  where rc.organisation_id = children.organisation_id and rc.child_id = children.id and ${MADE_REFERRAL}
  order by r.submitted_at limit 1)`;

/** The child's latest supervision decision, as JSON, or null. */
export const latestDecisionOfChild = sql<{
  reason: 'referral_to_follow' | 'uasc' | 'declined' | 'later' | 'other';
  look_again_on: string;
  discussed_on: string;
} | null>`(
  select json_build_object('reason', d.reason, 'look_again_on', d.look_again_on, 'discussed_on', d.discussed_on)
  from supervision_decisions d
  where d.organisation_id = children.organisation_id and d.child_id = children.id
  order by d.recorded_at desc limit 1)`;

/** The name of a member of staff (the child's IRO or social worker). */
export function staffName(column: 'iro_id' | 'social_worker_id') {
  return sql<
    string | null
  >`(select u.display_name from users u where u.id = children.${sql.ref(column)})`;
}
