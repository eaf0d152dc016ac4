import type { Tx } from '../../db/database.ts';
import type { ReferralKind } from '../../db/schema.ts';
import { addDays, CONSENT_RECONFIRMATION_DAYS } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { FIRST_JOURNEY_STAGE } from '../../domain/journey-stages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  caseloads,
  insertJourney,
  insertJourneyEvent,
  journeysOfReferrals,
} from './journeys.repository.ts';

/** What other features may read about journeys, in their own transaction. */
export const journeyFacts = {
  /** coordinator id → the number of journeys they hold that are not ended. */
  caseloads,
  /** referral id → its journey's id, for the referrals that have one. */
  journeysOfReferrals,
};

export interface Actor {
  id: string;
  organisationId: string;
  requestId: string;
}

/**
 * Opens the journey of an accepted, matched referral, in the caller's transaction: stage 1
 * (referral) is done, so it starts at stage 2, planning. Called by the referrals feature.
 */
export async function openJourney(
  tx: Tx,
  actor: Actor,
  referral: { id: string; kind: ReferralKind; coordinatorId: string },
): Promise<{ journeyId: string }> {
  const { id: journeyId } = await insertJourney(tx, {
    organisationId: actor.organisationId,
    referralId: referral.id,
    kind: referral.kind,
    stage: FIRST_JOURNEY_STAGE,
    coordinatorId: referral.coordinatorId,
    consentReconfirmationDue: addDays(todayInLondon(), CONSENT_RECONFIRMATION_DAYS),
  });
  await insertJourneyEvent(tx, {
    organisationId: actor.organisationId,
    journeyId,
    kind: 'opened',
    fromStage: 1,
    toStage: FIRST_JOURNEY_STAGE,
    reason: 'Referral accepted and matched to a coordinator',
    actorId: actor.id,
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.id,
    action: 'journey.opened',
    subjectType: 'journey',
    subjectId: journeyId,
    requestId: actor.requestId,
    detail: { referralId: referral.id, stage: FIRST_JOURNEY_STAGE },
  });
  return { journeyId };
}
