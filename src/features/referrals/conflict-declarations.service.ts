import type { Db, Tx } from '../../db/database.ts';
import { declarationsInForce } from '../../domain/conflict-declarations.ts';
import { type DeclarationCard, declarationCards } from './conflict-declarations.view-model.ts';
import { declarationsFor, insertConflictDeclaration } from './matching.repository.ts';
import type { CorrectionForm } from './matching.schemas.ts';
import {
  type Actor,
  auditChange,
  auditView,
  changeReferral,
  inReferral,
  mayTriage,
} from './referral-case.ts';
import { userNames } from './referrals.repository.ts';

async function cardsFor(
  tx: Tx,
  referral: { id: string; coordinator_id: string | null },
  canCorrect: boolean,
): Promise<DeclarationCard[]> {
  const declarations = await declarationsFor(tx, referral.id);
  if (declarations.length === 0) return [];
  const people = declarations.flatMap((d) => [d.coordinator_id, d.recorded_by]);
  const names = await userNames(tx, [...new Set(people)]);
  return declarationCards(declarationsInForce(declarations), names, {
    referralId: referral.id,
    matchedCoordinatorId: referral.coordinator_id,
    canCorrect,
  });
}

/**
 * For other features' pages (the journey's case page): a referral's conflict-of-interest
 * declarations, in words, inside the caller's transaction (which has checked access).
 */
export const conflictDeclarationFacts = {
  cards(
    tx: Tx,
    referral: { id: string; coordinator_id: string | null },
    options: { canCorrect: boolean },
  ) {
    return cardsFor(tx, referral, options.canCorrect);
  },
};

/** 'gone': the declaration was corrected meanwhile, or is not this referral's. */
export type Corrected = { outcome: 'done' } | { outcome: 'gone' };

/**
 * A team manager corrects a mistaken declaration. The original row is kept; the correction is
 * a new declaration that names it and says why, audited in the same transaction.
 */
export function conflictDeclarationService(db: Db) {
  return {
    page(actor: Actor, referralId: string, declarationId: string) {
      return inReferral(db, actor, referralId, mayTriage, async (tx, found) => {
        const declarations = await declarationsFor(tx, referralId);
        const chain = declarationsInForce(declarations).find(
          ({ current }) => current.id === declarationId,
        );
        if (!chain) return { outcome: 'gone' as const };
        await auditView(tx, actor, referralId, 'declaration-correct');
        const card = (await cardsFor(tx, found.referral, false)).find(
          (candidate) => candidate.id === declarationId,
        );
        return { outcome: 'found' as const, found, declaration: chain.current, card };
      });
    },

    correct(actor: Actor, referralId: string, declarationId: string, form: CorrectionForm) {
      return changeReferral(db, actor, referralId, mayTriage, async (tx): Promise<Corrected> => {
        const declarations = await declarationsFor(tx, referralId);
        const chain = declarationsInForce(declarations).find(
          ({ current }) => current.id === declarationId,
        );
        if (!chain) return { outcome: 'gone' };
        const original = chain.current;
        const correctionId = await insertConflictDeclaration(tx, {
          organisationId: actor.organisationId,
          referralId,
          coordinatorId: original.coordinator_id,
          hasConflict: form.hasConflict,
          details: form.hasConflict ? form.conflictDetails : null,
          recordedBy: actor.id,
          correction: { correctsId: original.id, reason: form.reason },
        });
        await auditChange(tx, actor, referralId, 'referral.conflict_declaration_corrected', {
          declarationId: correctionId,
          correctsId: original.id,
          coordinatorId: original.coordinator_id,
          hasConflict: form.hasConflict,
        });
        return { outcome: 'done' };
      });
    },
  };
}

export type ConflictDeclarationService = ReturnType<typeof conflictDeclarationService>;
