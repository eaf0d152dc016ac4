import type { Role } from '../../src/domain/roles.ts';

/**
 * Who may do what, written by hand from the domain (DOMAIN.md and the README's "Who sees what"),
 * not from the access policy the app enforces. access-matrix.test.ts calls every route as every
 * caller with real records and compares the answer with this table.
 *
 * A NEW ROUTE MUST BE ADDED HERE: the matrix fails for any route this table does not name.
 *
 * Answers: 'allowed' (the route answers: a page, a redirect onward, a 400 for an empty form, a 409
 * for an ended journey; never 403, 404, a sign-in redirect or a 5xx), 403 (the role may never use
 * the route), 404 (the record is not one this person may see: another organisation's, or a case
 * that is not theirs), 'sign-in' (a visitor is sent to sign in).
 *
 * Record kinds, from the caller's point of view:
 * - own: theirs (a journey they coordinate, a referral or draft they made, a child they are IRO
 *   or social worker for; for managers any record of their organisation; for administrators their
 *   own account and team)
 * - other: a record of their organisation that belongs to other people (another coordinator,
 *   referrer, IRO and social worker; another user or team)
 * - foreign: a record of another organisation
 */
export type Outcome = 'allowed' | 403 | 404 | 'sign-in';
export type Caller = 'visitor' | Role;
export type RecordKind = 'own' | 'other' | 'foreign';
/** An answer per record kind: [own, other, foreign]. */
type ByRecord = readonly [Outcome, Outcome, Outcome];
export type Expectation = Record<Caller, Outcome | ByRecord>;

const OK = 'allowed';
const MINE: ByRecord = [OK, 404, 404];
const ORGANISATION: ByRecord = [OK, OK, 404];
const NEVER: ByRecord = [404, 404, 404];

const PUBLIC: Expectation = {
  visitor: OK,
  coordinator: OK,
  team_manager: OK,
  social_worker: OK,
  iro: OK,
  practice_manager: OK,
  administrator: OK,
};
const SIGNED_IN: Expectation = { ...PUBLIC, visitor: 'sign-in' };

/** Routes without a record: which roles may use them. */
function only(...roles: Role[]): Expectation {
  const row = { ...SIGNED_IN };
  for (const role of Object.keys(row) as Caller[]) {
    if (role !== 'visitor' && !roles.includes(role)) row[role] = 403;
  }
  return row;
}

/** Reading a case (a journey, an accepted referral): the people it belongs to and managers. */
const CASE_READ: Expectation = {
  visitor: 'sign-in',
  coordinator: MINE,
  team_manager: ORGANISATION,
  social_worker: MINE,
  iro: MINE,
  practice_manager: ORGANISATION,
  administrator: 403,
};
/** Changing a journey: its coordinator, or a team manager. */
const JOURNEY_WORK: Expectation = {
  ...only('coordinator', 'team_manager'),
  coordinator: MINE,
  team_manager: ORGANISATION,
};
/**
 * Network records (issue 10, "Access and audit"; ADR 0034): a member's page, the genogram, the
 * social connections, the discovery and engagement records. The journey's coordinator, the team
 * managers and the referrer (the matrix's referrer is also the child's social worker); never the
 * IRO or practice managers, who see the network's counts and the indicator on the case page.
 */
const NETWORK_READ: Expectation = { ...CASE_READ, iro: NEVER, practice_manager: NEVER };
const NETWORK_MEMBER_READ: Expectation = NETWORK_READ;
/** Signing off a safety check: a team manager, or the child's allocated social worker. */
const SAFETY_SIGN_OFF: Expectation = {
  ...only('team_manager', 'social_worker'),
  team_manager: ORGANISATION,
  social_worker: MINE,
};
/** Letting a first contact happen before the sign-off: team managers only. */
const SAFETY_OVERRIDE: Expectation = { ...only('team_manager'), team_manager: ORGANISATION };
/** The page and the change of each form about one network member. */
function networkMemberForms(paths: string[], expectation: Expectation) {
  const rows: Record<string, Expectation> = {};
  for (const path of paths) {
    rows[`GET /journeys/:journeyId/network/members/:memberId/${path}`] = expectation;
    rows[`POST /journeys/:journeyId/network/members/:memberId/${path}`] = expectation;
  }
  return rows;
}
/** A young person's genogram and social connections: as the network's own pages. */
const GENOGRAM_READ: Expectation = NETWORK_READ;
/** A child's record: managers, the child's IRO and social worker, the coordinator of their case. */
const CHILD_READ: Expectation = CASE_READ;
/**
 * Correcting a child's details: the people who keep the record (team managers, the child's
 * social worker or referrer, their journey's coordinator). IROs and practice managers read it.
 */
const CHILD_EDIT: Expectation = {
  ...only('team_manager', 'social_worker', 'coordinator'),
  team_manager: ORGANISATION,
  social_worker: MINE,
  coordinator: MINE,
};
/** A draft referral is private to the person making it. */
const DRAFT: Expectation = {
  ...only('social_worker', 'iro'),
  social_worker: MINE,
  iro: MINE,
};
/** Removing a consent from a draft names one that is not on it: never found. */
const DRAFT_ITEM: Expectation = { ...DRAFT, social_worker: NEVER, iro: NEVER };
/** The team inbox's work on a referral: team managers only. */
const TRIAGE: Expectation = { ...only('team_manager'), team_manager: ORGANISATION };
/**
 * The FGC pre-proceedings log: the referrer and the team managers who triage; no one else,
 * whatever their role (coordinators are independent of case decisions).
 */
const PRE_PROCEEDINGS: Expectation = {
  visitor: 'sign-in',
  coordinator: NEVER,
  team_manager: ORGANISATION,
  social_worker: MINE,
  iro: NEVER,
  practice_manager: NEVER,
  administrator: 403,
};
/**
 * A safety concern: the coordinator, the team managers and the social worker it was sent to
 * (the matrix's own case sends it to the social worker who is also its referrer).
 */
const CONCERN_READ: Expectation = NETWORK_READ;
/** Acknowledging a safety concern: only the social worker it was sent to. */
const CONCERN_ACKNOWLEDGE: Expectation = { ...only('social_worker'), social_worker: MINE };
/**
 * A conference's invitations, letters and calendar files name network members: those who see the
 * network (not the IRO nor practice managers, who read the conference's summary; issue 8).
 */
const CONFERENCE_DETAIL: Expectation = NETWORK_READ;
/**
 * The referrer's decision on a plan: only the journey's referrer (a social worker, or an IRO who
 * referred), never the team managers (ADR 0030). The matrix's own case was referred by the
 * social worker; its IRO did not refer it.
 */
const PLAN_DECIDE: Expectation = {
  ...only('social_worker', 'iro'),
  social_worker: MINE,
  iro: NEVER,
};
/** Administration of the organisation's own users and teams. */
const ADMIN_RECORD: Expectation = { ...only('administrator'), administrator: ORGANISATION };

const CASE_ROLES = [
  'coordinator',
  'team_manager',
  'social_worker',
  'iro',
  'practice_manager',
] as const;

/** A person's own notice: theirs alone, whatever their role. */
const OWN_NOTICE: Expectation = {
  visitor: 'sign-in',
  coordinator: MINE,
  team_manager: MINE,
  social_worker: MINE,
  iro: MINE,
  practice_manager: MINE,
  administrator: MINE,
};

/** The IRO records their own copy of the plan: only the IRO of the journey's child. */
const IRO_COPY: Expectation = { ...only('iro'), iro: MINE };
/**
 * The plan is in the care or pathway plan: the child's social worker or the referrer confirms it
 * (the matrix's IRO is neither on any case, so never).
 */
const CARE_PLAN_CONFIRM: Expectation = {
  ...only('social_worker', 'iro'),
  social_worker: MINE,
  iro: NEVER,
};

export const EXPECTED: Record<string, Expectation> = {
  'GET /assets/*': PUBLIC,
  'GET /health/live': PUBLIC,
  'GET /health/ready': PUBLIC,
  'GET /accessibility': PUBLIC,
  'GET /privacy': PUBLIC,
  'GET /sign-in': PUBLIC,
  'POST /sign-in': PUBLIC,
  'GET /signed-out': PUBLIC,
  'POST /sign-out': SIGNED_IN,
  'GET /account/password': SIGNED_IN,
  'POST /account/password': SIGNED_IN,
  'GET /': SIGNED_IN,

  // A notice is only ever visible to its own user: another's, here or abroad, is not found.
  'GET /notifications': SIGNED_IN,
  'POST /notifications/read-all': SIGNED_IN,
  'GET /notifications/preferences': SIGNED_IN,
  'POST /notifications/preferences': SIGNED_IN,
  'GET /notifications/:noticeId/open': OWN_NOTICE,
  'POST /notifications/:noticeId/read': OWN_NOTICE,
  'POST /session/keep-alive': SIGNED_IN,

  'GET /admin': only('administrator'),
  'GET /admin/users': only('administrator'),
  'GET /admin/users/new': only('administrator'),
  'POST /admin/users/new': only('administrator'),
  'GET /admin/users/:userId': ADMIN_RECORD,
  'GET /admin/users/:userId/edit': ADMIN_RECORD,
  'POST /admin/users/:userId/edit': ADMIN_RECORD,
  'GET /admin/users/:userId/disable': ADMIN_RECORD,
  'POST /admin/users/:userId/disable': ADMIN_RECORD,
  'GET /admin/users/:userId/enable': ADMIN_RECORD,
  'POST /admin/users/:userId/enable': ADMIN_RECORD,
  'GET /admin/users/:userId/reset-password': ADMIN_RECORD,
  'POST /admin/users/:userId/reset-password': ADMIN_RECORD,
  'GET /admin/email': only('administrator'),
  'GET /admin/jobs': only('administrator'),
  'GET /admin/teams': only('administrator'),
  'GET /admin/teams/new': only('administrator'),
  'POST /admin/teams/new': only('administrator'),
  'GET /admin/teams/:teamId/rename': ADMIN_RECORD,
  'POST /admin/teams/:teamId/rename': ADMIN_RECORD,
  'GET /admin/teams/:teamId/disable': ADMIN_RECORD,
  'POST /admin/teams/:teamId/disable': ADMIN_RECORD,
  'GET /admin/teams/:teamId/enable': ADMIN_RECORD,
  'POST /admin/teams/:teamId/enable': ADMIN_RECORD,

  'GET /children': only(...CASE_ROLES),
  'GET /children/:childId': CHILD_READ,
  'GET /children/new': only('team_manager', 'social_worker', 'iro'),
  'POST /children/new': only('team_manager', 'social_worker', 'iro'),
  'POST /children/new/details': only('team_manager', 'social_worker', 'iro'),
  'GET /children/:childId/edit': CHILD_EDIT,
  'POST /children/:childId/edit': CHILD_EDIT,
  'GET /children/import': only('team_manager'),
  'POST /children/import': only('team_manager'),
  'POST /children/import/confirm': only('team_manager'),
  'GET /children/import/history': only('team_manager'),
  // An import run is the organisation's: any team manager of it, nobody else's.
  'GET /children/import/runs/:runId': { ...only('team_manager'), team_manager: ORGANISATION },
  'GET /children/import/runs/:runId/findings.csv': {
    ...only('team_manager'),
    team_manager: ORGANISATION,
  },

  'GET /referrals': only('social_worker', 'iro'),
  'GET /referrals/new': only('social_worker', 'iro'),
  'POST /referrals/new': only('social_worker', 'iro'),
  'GET /referrals/new/referrer': only('social_worker', 'iro'),
  'POST /referrals/new/referrer': only('social_worker', 'iro'),
  'GET /referrals/:referralId': CASE_READ,
  'GET /referrals/:referralId/referrer': DRAFT,
  'POST /referrals/:referralId/referrer': DRAFT,
  'GET /referrals/:referralId/children': DRAFT,
  'POST /referrals/:referralId/children': DRAFT,
  'GET /referrals/:referralId/children/new': DRAFT,
  'POST /referrals/:referralId/children/new': DRAFT,
  // The matrix adds its child to the caller's draft first (POST .../children), so it is there.
  'POST /referrals/:referralId/children/:childId/remove': DRAFT,
  'GET /referrals/:referralId/about/:page': DRAFT,
  'POST /referrals/:referralId/about/:page': DRAFT,
  'GET /referrals/:referralId/consent': DRAFT,
  'GET /referrals/:referralId/consent/young-person': DRAFT,
  'POST /referrals/:referralId/consent/young-person': DRAFT,
  'GET /referrals/:referralId/consent/parental-responsibility': DRAFT,
  'POST /referrals/:referralId/consent/parental-responsibility': DRAFT,
  'POST /referrals/:referralId/consent/:consentId/remove': DRAFT_ITEM,
  'GET /referrals/:referralId/check': DRAFT,
  'POST /referrals/:referralId/check': DRAFT,
  'GET /referrals/:referralId/submitted': DRAFT,
  'GET /referrals/:referralId/pre-proceedings': PRE_PROCEEDINGS,
  'POST /referrals/:referralId/pre-proceedings': PRE_PROCEEDINGS,
  'GET /inbox': only('team_manager'),
  'GET /referrals/:referralId/discussion': TRIAGE,
  'POST /referrals/:referralId/discussion': TRIAGE,
  'GET /referrals/:referralId/criteria': TRIAGE,
  'POST /referrals/:referralId/criteria': TRIAGE,
  'GET /referrals/:referralId/decision': TRIAGE,
  'POST /referrals/:referralId/decision': TRIAGE,
  'GET /referrals/:referralId/match': TRIAGE,
  'POST /referrals/:referralId/match': TRIAGE,
  'GET /referrals/:referralId/declarations/:declarationId/correct': TRIAGE,
  'POST /referrals/:referralId/declarations/:declarationId/correct': TRIAGE,

  'GET /journeys': only(...CASE_ROLES),
  'GET /journeys/:journeyId': CASE_READ,
  'GET /journeys/:journeyId/children/:childId/genogram': GENOGRAM_READ,
  'GET /journeys/:journeyId/children/:childId/genogram.svg': GENOGRAM_READ,
  'GET /journeys/:journeyId/children/:childId/genogram.pdf': GENOGRAM_READ,
  'GET /journeys/:journeyId/children/:childId/genogram/relatives/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/children/:childId/genogram/relatives': JOURNEY_WORK,
  'GET /journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/change':
    JOURNEY_WORK,
  'POST /journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/change':
    JOURNEY_WORK,
  'GET /journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/remove':
    JOURNEY_WORK,
  'POST /journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/remove':
    JOURNEY_WORK,
  'GET /journeys/:journeyId/children/:childId/social-connections': GENOGRAM_READ,
  'GET /journeys/:journeyId/children/:childId/social-connections.pdf': GENOGRAM_READ,
  'GET /journeys/:journeyId/children/:childId/social-connections/record': JOURNEY_WORK,
  'POST /journeys/:journeyId/children/:childId/social-connections/record': JOURNEY_WORK,
  'POST /journeys/:journeyId/children/:childId/social-connections/snapshots': JOURNEY_WORK,
  'GET /journeys/:journeyId/planning-meeting': CASE_READ,
  'GET /journeys/:journeyId/planning-meeting.ics': CASE_READ,
  'GET /journeys/:journeyId/move': JOURNEY_WORK,
  'POST /journeys/:journeyId/move': JOURNEY_WORK,
  'GET /journeys/:journeyId/pause': JOURNEY_WORK,
  'POST /journeys/:journeyId/pause': JOURNEY_WORK,
  'GET /journeys/:journeyId/resume': JOURNEY_WORK,
  'POST /journeys/:journeyId/resume': JOURNEY_WORK,
  'GET /journeys/:journeyId/end': JOURNEY_WORK,
  'POST /journeys/:journeyId/end': JOURNEY_WORK,
  'GET /journeys/:journeyId/consent/withdraw': JOURNEY_WORK,
  'POST /journeys/:journeyId/consent/withdraw': JOURNEY_WORK,
  'GET /journeys/:journeyId/consent/reconfirm': JOURNEY_WORK,
  'POST /journeys/:journeyId/consent/reconfirm': JOURNEY_WORK,
  'GET /journeys/:journeyId/notes/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/notes': JOURNEY_WORK,
  'GET /journeys/:journeyId/planning-meeting/schedule': JOURNEY_WORK,
  'POST /journeys/:journeyId/planning-meeting/schedule': JOURNEY_WORK,
  'GET /journeys/:journeyId/planning-meeting/record': JOURNEY_WORK,
  'POST /journeys/:journeyId/planning-meeting/record': JOURNEY_WORK,
  // The network (issue 10): the board shows the IRO counts only; a member's page is not theirs.
  'GET /journeys/:journeyId/network': CASE_READ,
  'GET /journeys/:journeyId/network/people/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/network/people': JOURNEY_WORK,
  'POST /journeys/:journeyId/network/people/shared': JOURNEY_WORK,
  'GET /journeys/:journeyId/network/members/:memberId': NETWORK_MEMBER_READ,
  ...networkMemberForms(['edit', 'say', 'progress', 'close', 'safety', 'duplicates'], JOURNEY_WORK),
  ...networkMemberForms(['safety/sign-off'], SAFETY_SIGN_OFF),
  ...networkMemberForms(['safety/override'], SAFETY_OVERRIDE),
  // Stage 4 with one member (ADR 0033): the contact log, the information letter (its page and
  // PDF), the letter given.
  ...networkMemberForms(['contacts/new', 'letter/given'], JOURNEY_WORK),
  'GET /journeys/:journeyId/network/members/:memberId/letter': JOURNEY_WORK,
  'GET /journeys/:journeyId/network/members/:memberId/letter.pdf': JOURNEY_WORK,

  'GET /journeys/:journeyId/discovery': NETWORK_READ,
  'GET /journeys/:journeyId/discovery/tools/:tool': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/tools/:tool': JOURNEY_WORK,
  'GET /journeys/:journeyId/discovery/sessions/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/sessions/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/discovery/searches': NETWORK_READ,
  'GET /journeys/:journeyId/discovery/searches/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/searches/new': JOURNEY_WORK,
  'GET /searches': only('team_manager'),
  'GET /journeys/:journeyId/discovery/chronology': NETWORK_READ,
  'GET /journeys/:journeyId/discovery/chronology/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/chronology/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/discovery/timeline': NETWORK_READ,
  'GET /journeys/:journeyId/discovery/timeline/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/timeline/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/discovery/mobility': NETWORK_READ,
  'GET /journeys/:journeyId/discovery/mobility/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/mobility/new': JOURNEY_WORK,
  // A place on the case's own map: the matrix seeds one on each case.
  'GET /journeys/:journeyId/discovery/mobility/:placeId/people/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/discovery/mobility/:placeId/people/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/engagement': NETWORK_READ,
  'GET /journeys/:journeyId/shares/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/shares/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/safety-concerns/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/safety-concerns/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/safety-concerns/:concernId': CONCERN_READ,
  'POST /journeys/:journeyId/safety-concerns/:concernId/acknowledge': CONCERN_ACKNOWLEDGE,

  // Oversight (issue 9): the turning-15 list and the supervision list show each person their own
  // young people (IROs, social workers) or everyone (team and practice managers).
  'GET /oversight/turning-15': only('team_manager', 'social_worker', 'iro', 'practice_manager'),
  'GET /oversight/supervision': only('team_manager', 'social_worker', 'iro', 'practice_manager'),
  // A supervision decision about any looked-after young person of the organisation.
  'GET /oversight/supervision/:childId': {
    ...only('practice_manager'),
    practice_manager: ORGANISATION,
  },
  'POST /oversight/supervision/:childId': {
    ...only('practice_manager'),
    practice_manager: ORGANISATION,
  },
  'GET /oversight/unallocated': only('team_manager', 'practice_manager'),
  'GET /oversight/pathway-plan': only('team_manager', 'practice_manager'),
  'GET /oversight/pathway-plan.csv': only('team_manager', 'practice_manager'),
  'GET /deadlines': only('coordinator', 'team_manager', 'practice_manager'),
  'GET /admin/closure-days': only('administrator'),
  'POST /admin/closure-days': only('administrator'),
  'POST /admin/closure-days/remove': only('administrator'),
  'GET /admin/deadline-settings': only('administrator'),
  'POST /admin/deadline-settings': only('administrator'),

  'GET /journeys/:journeyId/conferences': CASE_READ,
  'GET /journeys/:journeyId/conferences/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/alternative': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/alternative': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId': CASE_READ,
  'GET /journeys/:journeyId/conferences/:conferenceId/arrangements': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/arrangements': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/young-person': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/young-person': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/preparation': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/preparation': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/invitations/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/invitations/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId': JOURNEY_WORK,
  // The plan (issue 8; ADR 0030): read as the conference's summary (the IRO holds a copy),
  // written by the coordinator and team managers, decided by the referrer.
  'GET /journeys/:journeyId/conferences/:conferenceId/plan': CASE_READ,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/sections/:section': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/sections/:section': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/ready': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/actions': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/actions/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/actions/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/actions/:itemId/remove': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/carers': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/carers/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/carers/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/carers/:itemId/remove': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/monitor': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/monitor': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/decision': PLAN_DECIDE,
  'POST /journeys/:journeyId/conferences/:conferenceId/plan/decision': PLAN_DECIDE,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/document': CASE_READ,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/document.pdf': CASE_READ,
  'GET /journeys/:journeyId/conferences/:conferenceId/plan/versions': CASE_READ,
  'GET /journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId/letter':
    CONFERENCE_DETAIL,
  'GET /journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId/calendar.ics':
    CONFERENCE_DETAIL,
  'GET /journeys/:journeyId/conferences/:conferenceId/day': CONFERENCE_DETAIL,
  'GET /journeys/:journeyId/conferences/:conferenceId/attendance': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/attendance': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/information-shared': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/information-shared': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/private-family-time': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/private-family-time': JOURNEY_WORK,
  'GET /journeys/:journeyId/conferences/:conferenceId/held': JOURNEY_WORK,
  'POST /journeys/:journeyId/conferences/:conferenceId/held': JOURNEY_WORK,
  'GET /journeys/:journeyId/outcomes/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/outcomes/new': JOURNEY_WORK,
  'GET /admin/venues': only('administrator'),
  'GET /admin/venues/new': only('administrator'),
  'POST /admin/venues/new': only('administrator'),
  'GET /admin/venues/:venueId': ADMIN_RECORD,
  'POST /admin/venues/:venueId': ADMIN_RECORD,
  // The plan after the conference (issue 8, stages 6–7; ADR 0031).
  'GET /journeys/:journeyId/plan-handover': CASE_READ,
  'GET /journeys/:journeyId/plan-handover/:planId/recipients/new': JOURNEY_WORK,
  'POST /journeys/:journeyId/plan-handover/:planId/recipients/new': JOURNEY_WORK,
  'GET /journeys/:journeyId/plan-handover/:planId/recipients/:recipientId': JOURNEY_WORK,
  'POST /journeys/:journeyId/plan-handover/:planId/recipients/:recipientId': JOURNEY_WORK,
  'GET /journeys/:journeyId/plan-handover/:planId/feedback': JOURNEY_WORK,
  'POST /journeys/:journeyId/plan-handover/:planId/feedback': JOURNEY_WORK,
  'GET /journeys/:journeyId/plan-handover/:planId/review': JOURNEY_WORK,
  'POST /journeys/:journeyId/plan-handover/:planId/review/offer': JOURNEY_WORK,
  'POST /journeys/:journeyId/plan-handover/:planId/review/answer': JOURNEY_WORK,
  'GET /journeys/:journeyId/plan-handover/:planId/review-invitations': JOURNEY_WORK,
  'POST /journeys/:journeyId/plan-handover/:planId/review-invitations': JOURNEY_WORK,
  'GET /journeys/:journeyId/plan-handover/:planId/iro-copy': IRO_COPY,
  'POST /journeys/:journeyId/plan-handover/:planId/iro-copy': IRO_COPY,
  'GET /journeys/:journeyId/plan-handover/:planId/care-plan': CARE_PLAN_CONFIRM,
  'POST /journeys/:journeyId/plan-handover/:planId/care-plan': CARE_PLAN_CONFIRM,
};
