import { type Db, inOrganisation } from '../../db/database.ts';
import type { ReferralKind, ReferralStatus } from '../../db/schema.ts';
import { DATE_RULES, todayInLondon } from '../../domain/dates.ts';
import { londonDateOf } from '../../domain/london-time.ts';
import { daysWaiting } from '../../domain/referral-rules.ts';
import { formatDate } from '../../platform/date-format.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import { countWaitingCapped, inboxKey, inboxPage } from './inbox.repository.ts';
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
import { listed } from './referral-lists.repository.ts';
import { type ReferralChanges, updateReferral } from './referrals.repository.ts';

export type InboxStatus = 'to-do' | 'waiting' | 'to-match' | 'accepted' | 'declined';

/**
 * What each view of the inbox lists. "To do", the default, is everything waiting for the team
 * manager: a decision, or a coordinator for an accepted referral.
 */
const LISTED: Record<
  InboxStatus,
  { statuses: ReferralStatus[]; unmatchedOnly?: boolean; newestDecisionFirst?: boolean }
> = {
  'to-do': { statuses: ['submitted', 'accepted'], unmatchedOnly: true },
  waiting: { statuses: ['submitted'] },
  'to-match': { statuses: ['accepted'], unmatchedOnly: true },
  accepted: { statuses: ['accepted'], newestDecisionFirst: true },
  declined: { statuses: ['declined'], newestDecisionFirst: true },
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

/**
 * The initial discussion is about this referral, so it cannot be dated before the referral was
 * started (the form itself refuses a date in the future).
 */
function discussionDateProblem(
  referral: { created_at: Date },
  discussedOn: string | null | undefined,
): Problem | null {
  const started = londonDateOf(referral.created_at);
  if (!discussedOn || discussedOn >= started) return null;
  return {
    field: 'discussedOn',
    text: DATE_RULES.notBefore(
      'the date of the discussion',
      `the day the referral was started, ${formatDate(started)}`,
    ),
  };
}

/** The team inbox: initial discussion, the criteria, and accepting or declining. */
export function triageService(db: Db) {
  return {
    /**
     * How many referrals wait for a decision, and how many accepted ones for a coordinator
     * (each capped: see platform/pagination.ts), for the home page.
     */
    waitingCounts(actor: Actor) {
      return inOrganisation(db, { organisationId: actor.organisationId, userId: actor.id }, (tx) =>
        countWaitingCapped(tx, actor.organisationId),
      );
    },

    /** A page of the team inbox; the kind filter and the page's key come from the address. */
    inbox(
      actor: Actor,
      filter: { status: InboxStatus; kind?: ReferralKind | undefined },
      request: PageRequest,
    ) {
      return inOrganisation(
        db,
        { organisationId: actor.organisationId, userId: actor.id },
        async (tx) => {
          const listing = LISTED[filter.status];
          const query = { ...listing, kind: filter.kind };
          const found = pageFrom(
            await inboxPage(tx, actor.organisationId, query, request),
            request,
          );
          const today = todayInLondon();
          const rows = listed(found.rows).map((row) => ({
            ...row,
            daysWaiting: row.submitted_at ? daysWaiting(todayInLondon(row.submitted_at), today) : 0,
          }));
          await auditListView(
            tx,
            actor,
            'inbox',
            { ...filter, page: request.key ? request.direction : undefined },
            rows.length,
          );
          return { ...found, rows, key: inboxKey(listing) };
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
        const problem = discussionDateProblem(found.referral, changes.initial_discussion_on);
        if (problem) return { outcome: 'refused' as const, problem };
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
