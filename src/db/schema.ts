import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../domain/roles.ts';
import type {
  CaseNotesTable,
  ChildrenTable,
  ChronologyEntriesTable,
  ConflictDeclarationsTable,
  ConsentReconfirmationsTable,
  ConsentsTable,
  JourneyEventsTable,
  JourneysTable,
  PlanningMeetingsTable,
  PreProceedingsOffersTable,
  ReferralChildrenTable,
  ReferralsTable,
  Ssda903ImportRunsTable,
} from './schema-cases.ts';
import type {
  ConferenceAttendanceTable,
  ConferenceDaysTable,
  ConferenceSharedNotesTable,
  JourneyOutcomesTable,
} from './schema-conference-day.ts';
import type {
  ConferenceInvitationsTable,
  ConferencesTable,
  ConferenceVenuesTable,
  ConferenceWishesTable,
  PlansTable,
  PlanVersionsTable,
} from './schema-conferences.ts';
import type {
  ChronologyEntryPeopleTable,
  DiscoveryToolsTable,
  InformationSharesTable,
  MobilityPlacePeopleTable,
  MobilityPlacesTable,
  OnlineSearchesTable,
  SafetyConcernsTable,
  TimelineEntriesTable,
  YoungPersonSessionsTable,
} from './schema-discovery.ts';
import type {
  NetworkContactLogTable,
  NetworkInformationLettersTable,
} from './schema-engagement.ts';
import type {
  NetworkRelationshipsTable,
  SocialConnectionSnapshotsTable,
  SocialConnectionsTable,
} from './schema-genogram.ts';
import type {
  NetworkMembersTable,
  NetworkPeopleTable,
  NetworkPersonContactsTable,
  NetworkSafetyChecksTable,
} from './schema-network.ts';
import type {
  NotificationPreferencesTable,
  NotificationsTable,
  OutboxMessagesTable,
} from './schema-notifications.ts';
import type {
  ClosureDaysTable,
  DeadlineCalendarsTable,
  DeadlineRemindersTable,
  DeadlineSettingsTable,
  JourneyDeadlinesStaleTable,
  JourneyDeadlinesTable,
  SupervisionDecisionsTable,
  TurningFifteenListsTable,
} from './schema-oversight.ts';
import type {
  PlanCarePlanConfirmationsTable,
  PlanFeedbackRequestsTable,
  PlanIroCopiesTable,
  PlanRecipientsTable,
  PlanReviewInvitationsTable,
  PlanReviewOffersTable,
} from './schema-plan-handover.ts';
import type { PlanDecisionsTable } from './schema-plans.ts';

export type * from './schema-cases.ts';
export * from './schema-conference-day.ts';
export * from './schema-conferences.ts';
export type * from './schema-discovery.ts';
export type * from './schema-engagement.ts';
export * from './schema-genogram.ts';
export * from './schema-network.ts';
export type * from './schema-notifications.ts';
export type * from './schema-oversight.ts';
export * from './schema-plan-handover.ts';
export * from './schema-plans.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  code: string;
  name: string;
  created_at: Generated<Date>;
}

export interface TeamsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  team_id: string | null;
  display_name: string;
  email: string;
  password_hash: string | null;
  roles: ColumnType<Role[], Role[], Role[]>;
  /** Languages a coordinator works in, shown when matching. */
  languages: ColumnType<string[], string[] | undefined, string[]>;
  /** Set when an administrator gives a temporary password; cleared when the person changes it. */
  password_must_change: Generated<boolean>;
  active: Generated<boolean>;
  last_signed_in_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  organisation_id: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  absolute_expires_at: Date;
}

export interface UnsavedAnswersTable {
  token_hash: string;
  user_id: string | null;
  page_path: string;
  sealed: Buffer;
  expires_at: Date;
}

export interface SignInFailuresTable {
  account_key: string;
  failures: number;
  last_failure_at: Date;
}

/** Assigned by the database, never written by the app (migration 008). */
type DatabaseAssigned<T> = ColumnType<T, never, never>;

export interface AuditEventsTable {
  organisation_id: string;
  /** The append number, from a sequence at insert. */
  seq: DatabaseAssigned<number>;
  id: Generated<string>;
  occurred_at: DatabaseAssigned<Date>;
  actor_user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
  /** The event's place in its organisation's hash chain; null until the sealer links it. */
  chain_seq: DatabaseAssigned<number | null>;
  prev_hash: DatabaseAssigned<string | null>;
  hash: DatabaseAssigned<string | null>;
  /** 1: hashed by the app before migration 008; 2: sealed by the database. */
  canonical_form: DatabaseAssigned<number>;
}

/** Written only by the sealer's database function. */
export interface AuditChainHeadsTable {
  organisation_id: string;
  /** chain_seq of the last sealed event. */
  last_seq: number;
  last_hash: string;
}

export interface KindredDatabase {
  children: ChildrenTable;
  chronology_entries: ChronologyEntriesTable;
  referrals: ReferralsTable;
  referral_children: ReferralChildrenTable;
  consents: ConsentsTable;
  conflict_declarations: ConflictDeclarationsTable;
  pre_proceedings_offers: PreProceedingsOffersTable;
  journeys: JourneysTable;
  journey_events: JourneyEventsTable;
  consent_reconfirmations: ConsentReconfirmationsTable;
  case_notes: CaseNotesTable;
  planning_meetings: PlanningMeetingsTable;
  ssda903_import_runs: Ssda903ImportRunsTable;
  discovery_tools: DiscoveryToolsTable;
  young_person_sessions: YoungPersonSessionsTable;
  online_searches: OnlineSearchesTable;
  safety_concerns: SafetyConcernsTable;
  information_shares: InformationSharesTable;
  chronology_entry_people: ChronologyEntryPeopleTable;
  timeline_entries: TimelineEntriesTable;
  mobility_places: MobilityPlacesTable;
  mobility_place_people: MobilityPlacePeopleTable;
  network_people: NetworkPeopleTable;
  network_person_contacts: NetworkPersonContactsTable;
  network_members: NetworkMembersTable;
  network_relationships: NetworkRelationshipsTable;
  social_connections: SocialConnectionsTable;
  social_connection_snapshots: SocialConnectionSnapshotsTable;
  network_safety_checks: NetworkSafetyChecksTable;
  network_contact_log: NetworkContactLogTable;
  network_information_letters: NetworkInformationLettersTable;
  deadline_settings: DeadlineSettingsTable;
  closure_days: ClosureDaysTable;
  turning_fifteen_lists: TurningFifteenListsTable;
  supervision_decisions: SupervisionDecisionsTable;
  deadline_reminders: DeadlineRemindersTable;
  journey_deadlines: JourneyDeadlinesTable;
  journey_deadlines_stale: JourneyDeadlinesStaleTable;
  deadline_calendars: DeadlineCalendarsTable;
  conference_venues: ConferenceVenuesTable;
  conferences: ConferencesTable;
  conference_wishes: ConferenceWishesTable;
  conference_invitations: ConferenceInvitationsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  conference_days: ConferenceDaysTable;
  conference_attendance: ConferenceAttendanceTable;
  conference_shared_notes: ConferenceSharedNotesTable;
  journey_outcomes: JourneyOutcomesTable;
  plan_recipients: PlanRecipientsTable;
  plan_feedback_requests: PlanFeedbackRequestsTable;
  plan_review_offers: PlanReviewOffersTable;
  plan_iro_copies: PlanIroCopiesTable;
  plan_care_plan_confirmations: PlanCarePlanConfirmationsTable;
  plan_review_invitations: PlanReviewInvitationsTable;
  plan_decisions: PlanDecisionsTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  unsaved_answers: UnsavedAnswersTable;
  sign_in_failures: SignInFailuresTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  outbox_messages: OutboxMessagesTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Team = Selectable<TeamsTable>;
export type Organisation = Selectable<OrganisationsTable>;
