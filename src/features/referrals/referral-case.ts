import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import type { Role } from '../../domain/roles.ts';
import { type CaseParties, canSeeCase } from '../../platform/access-policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { childrenService } from '../children/children.service.ts';
import { childIdsOf, findReferral, type ReferralRow } from './referrals.repository.ts';

/** The person acting, as every referral service sees them. */
export interface Actor {
  id: string;
  organisationId: string;
  roles: readonly Role[];
  requestId: string;
}

export type ChildRow = Awaited<ReturnType<typeof childrenService.byIds>>[number];

/** A referral with the children it covers and the people it belongs to. */
export interface ReferralCase {
  referral: ReferralRow;
  children: ChildRow[];
  parties: CaseParties;
}

export async function loadReferralCase(
  tx: Tx,
  referralId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReferralCase | undefined> {
  const referral = await findReferral(tx, referralId, options);
  if (!referral) return undefined;
  const children = (await childrenService.byIds(tx, await childIdsOf(tx, referralId))).sort(
    (a, b) =>
      a.date_of_birth.localeCompare(b.date_of_birth) || a.first_name.localeCompare(b.first_name),
  );
  const parties: CaseParties = {
    referrerId: referral.referrer_id,
    coordinatorId: referral.coordinator_id,
    iroIds: children.flatMap((child) => (child.iro_id ? [child.iro_id] : [])),
    socialWorkerIds: children.flatMap((child) =>
      child.social_worker_id ? [child.social_worker_id] : [],
    ),
  };
  return { referral, children, parties };
}

/**
 * What this person may do with this referral. A draft belongs to its referrer alone until it is
 * submitted; after that the case rules of the access policy decide who sees it.
 */
export type Verdict = 'ok' | 'not-found' | 'locked';
export type Rule = (actor: Actor, found: ReferralCase) => Verdict;

const isReferrer = (actor: Actor, found: ReferralCase) => found.referral.referrer_id === actor.id;

export const mayView: Rule = (actor, found) => {
  if (found.referral.status === 'draft') return isReferrer(actor, found) ? 'ok' : 'not-found';
  return canSeeCase(actor, found.parties) ? 'ok' : 'not-found';
};

/** Only the referrer changes a draft; once submitted they are shown its summary instead. */
export const mayEditDraft: Rule = (actor, found) => {
  if (!isReferrer(actor, found)) return 'not-found';
  return found.referral.status === 'draft' ? 'ok' : 'locked';
};

/** Team managers work submitted referrals: discussion, criteria, decision, matching. */
export const mayTriage: Rule = (actor, found) => {
  if (found.referral.status === 'draft' || !actor.roles.includes('team_manager')) {
    return 'not-found';
  }
  return mayView(actor, found);
};

/** The pre-proceedings offer (FGC): the referrer at any time, a team manager once submitted. */
export const mayEditPreProceedings: Rule = (actor, found) => {
  if (found.referral.kind !== 'fgc') return 'not-found';
  if (isReferrer(actor, found)) return 'ok';
  return mayTriage(actor, found);
};

/** A rule a change broke, shown against the field it concerns (if it is about one). */
export interface Problem {
  field?: string;
  text: string;
}

export type Refusal = { outcome: 'not-found' } | { outcome: 'locked'; referralId: string };

/**
 * Runs work on one referral in one transaction of the actor's organisation, if the rule lets
 * them; otherwise says why not. Another organisation's referral is simply not found.
 */
export async function inReferral<T>(
  db: Db,
  actor: Actor,
  referralId: string,
  rule: Rule,
  work: (tx: Tx, found: ReferralCase) => Promise<T>,
  options: { forUpdate?: boolean } = {},
): Promise<T | Refusal> {
  return inOrganisation(
    db,
    { organisationId: actor.organisationId, userId: actor.id },
    async (tx) => {
      const found = await loadReferralCase(tx, referralId, options);
      if (!found) return { outcome: 'not-found' } as const;
      const verdict = rule(actor, found);
      if (verdict === 'not-found') return { outcome: 'not-found' } as const;
      if (verdict === 'locked') return { outcome: 'locked', referralId } as const;
      return work(tx, found);
    },
  );
}

/** A change to one referral: as `inReferral`, with the referral locked so changes queue. */
export function changeReferral<T>(
  db: Db,
  actor: Actor,
  referralId: string,
  rule: Rule,
  work: (tx: Tx, found: ReferralCase) => Promise<T>,
): Promise<T | Refusal> {
  return inReferral(db, actor, referralId, rule, work, { forUpdate: true });
}

export function isRefusal(value: unknown): value is Refusal {
  if (typeof value !== 'object' || value === null || !('outcome' in value)) return false;
  const { outcome } = value as { outcome: unknown };
  return outcome === 'not-found' || outcome === 'locked';
}

/** Every read of a referral page is audited, in the transaction that read it. */
export async function auditView(tx: Tx, actor: Actor, referralId: string, page: string) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.id,
    action: 'referral.viewed',
    subjectType: 'referral',
    subjectId: referralId,
    requestId: actor.requestId,
    detail: { page },
  });
}

/** A change to a referral; detail holds field names and ids, never what was written. */
export async function auditChange(
  tx: Tx,
  actor: Actor,
  referralId: string,
  action: string,
  detail: Record<string, unknown> = {},
) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.id,
    action,
    subjectType: 'referral',
    subjectId: referralId,
    requestId: actor.requestId,
    detail,
  });
}
