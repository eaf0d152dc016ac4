import { stageName } from './journey-stages.ts';

/**
 * The pathway plan's question (DOMAIN.md): "Has the young person received support from Lifelong
 * Links?", answered from Kindred for every young person aged 16 or over and every care leaver.
 * "Yes" once a Lifelong Links journey has opened (support began), with its stage and dates; a
 * referral still waiting for a decision is "No", with the date it was made.
 */

export const PATHWAY_PLAN_QUESTION = 'Has the young person received support from Lifelong Links?';
export const PATHWAY_PLAN_AGE = 16;

export interface LifelongLinksSupport {
  journeyStage: number | null;
  journeyStatus: 'active' | 'paused' | 'ended' | null;
  /** UK dates (YYYY-MM-DD). */
  startedOn: string | null;
  endedOn: string | null;
  referredOn: string | null;
}

export interface PathwayPlanAnswer {
  answer: 'Yes' | 'No';
  /** The stage in words, when support began. */
  stage: string | null;
  status: 'Ongoing' | 'Paused' | 'Ended' | null;
  startedOn: string | null;
  endedOn: string | null;
  /** A referral made but not yet decided. */
  referredOn: string | null;
}

const STATUS_WORDS = { active: 'Ongoing', paused: 'Paused', ended: 'Ended' } as const;

export function pathwayPlanAnswer(support: LifelongLinksSupport | null): PathwayPlanAnswer {
  if (!support?.startedOn || !support.journeyStatus || support.journeyStage === null) {
    return {
      answer: 'No',
      stage: null,
      status: null,
      startedOn: null,
      endedOn: null,
      referredOn: support?.referredOn ?? null,
    };
  }
  return {
    answer: 'Yes',
    stage: `Stage ${support.journeyStage} of 8: ${stageName(support.journeyStage)}`,
    status: STATUS_WORDS[support.journeyStatus],
    startedOn: support.startedOn,
    endedOn: support.endedOn,
    referredOn: support.referredOn,
  };
}

/** Whether the question is asked of this young person. */
export function pathwayPlanApplies(age: number, careLeaverStatus: string): boolean {
  return age >= PATHWAY_PLAN_AGE || careLeaverStatus !== 'not_care_leaver';
}
