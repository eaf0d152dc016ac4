/**
 * What a withdrawal of consent does to a journey (ADR 0033: consent is per child). On a journey
 * about one child, a withdrawal pauses or ends the whole journey, as before. On a journey about
 * brothers and sisters, it may instead stop only one child's network work: that child's
 * consents are withdrawn, so nobody in their network can be contacted, invited or shared with
 * (the network's contactability reads the child's own consents), while the journey and the
 * other children's networks go on. Pure.
 */

export type WithdrawalOutcome = 'pause' | 'end' | 'child';

export interface WithdrawalFacts {
  outcome: WithdrawalOutcome;
  /** The children the journey is about. */
  childIds: readonly string[];
  /** The children the withdrawing person gave consent for. */
  giverChildIds: readonly string[];
  /** The child chosen on the form (a parent of several children), or null. */
  chosenChildId: string | null;
}

export type WithdrawalDecision =
  | { allowed: true; journey: 'pause' | 'end' | 'unchanged'; childIds: string[] }
  | { allowed: false; field: 'outcome' | 'childId'; reason: string };

export function decideWithdrawal(facts: WithdrawalFacts): WithdrawalDecision {
  if (facts.outcome !== 'child') {
    return { allowed: true, journey: facts.outcome, childIds: [...facts.giverChildIds] };
  }
  if (facts.childIds.length < 2) {
    return {
      allowed: false,
      field: 'outcome',
      reason: 'This journey is about one young person: choose to pause or end it',
    };
  }
  // A young person's consent is for themself only; a parent's may cover several children.
  const childId = facts.giverChildIds.length === 1 ? facts.giverChildIds[0] : facts.chosenChildId;
  if (!childId || !facts.giverChildIds.includes(childId) || !facts.childIds.includes(childId)) {
    return {
      allowed: false,
      field: 'childId',
      reason: 'Select which child’s consent was withdrawn',
    };
  }
  return { allowed: true, journey: 'unchanged', childIds: [childId] };
}
