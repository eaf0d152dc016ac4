import { type CaseParties, can, type Person } from './access-policy.ts';

/**
 * The plan's object-level rules (issue 8; ADRs 0030 and 0031): who decides on a plan and who
 * records its handover, built on the one access policy's permissions.
 */

/**
 * Who decides on a plan: the journey's referrer, who keeps case responsibility. Not the service's
 * team managers: the FGC and Lifelong Links service is independent of case decisions (ADR 0030).
 */
export function canDecidePlan(person: Person, parties: CaseParties): boolean {
  return parties.referrerId === person.id && can(person.roles, 'plans:decide');
}

/** Who records that the IRO holds a copy of the plan: the IRO of a child the journey is about. */
export function canRecordIroCopy(person: Person, parties: CaseParties): boolean {
  return person.roles.includes('iro') && parties.iroIds.includes(person.id);
}

/**
 * Who confirms that the plan is in the care or pathway plan: the child's allocated social worker,
 * or the referrer (who keeps case responsibility). Never the coordinator, who is independent.
 */
export function canConfirmCarePlan(person: Person, parties: CaseParties): boolean {
  if (person.roles.includes('social_worker') && parties.socialWorkerIds.includes(person.id)) {
    return true;
  }
  return parties.referrerId === person.id && can(person.roles, 'handover:confirm-care-plan');
}
