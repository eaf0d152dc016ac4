import type { Db, Tx } from '../../db/database.ts';
import { hasConflictInForce } from '../../domain/conflict-declarations.ts';
import { journeyFacts, openJourney } from '../journeys/journeys.service.ts';
import {
  activeCoordinators,
  declarationsFor,
  insertConflictDeclaration,
} from './matching.repository.ts';
import type { MatchForm } from './matching.schemas.ts';
import {
  type Actor,
  auditChange,
  auditView,
  changeReferral,
  inReferral,
  mayTriage,
  type Problem,
  type ReferralCase,
} from './referral-case.ts';
import { detailsOf } from './referral-details.ts';
import { updateReferral } from './referrals.repository.ts';

export interface CoordinatorChoice {
  id: string;
  name: string;
  languages: string[];
  caseload: number;
  speaksLanguage: boolean;
  declaredConflict: boolean;
}

export type Matched =
  | { outcome: 'done'; journeyId: string }
  | { outcome: 'not-matchable' }
  | { outcome: 'refused'; problem: Problem };

const sameLanguage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** An accepted referral that has no coordinator yet. */
const matchable = (found: ReferralCase) =>
  found.referral.status === 'accepted' && found.referral.coordinator_id === null;

async function coordinatorChoices(tx: Tx, found: ReferralCase): Promise<CoordinatorChoice[]> {
  const [coordinators, loads, declarations] = await Promise.all([
    activeCoordinators(tx),
    journeyFacts.caseloads(tx),
    declarationsFor(tx, found.referral.id),
  ]);
  const language = found.referral.language;
  return coordinators.map((coordinator) => ({
    id: coordinator.id,
    name: coordinator.display_name,
    languages: coordinator.languages,
    caseload: loads.get(coordinator.id) ?? 0,
    speaksLanguage:
      language !== null && coordinator.languages.some((spoken) => sameLanguage(spoken, language)),
    declaredConflict: hasConflictInForce(declarations, coordinator.id),
  }));
}

/**
 * Matching an accepted referral to a coordinator who is independent of the family. The
 * coordinator's declaration is kept whatever it says; one who declares a conflict is not matched.
 */
export function matchingService(db: Db) {
  return {
    page(actor: Actor, referralId: string) {
      return inReferral(db, actor, referralId, mayTriage, async (tx, found) => {
        if (!matchable(found)) return { outcome: 'not-matchable' as const };
        await auditView(tx, actor, referralId, 'match');
        return {
          outcome: 'found' as const,
          details: await detailsOf(tx, found),
          coordinators: await coordinatorChoices(tx, found),
        };
      });
    },

    match(actor: Actor, referralId: string, form: MatchForm) {
      return changeReferral(
        db,
        actor,
        referralId,
        mayTriage,
        async (tx, found): Promise<Matched> => {
          if (!matchable(found)) return { outcome: 'not-matchable' };
          const choices = await coordinatorChoices(tx, found);
          const coordinator = choices.find((choice) => choice.id === form.coordinatorId);
          if (!coordinator) {
            return {
              outcome: 'refused',
              problem: { field: 'coordinatorId', text: 'Select a coordinator from the list' },
            };
          }
          const declarationId = await insertConflictDeclaration(tx, {
            organisationId: actor.organisationId,
            referralId,
            coordinatorId: coordinator.id,
            hasConflict: form.hasConflict,
            details: form.hasConflict ? form.conflictDetails : null,
            recordedBy: actor.id,
          });
          await auditChange(tx, actor, referralId, 'referral.conflict_declared', {
            declarationId,
            coordinatorId: coordinator.id,
            hasConflict: form.hasConflict,
          });
          if (form.hasConflict || coordinator.declaredConflict) {
            // The declaration stays recorded (this transaction commits); the match does not happen.
            return {
              outcome: 'refused',
              problem: {
                field: 'coordinatorId',
                text: `${coordinator.name} has declared another professional role with this family, so cannot be matched. Select another coordinator`,
              },
            };
          }
          await updateReferral(tx, referralId, {
            coordinator_id: coordinator.id,
            matched_at: new Date(),
            matched_by: actor.id,
          });
          const { journeyId } = await openJourney(tx, actor, {
            id: referralId,
            kind: found.referral.kind,
            coordinatorId: coordinator.id,
          });
          await auditChange(tx, actor, referralId, 'referral.matched', {
            coordinatorId: coordinator.id,
            journeyId,
            declarationId,
          });
          return { outcome: 'done', journeyId };
        },
      );
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
