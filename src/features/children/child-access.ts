import type { Tx } from '../../db/database.ts';
import { canChangeChild, canSeeCase, canSeeChild } from '../../platform/access-policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { CaseAboutChild } from './child-cases.repository.ts';
import type { Viewer } from './children.service.ts';

/** Who may open a child's record and the cases about them, and the audit of each read. */

/**
 * A child's record may be opened by managers, their social worker and IRO, or anyone who can see
 * a case about them (the access policy's `canSeeChild`).
 */
export function mayOpen(
  viewer: Viewer,
  child: { social_worker_id: string | null; iro_id: string | null },
  cases: readonly CaseAboutChild[],
) {
  return canSeeChild(
    viewer,
    { socialWorkerId: child.social_worker_id, iroId: child.iro_id },
    cases.map((found) => found.parties),
  );
}

/**
 * A child's details may be changed only by the people who keep the record: the team manager, the
 * child's social worker or a referrer for them, the coordinator of their journey (the access
 * policy's `canChangeChild`). Anyone else who may open the record reads it.
 */
export function mayChange(
  viewer: Viewer,
  child: { social_worker_id: string | null },
  cases: readonly CaseAboutChild[],
) {
  return canChangeChild(
    viewer,
    { socialWorkerId: child.social_worker_id },
    cases.map((found) => found.parties),
  );
}

/** The referrals and journeys about a child that this person could open themselves. */
export function casesVisibleTo(viewer: Viewer, cases: readonly CaseAboutChild[]) {
  return cases.filter((found) =>
    found.status === 'draft'
      ? found.parties.referrerId === viewer.id
      : canSeeCase(viewer, found.parties),
  );
}

/** Every read of a child's record is audited, in the transaction that read it. */
export async function auditView(
  tx: Tx,
  viewer: Viewer,
  childId: string,
  page: 'record' | 'change',
) {
  await recordAudit(tx, {
    organisationId: viewer.organisationId,
    actorUserId: viewer.id,
    action: 'child.viewed',
    subjectType: 'child',
    subjectId: childId,
    requestId: viewer.requestId,
    detail: { page },
  });
}
