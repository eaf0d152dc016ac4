-- Issue 8: the conference itself, and the outcomes of a Family Group Conference (ADR 0029).
--
-- conference_days: one row per conference held as a conference: whether it happened (held, with
--   when it started and ended; or cancelled or postponed, with the reason) and private family time
--   (from and to, on the conference's day; a professional present only when the young person or
--   the family asked, and who asked).
-- conference_attendance: the register: who came (an invited person, a member of the young
--   person's network, or someone else named), in person or remote, and for which parts.
-- conference_shared_notes: the information-sharing part: short notes of what was shared, by whom.
-- journey_outcomes: the outcomes of an FGC journey (stepped down, case closed, ...), with the
--   date; more than one over time.
-- Change this file only additively once published (new columns, new tables).

create table conference_days (
  organisation_id uuid not null,
  conference_id uuid not null,
  status text check (status in ('held', 'cancelled', 'postponed')),
  held_from timestamptz,
  held_to timestamptz,
  status_reason text check (length(status_reason) <= 2000),
  private_from time,
  private_to time,
  -- The professional in the room during private family time, only at the young person's or the
  -- family's request (asked_by says which; asked_by_name, who).
  private_professional text check (length(private_professional) <= 200),
  private_asked_by text check (private_asked_by in ('young_person', 'family')),
  private_asked_by_name text check (length(private_asked_by_name) <= 200),
  updated_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (organisation_id, conference_id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, updated_by) references users (organisation_id, id),
  check (status <> 'held' or (held_from is not null and held_to is not null and held_to > held_from)),
  check (status not in ('cancelled', 'postponed') or status_reason is not null),
  check ((private_from is null) = (private_to is null)),
  check (private_to is null or private_to > private_from),
  check (private_professional is null or private_asked_by is not null)
);
select kindred_isolate_by_organisation('conference_days');

create table conference_attendance (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  conference_id uuid not null,
  -- One of: an invitation (a member or a professional), a network member who was not invited,
  -- or someone else named here (an interpreter, an advocate, a supporter).
  invitation_id uuid,
  member_id uuid,
  name text check (length(name) between 1 and 200),
  role text check (length(role) <= 200),
  attended_how text not null check (attended_how in ('in_person', 'remote')),
  parts text[] not null check (
    cardinality(parts) > 0
    and parts <@ array['information_sharing', 'private_family_time', 'agreeing_the_plan']
  ),
  recorded_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, invitation_id) references conference_invitations (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id),
  check (num_nonnulls(invitation_id, member_id, name) >= 1)
);
create unique index conference_attendance_invitation on conference_attendance
  (organisation_id, conference_id, invitation_id) where invitation_id is not null;
create unique index conference_attendance_member on conference_attendance
  (organisation_id, conference_id, member_id) where member_id is not null;
create index conference_attendance_list on conference_attendance
  (organisation_id, conference_id, created_at, id);
select kindred_isolate_by_organisation('conference_attendance');

create table conference_shared_notes (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  conference_id uuid not null,
  shared_by text not null check (length(shared_by) between 1 and 200),
  what text not null check (length(what) between 1 and 2000),
  recorded_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
create index conference_shared_notes_list on conference_shared_notes
  (organisation_id, conference_id, created_at, id);
select kindred_isolate_by_organisation('conference_shared_notes');

create table journey_outcomes (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  outcome text not null check (outcome in (
    'stepped_down', 'case_closed', 'remained_at_home', 'alternative_carers_found',
    'entered_care', 'proceedings_issued'
  )),
  outcome_on date not null,
  notes text check (length(notes) <= 2000),
  recorded_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
create index journey_outcomes_journey on journey_outcomes
  (organisation_id, journey_id, outcome_on, id);
select kindred_isolate_by_organisation('journey_outcomes');
