import { type Db, inOrganisation } from '../../db/database.ts';
import type { ReferralKind } from '../../db/schema.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { nextSequence, referenceFor, referenceStem } from '../../domain/referral-reference.ts';
import type { ReferrerRoleCode } from '../../domain/referral-rules.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
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
import { detailsOf, type ReferralDetails } from './referral-details.ts';
import {
  countMineCapped,
  isMyReferralKey,
  listed,
  myReferralCounts,
  myReferralsPage,
} from './referral-lists.repository.ts';
import {
  highestReference,
  insertReferral,
  lockReferenceNumbering,
  type ReferralChanges,
  updateReferral,
} from './referrals.repository.ts';

export type Submitted =
  | { outcome: 'done'; referralId: string }
  | { outcome: 'refused'; details: ReferralDetails };

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

    /**
     * A page of the referrer's own referrals: drafts first, then the rest, the latest change
     * first; searchable by a child's name or the reference. One capped count.
     */
    listMine(actor: Actor, search: string | undefined, request: PageRequest) {
      const page =
        request.key && !isMyReferralKey(request.key) ? { ...request, key: null } : request;
      return inOrganisation(db, scope(actor), async (tx) => {
        const fetched = await myReferralsPage(tx, actor.organisationId, actor.id, search, page);
        const matching = await countMineCapped(tx, actor.organisationId, actor.id, search);
        await auditListView(
          tx,
          actor,
          'referrals',
          { q: search, page: page.key ? page.direction : undefined },
          matching,
        );
        const found = pageFrom(fetched, page);
        return { page: { ...found, rows: listed(found.rows) }, matching };
      });
    },

    /** How many of the referrer's referrals are at each status (the home page). */
    countMine(actor: Actor) {
      return inOrganisation(db, scope(actor), (tx) =>
        myReferralCounts(tx, actor.organisationId, actor.id),
      );
    },
  };
}

export type ReferralsService = ReturnType<typeof referralsService>;
