import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import type { ReferralKind, ReferralStatus } from '../../db/schema.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { nextSequence, referenceFor, referenceStem } from '../../domain/referral-reference.ts';
import type { ReferrerRoleCode } from '../../domain/referral-rules.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { childrenService } from '../children/children.service.ts';
import { journeyFacts } from '../journeys/journeys.service.ts';
import { conflictDeclarationFacts } from './conflict-declarations.service.ts';
import {
  type Actor,
  auditChange,
  auditView,
  changeReferral,
  inReferral,
  mayEditDraft,
  mayView,
} from './referral-case.ts';
import { detailsOf, fullName, type ReferralDetails } from './referral-details.ts';
import {
  childIdsOfMany,
  highestReference,
  insertReferral,
  listReferrals,
  lockReferenceNumbering,
  type ReferralChanges,
  type ReferralListRow,
  updateReferral,
} from './referrals.repository.ts';

export type Submitted =
  | { outcome: 'done'; referralId: string }
  | { outcome: 'refused'; details: ReferralDetails };

export interface ListedReferral extends ReferralListRow {
  childNames: string[];
  journeyId: string | null;
}

const STATUS_ORDER: Record<ReferralStatus, number> = {
  draft: 0,
  submitted: 1,
  accepted: 2,
  declined: 3,
};

/** Attaches the children's names and the journey, for lists. */
export async function withChildrenAndJourneys(
  tx: Tx,
  rows: readonly ReferralListRow[],
): Promise<ListedReferral[]> {
  const ids = rows.map((row) => row.id);
  const childIds = await childIdsOfMany(tx, ids);
  const children = await childrenService.byIds(tx, [...new Set([...childIds.values()].flat())]);
  const names = new Map(children.map((child) => [child.id, fullName(child)]));
  const journeys = await journeyFacts.journeysOfReferrals(tx, ids);
  return rows.map((row) => ({
    ...row,
    childNames: (childIds.get(row.id) ?? []).map((id) => names.get(id) ?? '').filter(Boolean),
    journeyId: journeys.get(row.id) ?? null,
  }));
}

/** Making a referral: the draft, its answers, and submitting it to the team inbox. */
export function referralsService(db: Db) {
  const scope = (actor: Actor) => ({ organisationId: actor.organisationId, userId: actor.id });

  return {
    /** A new draft with the next reference for its kind and year in this organisation. */
    startDraft(
      actor: Actor,
      kind: ReferralKind,
      from: { referrerRole: ReferrerRoleCode; onBehalfOf: string | null },
    ): Promise<string> {
      const { referrerRole } = from;
      return inOrganisation(db, scope(actor), async (tx) => {
        await lockReferenceNumbering(tx, actor.organisationId);
        const year = todayInLondon().slice(0, 4);
        const highest = await highestReference(tx, referenceStem(kind, year));
        const reference = referenceFor(kind, year, nextSequence(highest ? [highest] : []));
        const referralId = await insertReferral(tx, {
          organisationId: actor.organisationId,
          reference,
          kind,
          referrerId: actor.id,
          referrerRole,
          onBehalfOf: from.onBehalfOf,
        });
        await auditChange(tx, actor, referralId, 'referral.created', { kind, referrerRole });
        return referralId;
      });
    },

    /** The referral's own page: its task list while a draft, otherwise its summary. */
    open(actor: Actor, referralId: string) {
      return inReferral(db, actor, referralId, mayView, async (tx, found) => {
        const page = found.referral.status === 'draft' ? 'task-list' : 'summary';
        await auditView(tx, actor, referralId, page);
        return {
          outcome: 'found' as const,
          details: await detailsOf(tx, found),
          conflictDeclarations: await conflictDeclarationFacts.cards(tx, found.referral, {
            canCorrect: actor.roles.includes('team_manager'),
          }),
        };
      });
    },

    /** A page of the draft for its referrer to fill in. */
    draftPage(actor: Actor, referralId: string, page: string) {
      return inReferral(db, actor, referralId, mayEditDraft, async (tx, found) => {
        await auditView(tx, actor, referralId, page);
        return { outcome: 'found' as const, details: await detailsOf(tx, found) };
      });
    },

    /** Saves answers to the draft; audited by field name only. */
    saveDraft(actor: Actor, referralId: string, section: string, changes: ReferralChanges) {
      return changeReferral(db, actor, referralId, mayEditDraft, async (tx) => {
        await updateReferral(tx, referralId, changes);
        await auditChange(tx, actor, referralId, 'referral.updated', {
          section,
          fields: Object.keys(changes),
        });
        return { outcome: 'done' as const };
      });
    },

    /** Submits the draft to the team inbox, unless something it needs is missing. */
    submit(actor: Actor, referralId: string) {
      return changeReferral(
        db,
        actor,
        referralId,
        mayEditDraft,
        async (tx, found): Promise<Submitted> => {
          const details = await detailsOf(tx, found);
          if (details.problems.length > 0) return { outcome: 'refused', details };
          await updateReferral(tx, referralId, { status: 'submitted', submitted_at: new Date() });
          await auditChange(tx, actor, referralId, 'referral.submitted', {
            kind: found.referral.kind,
            childIds: found.children.map((child) => child.id),
            consentIds: details.consents.map((consent) => consent.id),
          });
          return { outcome: 'done', referralId };
        },
      );
    },

    /** The referrer's own referrals: drafts first, then the rest; searchable by child or reference. */
    listMine(actor: Actor, search: string | undefined): Promise<ListedReferral[]> {
      return inOrganisation(db, scope(actor), async (tx) => {
        const rows = await withChildrenAndJourneys(
          tx,
          await listReferrals(tx, { referrerId: actor.id }),
        );
        const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const listed = rows
          .filter((row) => {
            const haystack = [row.reference, ...row.childNames].join(' ').toLowerCase();
            return words.every((word) => haystack.includes(word));
          })
          .sort(
            (a, b) =>
              STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
              b.updated_at.getTime() - a.updated_at.getTime(),
          );
        await auditListView(tx, actor, 'referrals', { q: search }, listed.length);
        return listed;
      });
    },
  };
}

export type ReferralsService = ReturnType<typeof referralsService>;
