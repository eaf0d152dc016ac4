import type { Db, Tx } from '../../db/database.ts';
import { canAddChild } from '../../domain/referral-rules.ts';
import { childrenService } from '../children/children.service.ts';
import { consentService } from '../consent/consent.service.ts';
import {
  type Actor,
  auditChange,
  auditView,
  changeReferral,
  inReferral,
  mayEditDraft,
  type Problem,
  type ReferralCase,
} from './referral-case.ts';
import { detailsOf } from './referral-details.ts';
import { addReferralChild, removeReferralChild } from './referrals.repository.ts';

export type ChildAdded = { outcome: 'done' } | { outcome: 'refused'; problem: Problem };

export interface NewChildForm {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  caseRecordId: string | null;
  lookedAfter: boolean;
}

const ONE_YOUNG_PERSON: Problem = {
  text: 'A Lifelong Links referral is for one young person. Remove them before adding someone else',
};

const RECORD_ID_TAKEN: Problem = {
  field: 'caseRecordId',
  text: 'A child with this record ID is already on the register. Search for them instead',
};

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const found = error as { code?: unknown; constraint?: unknown };
  return found.code === '23505' && found.constraint === constraint;
}

async function link(tx: Tx, actor: Actor, found: ReferralCase, childId: string, created: boolean) {
  await addReferralChild(tx, actor.organisationId, found.referral.id, childId);
  await auditChange(tx, actor, found.referral.id, 'referral.child_added', { childId, created });
}

/** The children a draft referral covers: found on the register, or added to it. */
export function referralChildrenService(db: Db) {
  function createAndAddOnce(actor: Actor, referralId: string, form: NewChildForm) {
    return changeReferral(
      db,
      actor,
      referralId,
      mayEditDraft,
      async (tx, found): Promise<ChildAdded> => {
        if (!canAddChild(found.referral.kind, found.children.length)) {
          return { outcome: 'refused', problem: ONE_YOUNG_PERSON };
        }
        if (form.caseRecordId) {
          const same = await childrenService.search(tx, actor.organisationId, {
            text: form.caseRecordId,
            limit: 50,
          });
          if (same.some((child) => child.case_record_id === form.caseRecordId)) {
            return { outcome: 'refused', problem: RECORD_ID_TAKEN };
          }
        }
        const created = await childrenService.create(
          tx,
          { id: actor.id, organisationId: actor.organisationId, requestId: actor.requestId },
          {
            first_name: form.firstName,
            last_name: form.lastName,
            date_of_birth: form.dateOfBirth,
            case_record_id: form.caseRecordId,
            looked_after: form.lookedAfter,
          },
        );
        await link(tx, actor, found, created.id, true);
        return { outcome: 'done' };
      },
    );
  }

  return {
    /** The children section, with what a search of the register found. */
    page(actor: Actor, referralId: string, search: { text?: string; dateOfBirth?: string } | null) {
      return inReferral(db, actor, referralId, mayEditDraft, async (tx, found) => {
        await auditView(tx, actor, referralId, 'children');
        const added = new Set(found.children.map((child) => child.id));
        const results = search
          ? (
              await childrenService.search(tx, actor.organisationId, { ...search, limit: 25 })
            ).filter((child) => !added.has(child.id))
          : null;
        return { outcome: 'found' as const, details: await detailsOf(tx, found), results };
      });
    },

    add(actor: Actor, referralId: string, childId: string) {
      return changeReferral(
        db,
        actor,
        referralId,
        mayEditDraft,
        async (tx, found): Promise<ChildAdded | { outcome: 'not-found' }> => {
          if (found.children.some((child) => child.id === childId)) return { outcome: 'done' };
          if (!canAddChild(found.referral.kind, found.children.length)) {
            return { outcome: 'refused', problem: ONE_YOUNG_PERSON };
          }
          const [child] = await childrenService.byIds(tx, [childId]);
          if (!child) return { outcome: 'not-found' };
          await link(tx, actor, found, child.id, false);
          return { outcome: 'done' };
        },
      );
    },

    /** A child not yet on the register: searched for first, so no duplicate is made. */
    async createAndAdd(actor: Actor, referralId: string, form: NewChildForm) {
      try {
        return await createAndAddOnce(actor, referralId, form);
      } catch (error) {
        // Someone else added the same record ID at the same moment: the index decides.
        if (isUniqueViolation(error, 'children_case_record_unique')) {
          return { outcome: 'refused' as const, problem: RECORD_ID_TAKEN };
        }
        throw error;
      }
    },

    /** Takes a child off the referral, with the consents given for them in it. */
    remove(actor: Actor, referralId: string, childId: string) {
      return changeReferral(db, actor, referralId, mayEditDraft, async (tx, found) => {
        if (!found.children.some((child) => child.id === childId)) {
          return { outcome: 'not-found' as const };
        }
        const consents = (await consentService.list(tx, referralId)).filter(
          (consent) => consent.child_id === childId,
        );
        for (const consent of consents) await consentService.remove(tx, referralId, consent.id);
        await removeReferralChild(tx, referralId, childId);
        await auditChange(tx, actor, referralId, 'referral.child_removed', {
          childId,
          consentIds: consents.map((consent) => consent.id),
        });
        return { outcome: 'done' as const };
      });
    },
  };
}

export type ReferralChildrenService = ReturnType<typeof referralChildrenService>;
