-- Issue 3: children and young people, referrals with consent, and the journey's first stages.
-- Every table holds one organisation's case data: forced row-level security on each, and every
-- unique key includes the organisation.

-- Coordinators' languages, shown when a manager matches a coordinator to a referral.
alter table users add column languages text[] not null default '{}';

create table children (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  first_name text not null check (length(first_name) between 1 and 100),
  last_name text not null check (length(last_name) between 1 and 100),
  preferred_name text check (length(preferred_name) <= 100),
  date_of_birth date not null,
  gender text check (gender in ('1', '2', '0', '9')),          -- SSDA903 SEX: 1 male, 2 female; 0/9 not known/stated
  ethnicity text check (ethnicity ~ '^[A-Z]{4}$'),            -- DfE ethnicity codes, e.g. WBRI
  first_language text check (length(first_language) <= 60),
  interpreter_needed boolean not null default false,
  looked_after boolean not null default false,
  looked_after_since date,
  legal_status text check (legal_status ~ '^[A-Z][0-9A-Z]$'),  -- SSDA903 LS, e.g. C2
  placement_type text check (placement_type ~ '^[A-Z][0-9A-Z]$'), -- SSDA903 PLACE, e.g. U1
  uasc boolean not null default false,
  care_leaver_status text not null default 'not_care_leaver'
    check (care_leaver_status in ('not_care_leaver', 'eligible', 'relevant', 'former_relevant', 'qualifying')),
  case_record_id text check (length(case_record_id) between 1 and 50), -- the main case record's ID (e.g. Liquidlogic)
  upn text check (length(upn) <= 13),
  social_worker_id uuid,
  iro_id uuid,
  carers text check (length(carers) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, social_worker_id) references users (organisation_id, id),
  foreign key (organisation_id, iro_id) references users (organisation_id, id)
);
create unique index children_case_record_unique on children (organisation_id, case_record_id)
  where case_record_id is not null;
create index children_name_search on children (organisation_id, lower(last_name), lower(first_name));
create index children_birth on children (organisation_id, date_of_birth);
select kindred_isolate_by_organisation('children');

-- A child's chronology: dated entries from imports (placement episodes) and, later, the tools.
create table chronology_entries (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  child_id uuid not null,
  starts_on date not null,
  ends_on date,
  kind text not null check (kind in ('placement_episode', 'event')),
  summary text not null check (length(summary) between 1 and 500),
  details jsonb not null default '{}'::jsonb,
  source text not null check (source in ('ssda903', 'kindred')),
  source_key text,
  created_at timestamptz not null default now(),
  foreign key (organisation_id, child_id) references children (organisation_id, id) on delete cascade
);
create unique index chronology_source_unique on chronology_entries (organisation_id, child_id, source, source_key)
  where source_key is not null;
create index chronology_child on chronology_entries (organisation_id, child_id, starts_on);
select kindred_isolate_by_organisation('chronology_entries');

create table referrals (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  reference text not null,
  kind text not null check (kind in ('fgc', 'lifelong_links')),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'accepted', 'declined')),
  referrer_id uuid not null,
  referrer_role text check (referrer_role in ('social_worker', 'early_help', 'iro', 'personal_adviser', 'carer')),
  reason text,
  hopes text,
  bottom_lines text,
  known_risks text,
  placement_timeline text,
  chronology text,
  language text,
  interpreter_needed boolean,
  advocate_needed boolean,
  support_needs text,
  submitted_at timestamptz,
  initial_discussion_on date,
  initial_discussion_notes text,
  criteria_met boolean,
  criteria_notes text,
  decided_at timestamptz,
  decided_by uuid,
  decline_reason text,
  coordinator_id uuid,
  matched_at timestamptz,
  matched_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, reference),
  foreign key (organisation_id, referrer_id) references users (organisation_id, id),
  foreign key (organisation_id, coordinator_id) references users (organisation_id, id),
  check (status <> 'declined' or decline_reason is not null)
);
create index referrals_status on referrals (organisation_id, status);
create index referrals_referrer on referrals (organisation_id, referrer_id);
select kindred_isolate_by_organisation('referrals');

create table referral_children (
  organisation_id uuid not null,
  referral_id uuid not null,
  child_id uuid not null,
  primary key (organisation_id, referral_id, child_id),
  foreign key (organisation_id, referral_id) references referrals (organisation_id, id) on delete cascade,
  foreign key (organisation_id, child_id) references children (organisation_id, id)
);
create index referral_children_child on referral_children (organisation_id, child_id);
select kindred_isolate_by_organisation('referral_children');

-- Consent from the young person and from each person with parental responsibility, each with a
-- scope. Nothing about where the young person lives is shared unless share_location is true.
create table consents (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  referral_id uuid not null,
  child_id uuid not null,
  giver text not null check (giver in ('young_person', 'parental_responsibility')),
  giver_name text check (length(giver_name) <= 120),
  relationship text check (length(relationship) <= 60),
  given_on date not null,
  method text not null check (method in ('in_person', 'phone', 'video', 'letter', 'email')),
  own_words text check (length(own_words) <= 2000),
  scope_search boolean not null default false,
  scope_contact boolean not null default false,
  scope_share boolean not null default false,
  share_location boolean not null default false,
  share_only_with text check (length(share_only_with) <= 1000),
  withdrawn_on date,
  withdrawn_reason text,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, referral_id) references referrals (organisation_id, id) on delete cascade,
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  check (giver = 'young_person' or (giver_name is not null and relationship is not null))
);
create index consents_referral on consents (organisation_id, referral_id);
select kindred_isolate_by_organisation('consents');

create table conflict_declarations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  referral_id uuid not null,
  coordinator_id uuid not null,
  has_conflict boolean not null,
  details text,
  declared_at timestamptz not null default now(),
  recorded_by uuid not null,
  foreign key (organisation_id, referral_id) references referrals (organisation_id, id) on delete cascade,
  foreign key (organisation_id, coordinator_id) references users (organisation_id, id),
  check (not has_conflict or details is not null)
);
create index conflict_declarations_referral on conflict_declarations (organisation_id, referral_id);
select kindred_isolate_by_organisation('conflict_declarations');

-- The offer of family group decision-making before proceedings (s.31ZA Children Act 1989).
create table pre_proceedings_offers (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  referral_id uuid not null,
  offered_on date,
  in_letter_before_proceedings boolean,
  offered_to text,
  response text check (response in ('awaiting', 'accepted', 'declined')),
  responded_by text,
  meeting_on date,
  application_on date,
  best_interests_exemption boolean not null default false,
  exemption_reason text,
  exemption_decided_by text,
  updated_at timestamptz not null default now(),
  unique (organisation_id, referral_id),
  foreign key (organisation_id, referral_id) references referrals (organisation_id, id) on delete cascade,
  check (not best_interests_exemption or (exemption_reason is not null and exemption_decided_by is not null))
);
select kindred_isolate_by_organisation('pre_proceedings_offers');

create table journeys (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  referral_id uuid not null,
  kind text not null check (kind in ('fgc', 'lifelong_links')),
  stage smallint not null check (stage between 1 and 8),
  status text not null default 'active' check (status in ('active', 'paused', 'ended')),
  coordinator_id uuid not null,
  opened_at timestamptz not null default now(),
  ended_at timestamptz,
  consent_reconfirmation_due date,
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, referral_id),
  foreign key (organisation_id, referral_id) references referrals (organisation_id, id),
  foreign key (organisation_id, coordinator_id) references users (organisation_id, id)
);
create index journeys_coordinator on journeys (organisation_id, coordinator_id, status);
select kindred_isolate_by_organisation('journeys');

-- Everything that happens to a journey, in order: the history and the timeline.
create table journey_events (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  kind text not null check (kind in (
    'opened', 'stage_moved', 'paused', 'resumed', 'ended', 'consent_withdrawn',
    'consent_reconfirmed', 'planning_meeting_scheduled', 'planning_meeting_recorded')),
  from_stage smallint,
  to_stage smallint,
  reason text,
  actor_id uuid,
  -- clock_timestamp, not now(): events written in one transaction keep their order.
  occurred_at timestamptz not null default clock_timestamp(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id)
);
create index journey_events_journey on journey_events (organisation_id, journey_id, occurred_at);
select kindred_isolate_by_organisation('journey_events');

create table consent_reconfirmations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  reconfirmed_on date not null,
  giver text not null check (giver in ('young_person', 'parental_responsibility')),
  giver_name text,
  method text not null check (method in ('in_person', 'phone', 'video', 'letter', 'email')),
  notes text,
  next_due_on date not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id)
);
select kindred_isolate_by_organisation('consent_reconfirmations');

create table case_notes (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  author_id uuid not null,
  body text not null check (length(body) between 1 and 10000),
  sensitive boolean not null default false,
  created_at timestamptz not null default now(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, author_id) references users (organisation_id, id)
);
create index case_notes_journey on case_notes (organisation_id, journey_id, created_at);
select kindred_isolate_by_organisation('case_notes');

create table planning_meetings (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  starts_at timestamptz not null,
  duration_minutes integer not null default 60 check (duration_minutes between 15 and 480),
  venue text not null check (length(venue) between 1 and 300),
  carer_invited boolean not null default false,
  attendees text,
  objectives text,
  constraints_and_risks text,
  participation_needs text,
  advocate_offered boolean,
  interpreter_offered boolean,
  carer_support_needs text,
  consent_issues text,
  timescales_and_next_steps text,
  chronology_provided boolean,
  recorded_at timestamptz,
  recorded_by uuid,
  updated_at timestamptz not null default now(),
  unique (organisation_id, journey_id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id)
);
select kindred_isolate_by_organisation('planning_meetings');
