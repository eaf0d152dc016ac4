import { type OutstandingTool, toolNeedText } from './discovery-tools.ts';

/**
 * The eight stages of a journey (DOMAIN.md; the Lifelong Links policy's stages one to eight).
 * An FGC follows the same path with a lighter stage 3.
 */
export const STAGES = [
  {
    number: 1,
    name: 'Referral',
    summary: 'Referral discussed, consents given, accepted and matched to a coordinator.',
  },
  {
    number: 2,
    name: 'Planning',
    summary: 'Planning meeting with the team manager, social worker, IRO and carer.',
  },
  {
    number: 3,
    name: 'Discovery',
    summary: 'The network is explored with the young person using the tools.',
  },
  {
    number: 4,
    name: 'Engagement',
    summary: 'The people found are contacted, visited and supported to take part.',
  },
  {
    number: 5,
    name: 'Conference',
    summary: 'The conference is planned with the young person and held.',
  },
  {
    number: 6,
    name: 'After the conference',
    summary: 'The plan is sent out within 5 working days and feedback sought.',
  },
  {
    number: 7,
    name: 'Plan in the care plan',
    summary: 'The plan is part of the care or pathway plan and reviewed.',
  },
  {
    number: 8,
    name: 'Sustainability',
    summary: 'Feedback and involvement that keep the service going.',
  },
] as const;

export type StageNumber = (typeof STAGES)[number]['number'];
export const FIRST_JOURNEY_STAGE: StageNumber = 2;
export const LAST_STAGE: StageNumber = 8;

export function stageName(stage: number): string {
  return STAGES.find((item) => item.number === stage)?.name ?? `Stage ${stage}`;
}

/** What has been done, as far as the rules for moving on need to know. */
export interface JourneyProgress {
  stage: number;
  status: 'active' | 'paused' | 'ended';
  planningMeetingRecorded: boolean;
  /** The first discovery tool still to finish (src/domain/discovery-tools.ts), or null. */
  discoveryOutstanding: OutstandingTool | null;
}

export type MoveDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * A journey moves forward one stage at a time, only while active, and only when the work that
 * the stage it leaves requires has been recorded: the planning meeting for stage 2, and every
 * required discovery tool offered and its results discussed for stage 3 (ADR 0024). The work of
 * stages 4 onwards arrives with the features that record it; until then, moving on from them
 * needs only a reason.
 */
export function decideMove(progress: JourneyProgress, toStage: number): MoveDecision {
  if (progress.status === 'ended')
    return { allowed: false, reason: 'This journey has ended, so it cannot move.' };
  if (progress.status === 'paused') {
    return { allowed: false, reason: 'This journey is paused. Resume it before moving it on.' };
  }
  if (toStage <= progress.stage) {
    return {
      allowed: false,
      reason: `The journey is already at stage ${progress.stage}, ${stageName(progress.stage)}.`,
    };
  }
  if (toStage > LAST_STAGE) return { allowed: false, reason: 'Stage 8 is the last stage.' };
  if (toStage > progress.stage + 1) {
    return {
      allowed: false,
      reason: `A journey moves one stage at a time: stage ${progress.stage + 1}, ${stageName(progress.stage + 1)}, comes next.`,
    };
  }
  if (progress.stage === 2 && !progress.planningMeetingRecorded) {
    return {
      allowed: false,
      reason: 'Record the planning meeting before moving on to discovery.',
    };
  }
  if (progress.stage === 3 && progress.discoveryOutstanding) {
    return {
      allowed: false,
      reason: `Every discovery tool must be offered and its results discussed before moving on to engagement. Next: ${toolNeedText(progress.discoveryOutstanding).replace(/^./, (first) => first.toLowerCase())}.`,
    };
  }
  return { allowed: true };
}
