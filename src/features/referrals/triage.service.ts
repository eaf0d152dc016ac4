import { type Db, inOrganisation } from '../../db/database.ts';
import type { ReferralKind, ReferralStatus } from '../../db/schema.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { daysWaiting } from '../../domain/referral-rules.ts';
import { auditListView } from '../../platform/list-audit.ts';
import {
  type Actor,
  auditChange,
  auditView,
  changeReferral,
  inReferral,
  mayTriage,
  type Problem,
} from './referral-case.ts';
import { detailsOf } from './referral-details.ts';
import { listReferrals, type ReferralChanges, updateReferral } from './referrals.repository.ts';
import { withChildrenAndJourneys } from './referrals.service.ts';

export type InboxStatus = 'waiting' | 'accepted' | 'declined';

const STATUS_FOR: Record<InboxStatus, ReferralStatus> = {
  waiting: 'submitted',
  accepted: 'accepted',
  declined: 'declined',
};

export type Decision = { decision: 'accept' } | { decision: 'decline'; reason: string };

export type Decided =
  | { outcome: 'done'; status: ReferralStatus }
  | { outcome: 'refused'; problems: Problem[] };

/** Why this referral cannot be accepted yet; empty when it can. */
function acceptProblems(referral: {
  initial_discussion_on: string | null;
  criteria_met: boolean | null;
}): Problem[] {
  const problems: Problem[] = [];
  if (!referral.initial_discussion_on) {
    problems.push({ text: 'Record the initial discussion with the referrer before accepting' });
  }
  if (referral.criteria_met !== true) {
    problems.push({
      text:
        referral.criteria_met === false
          ? 'The referral was found not to meet the criteria. Check the criteria again, or decline it'
          : 'Check the referral against the criteria before accepting',
    });
  }
  return problems;
}

/** The team inbox: initial discussion, the criteria, and accepting or declining. */
export function triageService(db: Db) {
  return {
    inbox(actor: Actor, filter: { status: InboxStatus; kind?: ReferralKind | undefined }) {
      return inOrganisation(
        db,
        { organisationId: actor.organisationId, userId: actor.id },
        async (tx) => {
          const rows = await listReferrals(tx, {
            statuses: [STATUS_FOR[filter.status]],
            kind: filter.kind,
          });
          const listed = await withChildrenAndJourneys(tx, rows);
          const today = todayInLondon();
          const items = listed.map((row) => ({
            ...row,
            daysWaiting: row.submitted_at ? daysWaiting(todayInLondon(row.submitted_at), today) : 0,
          }));
          if (filter.status !== 'waiting') {
            items.sort((a, b) => (b.decided_at?.getTime() ?? 0) - (a.decided_at?.getTime() ?? 0));
          }
          await auditListView(tx, actor, 'inbox', filter, items.length);
          return items;
        },
      );
    },

    page(actor: Actor, referralId: string, page: string) {
      return inReferral(db, actor, referralId, mayTriage, async (tx, found) => {
        await auditView(tx, actor, referralId, page);
        return { outcome: 'found' as const, details: await detailsOf(tx, found) };
      });
    },

    /** The initial discussion and the criteria check may be recorded, and corrected, until it is decided. */
    record(
      actor: Actor,
      referralId: string,
      what: 'discussion' | 'criteria',
      changes: ReferralChanges,
    ) {
      return changeReferral(db, actor, referralId, mayTriage, async (tx, found) => {
        if (found.referral.status !== 'submitted') return { outcome: 'decided' as const };
        await updateReferral(tx, referralId, changes);
        const detail =
          what === 'criteria'
            ? { criteriaMet: changes.criteria_met }
            : { on: changes.initial_discussion_on };
        await auditChange(
          tx,
          actor,
          referralId,
          what === 'criteria' ? 'referral.criteria_checked' : 'referral.discussion_recorded',
          detail,
        );
        return { outcome: 'done' as const };
      });
    },

    decide(actor: Actor, referralId: string, decision: Decision) {
      return changeReferral(
        db,
        actor,
        referralId,
        mayTriage,
        async (tx, found): Promise<Decided> => {
          const { referral } = found;
          if (referral.status !== 'submitted') {
            return {
              outcome: 'refused',
              problems: [{ text: `This referral has already been ${referral.status}` }],
            };
          }
          if (decision.decision === 'accept') {
            const problems = acceptProblems(referral);
            if (problems.length > 0) return { outcome: 'refused', problems };
          }
          const status = decision.decision === 'accept' ? 'accepted' : 'declined';
          await updateReferral(tx, referralId, {
            status,
            decided_at: new Date(),
            decided_by: actor.id,
            decline_reason: decision.decision === 'decline' ? decision.reason : null,
          });
          await auditChange(tx, actor, referralId, `referral.${status}`, { kind: referral.kind });
          return { outcome: 'done', status };
        },
      );
    },
  };
}

export type TriageService = ReturnType<typeof triageService>;
