import type { Role } from '../domain/roles.ts';

const CASE_ROLES = [
  'coordinator',
  'team_manager',
  'social_worker',
  'iro',
  'practice_manager',
] as const;

/**
 * Who may do what. Every route names one of these in `config.access`; nothing else in Kindred
 * decides by role. Object-level rules (assigned coordinator, the child's IRO, ...) extend this
 * module as the features that need them arrive.
 */
export const PERMISSIONS = {
  /** Manage the organisation's user accounts and their roles. */
  'users:manage': ['administrator'],
  /** Keep the organisation's list of neutral venues for conferences. */
  'venues:manage': ['administrator'],
  /** Manage the organisation's teams. */
  'teams:manage': ['administrator'],
  /** See how the service runs: whether email is on, failed emails, the jobs log. */
  'service:monitor': ['administrator'],
  /** Read children's records and journeys (object rules below narrow it). Never administrators. */
  'cases:read': CASE_ROLES,
  /** Search the register of children and young people, e.g. before making a referral. */
  'children:search': CASE_ROLES,
  /** Add a child or young person to the register (IROs too: they make Lifelong Links referrals). */
  'children:manage': ['team_manager', 'social_worker', 'iro'],
  /** Change a child's details: only the people who keep the record (object rule `canChangeChild`). */
  'children:change': ['team_manager', 'social_worker', 'coordinator'],
  /** Import the looked-after children list (SSDA903). */
  'children:import': ['team_manager'],
  /** Make referrals (FGC from social workers and Early Help; Lifelong Links also from IROs). */
  'referrals:make': ['social_worker', 'iro'],
  /** Work the team inbox: initial discussion, accept or decline, match a coordinator. */
  'referrals:triage': ['team_manager'],
  /** Move a journey on, pause or end it, record meetings and notes (object rules below). */
  'journeys:work': ['coordinator', 'team_manager'],
  /** Sign off a network member's safety check (object rule `canSignOffSafety`). */
  'network:sign-off': ['team_manager', 'social_worker'],
  /** Let a first contact happen before the safety sign-off, with a reason. */
  'network:override': ['team_manager'],
  /** Oversee every online search the team's coordinators log (issue 10). */
  'searches:oversee': ['team_manager'],
  /** Acknowledge a safety concern sent to you about a child you are social worker for. */
  'concerns:acknowledge': ['social_worker'],
  /**
   * The monthly turning-15 list and the young people aged 15 or over without a Lifelong Links
   * referral: IROs and social workers see their own young people; team managers (the Lifelong
   * Links managers) and practice managers see everyone (object rule `oversightScope`).
   */
  'oversight:read': ['team_manager', 'social_worker', 'iro', 'practice_manager'],
  /** Record that a young person was discussed in supervision: practice and operations managers. */
  'oversight:supervise': ['practice_manager'],
  /** The managers' oversight lists: children with no IRO or social worker, the pathway-plan export. */
  'oversight:manage': ['team_manager', 'practice_manager'],
  /** What is due and overdue: coordinators (their own), team and practice managers (the team's). */
  'deadlines:read': ['coordinator', 'team_manager', 'practice_manager'],
  /**
   * Decide on a conference's plan: agree it, delay agreement, or not agree it. Only the
   * journey's referrer (object rule `canDecidePlan`), who keeps case responsibility (ADR 0030).
   */
  'plans:decide': ['social_worker', 'iro'],
  /** The organisation's closure days and deadline settings. */
  'deadlines:configure': ['administrator'],
  // ---- The plan's handover (issue 8, stages 6–7; ADR 0031) ----
  /** The IRO records that they hold a copy of the plan (object rule `canRecordIroCopy`). */
  'handover:iro-copy': ['iro'],
  /**
   * Confirm the plan is in the care or pathway plan: the child's social worker, or the referrer,
   * who may be an IRO (object rule `canConfirmCarePlan`).
   */
  'handover:confirm-care-plan': ['social_worker', 'iro'],
  // ---- end of the plan's handover ----
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** 'public': anyone, signed in or not. 'signed-in': any active account. */
export type Access = 'public' | 'signed-in' | Permission;

export function isAccess(value: unknown): value is Access {
  return (
    value === 'public' ||
    value === 'signed-in' ||
    (typeof value === 'string' && value in PERMISSIONS)
  );
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

export function decideAccess(access: Access, roles: readonly Role[] | null): AccessDecision {
  if (access === 'public') return 'allow';
  if (roles === null) return 'sign-in';
  if (access === 'signed-in') return 'allow';
  return can(roles, access) ? 'allow' : 'forbidden';
}

/** Roles that see every case of their organisation: the service's managers. */
const SEES_EVERY_CASE: readonly Role[] = ['team_manager', 'practice_manager'];

/** The people a referral or journey belongs to, for the object-level rules. */
export interface CaseParties {
  referrerId: string;
  coordinatorId: string | null;
  /** The IROs of the children it covers. */
  iroIds: readonly string[];
  /** The allocated social workers of the children it covers. */
  socialWorkerIds: readonly string[];
}

export interface Person {
  id: string;
  roles: readonly Role[];
}

/**
 * Who may see a referral and the journey that follows it: the service's managers; the referrer;
 * the matched coordinator; the children's IROs and allocated social workers. A record of another
 * organisation is never found at all (row-level security), so it answers 404, not 403.
 */
export function canSeeCase(person: Person, parties: CaseParties): boolean {
  if (person.roles.some((role) => SEES_EVERY_CASE.includes(role))) return true;
  if (parties.referrerId === person.id && can(person.roles, 'cases:read')) return true;
  if (person.roles.includes('coordinator') && parties.coordinatorId === person.id) return true;
  if (person.roles.includes('iro') && parties.iroIds.includes(person.id)) return true;
  return person.roles.includes('social_worker') && parties.socialWorkerIds.includes(person.id);
}

/** Who may change a journey: its matched coordinator, or a team manager. */
export function canWorkOnCase(person: Person, parties: CaseParties): boolean {
  if (person.roles.includes('team_manager')) return true;
  return person.roles.includes('coordinator') && parties.coordinatorId === person.id;
}

/**
 * The same rule as `canSeeCase`, as a description a repository turns into SQL, so a list shows
 * exactly the records the person could open.
 */
export type CaseVisibility =
  | { everything: true }
  | {
      everything: false;
      userId: string;
      asReferrer: boolean;
      asCoordinator: boolean;
      asIro: boolean;
      asSocialWorker: boolean;
    };

export function caseVisibility(person: Person): CaseVisibility {
  if (person.roles.some((role) => SEES_EVERY_CASE.includes(role))) return { everything: true };
  return {
    everything: false,
    userId: person.id,
    asReferrer: can(person.roles, 'cases:read'),
    asCoordinator: person.roles.includes('coordinator'),
    asIro: person.roles.includes('iro'),
    asSocialWorker: person.roles.includes('social_worker'),
  };
}

/** Who may open a child's full record: managers, their social worker and IRO, or anyone who can see a case about them. */
export function canSeeChild(
  person: Person,
  child: { socialWorkerId: string | null; iroId: string | null },
  casesAboutChild: readonly CaseParties[],
): boolean {
  if (!can(person.roles, 'cases:read')) return false;
  if (person.roles.some((role) => SEES_EVERY_CASE.includes(role))) return true;
  if (child.socialWorkerId === person.id || child.iroId === person.id) return true;
  return casesAboutChild.some((parties) => canSeeCase(person, parties));
}

/**
 * Who may change a child's details: the people who keep the record. A team manager, for every
 * child of the service; a social worker allocated to the child, or who made a referral for them;
 * the coordinator of a journey about them. IROs and practice managers read the record and never
 * change it: the IRO reviews the care plan independently, and the practice manager oversees.
 * Administrators never see it.
 */
export function canChangeChild(
  person: Person,
  child: { socialWorkerId: string | null },
  casesAboutChild: readonly CaseParties[],
): boolean {
  if (!can(person.roles, 'children:change')) return false;
  if (person.roles.includes('team_manager')) return true;
  if (
    person.roles.includes('social_worker') &&
    (child.socialWorkerId === person.id ||
      casesAboutChild.some((parties) => parties.referrerId === person.id))
  ) {
    return true;
  }
  return (
    person.roles.includes('coordinator') &&
    casesAboutChild.some((parties) => parties.coordinatorId === person.id)
  );
}

/**
 * How much of a young person's network someone sees: the one rule for every network record
 * (ADR 0034, reconciling ADRs 0022 and 0024). 'full': the people, the genogram, the social
 * connections, the discovery and engagement records; 'summary': the counts by status and the
 * indicator on the case page; 'none': nothing.
 * - full: the journey's coordinator, the team managers, the referrer and the children's allocated
 *   social workers (who keep case responsibility and sign safety checks off);
 * - summary: the IRO (even one who made the referral) and practice managers, who oversee
 *   referrals, not the work with the family;
 * - none: anyone who does not see the case.
 */
export type NetworkView = 'full' | 'summary' | 'none';

export function networkView(person: Person, parties: CaseParties): NetworkView {
  if (!canSeeCase(person, parties)) return 'none';
  if (person.roles.includes('team_manager')) return 'full';
  if (person.roles.includes('coordinator') && parties.coordinatorId === person.id) return 'full';
  if (person.roles.includes('iro')) return 'summary';
  if (parties.referrerId === person.id) return 'full';
  if (person.roles.includes('social_worker') && parties.socialWorkerIds.includes(person.id))
    return 'full';
  return person.roles.includes('practice_manager') ? 'summary' : 'none';
}

/** Who may open any of a young person's network records in full (`networkView`, above). */
export function canSeeNetwork(person: Person, parties: CaseParties): boolean {
  return networkView(person, parties) === 'full';
}

/** Who signs off a safety check: a team manager, or the child's allocated social worker. */
export function canSignOffSafety(person: Person, child: { socialWorkerId: string | null }) {
  if (person.roles.includes('team_manager')) return true;
  return person.roles.includes('social_worker') && child.socialWorkerId === person.id;
}

/**
 * Who reads the sensitive part of a network (safety notes, police and other check outcomes,
 * "not safe" reasons, overrides, a search's terms and result, safety concerns): among those who
 * see the network in full, only the journey's coordinator and the team managers; and the one
 * social worker who must act on it (`actingSocialWorkerId`: the child's social worker, who signs
 * the safety check off, or the social worker a safety concern was sent to). The referrer, as
 * such, does not.
 */
export function canReadNetworkSensitive(
  person: Person,
  parties: CaseParties,
  actingSocialWorkerId: string | null = null,
): boolean {
  if (!canSeeNetwork(person, parties)) return false;
  if (person.roles.includes('team_manager')) return true;
  if (person.roles.includes('coordinator') && parties.coordinatorId === person.id) return true;
  return (
    actingSocialWorkerId !== null &&
    actingSocialWorkerId === person.id &&
    person.roles.includes('social_worker')
  );
}

/** Whose young people a person sees on the oversight lists (turning 15, supervision). */
export type OversightScope =
  | { everything: true }
  | { everything: false; userId: string; asIro: boolean; asSocialWorker: boolean };

export function oversightScope(person: Person): OversightScope {
  if (person.roles.some((role) => SEES_EVERY_CASE.includes(role))) return { everything: true };
  return {
    everything: false,
    userId: person.id,
    asIro: person.roles.includes('iro'),
    asSocialWorker: person.roles.includes('social_worker'),
  };
}
