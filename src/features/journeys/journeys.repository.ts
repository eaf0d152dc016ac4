import type { Tx } from '../../db/database.ts';
import type { JourneyEventKind, ReferralKind } from '../../db/schema.ts';

export async function insertJourney(
  tx: Tx,
  journey: {
    organisationId: string;
    referralId: string;
    kind: ReferralKind;
    stage: number;
    coordinatorId: string;
    consentReconfirmationDue: string;
  },
) {
  return tx
    .insertInto('journeys')
    .values({
      organisation_id: journey.organisationId,
      referral_id: journey.referralId,
      kind: journey.kind,
      stage: journey.stage,
      coordinator_id: journey.coordinatorId,
      consent_reconfirmation_due: journey.consentReconfirmationDue,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertJourneyEvent(
  tx: Tx,
  event: {
    organisationId: string;
    journeyId: string;
    kind: JourneyEventKind;
    fromStage?: number | null;
    toStage?: number | null;
    reason?: string | null;
    actorId: string | null;
  },
) {
  await tx
    .insertInto('journey_events')
    .values({
      organisation_id: event.organisationId,
      journey_id: event.journeyId,
      kind: event.kind,
      from_stage: event.fromStage ?? null,
      to_stage: event.toStage ?? null,
      reason: event.reason ?? null,
      actor_id: event.actorId,
    })
    .execute();
}
