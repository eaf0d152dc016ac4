import type { Tx } from '../../db/database.ts';
import { decideMove } from '../../domain/journey-stages.ts';
import { decideStatusChange, type StatusChange } from '../../domain/journey-status.ts';
import { consentService } from '../consent/consent.service.ts';
import { discoveryFacts } from '../discovery/discovery-facts.service.ts';
import {
  type Caller,
  type JourneyCase,
  type JourneyCases,
  recordJourneyEvent,
} from './journey-case.service.ts';
import { updateJourney } from './journeys.repository.ts';
import { findPlanningMeeting } from './planning-meeting.repository.ts';
import type { MoveForm } from './stage-moves.schemas.ts';

async function moveProgress(tx: Tx, found: JourneyCase) {
  const meeting = await findPlanningMeeting(tx, found.journey.id);
  return {
    stage: found.journey.stage,
    status: found.journey.status,
    planningMeetingRecorded: Boolean(meeting?.recorded_at),
    discoveryOutstanding:
      found.journey.stage === 3 ? await discoveryFacts.outstanding(tx, found.journey) : null,
  };
}

/** A withdrawn consent stays withdrawn until that person gives it again (a reconfirmation). */
async function statusFacts(tx: Tx, found: JourneyCase) {
  const consents = await consentService.list(tx, found.journey.referral_id);
  return {
    status: found.journey.status,
    consentWithdrawnSinceReconfirmation: consents.some((consent) => consent.withdrawn_on !== null),
  };
}

const STATUS_AFTER = { pause: 'paused', resume: 'active', end: 'ended' } as const;

/** Moving a journey through its stages, and pausing, resuming or ending it. */
export class JourneyChangesService {
  constructor(private readonly cases: JourneyCases) {}

  /** The move page: where the journey is, and whether it may move to the next stage now. */
  movePage(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'move', async (tx, found) => {
      const nextStage = found.journey.stage + 1;
      const decision = decideMove(await moveProgress(tx, found), nextStage);
      return { outcome: 'found' as const, found, nextStage, decision };
    });
  }

  moveOn(caller: Caller, journeyId: string, form: MoveForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decideMove(await moveProgress(tx, found), form.toStage);
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      const { journey } = found;
      await updateJourney(tx, journey.id, { stage: form.toStage });
      await recordJourneyEvent(
        tx,
        caller,
        journey.id,
        {
          kind: 'stage_moved',
          fromStage: journey.stage,
          toStage: form.toStage,
          reason: form.reason,
        },
        {
          action: 'journey.stage-moved',
          detail: { fromStage: journey.stage, toStage: form.toStage },
        },
      );
      return { outcome: 'done' };
    });
  }

  statusPage(caller: Caller, journeyId: string, change: StatusChange) {
    return this.cases.formPage(caller, journeyId, change, async (tx, found) => {
      const decision = decideStatusChange(await statusFacts(tx, found), change);
      return { outcome: 'found' as const, found, decision };
    });
  }

  changeStatus(caller: Caller, journeyId: string, change: StatusChange, reason: string) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decideStatusChange(await statusFacts(tx, found), change);
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      await setStatus(tx, caller, found, change, reason);
      return { outcome: 'done' };
    });
  }
}

/** Pauses, resumes or ends a journey in the caller's transaction: the row, its event and audit. */
export async function setStatus(
  tx: Tx,
  caller: Caller,
  found: JourneyCase,
  change: StatusChange,
  reason: string,
  detail: Record<string, unknown> = {},
) {
  const { journey } = found;
  const status = STATUS_AFTER[change];
  await updateJourney(tx, journey.id, {
    status,
    ...(status === 'ended' ? { ended_at: new Date() } : {}),
  });
  const kind = status === 'active' ? 'resumed' : status;
  await recordJourneyEvent(
    tx,
    caller,
    journey.id,
    { kind, reason },
    { action: `journey.${kind}`, detail: { from: journey.status, to: status, ...detail } },
  );
}
