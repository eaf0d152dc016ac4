-- Issue 8, stage 5: planning the conference (ADR 0027).
--
-- conference_venues: the organisation's neutral venues, kept by an administrator.
-- conferences: one family group conference of a journey (initial or review), or the alternative
--   way of deciding recorded instead of one. The plan (a later migration) hangs from a conference
--   row; a review conference names the plan version it reviews (reviews_plan_version_id, whose
--   foreign key the plan's migration adds).
-- conference_wishes: who the young person wants invited, chosen from their network.
-- conference_invitations: an invitation to a network member or a professional, and the reply.
-- Change this file only additively once published (new columns, new tables).

create table conference_venues (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 200),
  address text not null check (length(address) between 1 and 500),
  accessibility text check (length(accessibility) <= 2000),
  notes text check (length(notes) <= 2000),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id)
);
create unique index conference_venues_name on conference_venues (organisation_id, lower(name));
create index conference_venues_list on conference_venues (organisation_id, active, name, id);
select kindred_isolate_by_organisation('conference_venues');

create table conferences (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  journey_id uuid not null,
  kind text not null check (kind in ('lifelong_links_fgc', 'fgc')),
  purpose text not null default 'initial' check (purpose in ('initial', 'review')),
  -- The plan version a review conference reviews (the plan's migration adds the foreign key).
  reviews_plan_version_id uuid,
  -- 'conference', or the alternative way of deciding recorded because a conference is not right
  -- or not wanted (then no date or venue; the way and the reason instead).
  held_as text not null default 'conference' check (held_as in ('conference', 'alternative')),
  alternative_way text check (length(alternative_way) <= 2000),
  alternative_reason text check (length(alternative_reason) <= 2000),
  starts_at timestamptz,
  duration_minutes smallint check (duration_minutes between 15 and 600),
  venue_id uuid,
  food text check (length(food) <= 1000),
  language text check (length(language) <= 60),
  -- The languages an interpreter is booked for.
  interpreter_languages text[] not null default '{}',
  advocate text check (length(advocate) <= 300),
  remote_method text check (remote_method in ('teams', 'zoom', 'whatsapp', 'telephone')),
  remote_link text check (length(remote_link) <= 500),
  ground_rules text check (length(ground_rules) <= 3000),
  -- Planned with the young person.
  what_matters text check (length(what_matters) <= 5000),
  support_needs text check (length(support_needs) <= 3000),
  young_person_prepared boolean not null default false,
  network_prepared boolean not null default false,
  professionals_prepared boolean not null default false,
  -- The professionals' written information for the family, and when and with whom it was shared.
  written_information text check (length(written_information) <= 10000),
  information_shared_on date,
  information_shared_with text check (length(information_shared_with) <= 1000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, venue_id) references conference_venues (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id),
  check (purpose = 'review' or reviews_plan_version_id is null),
  check (held_as = 'alternative' or (starts_at is not null and duration_minutes is not null)),
  check (held_as = 'conference' or (alternative_way is not null and alternative_reason is not null)),
  check (remote_link is null or remote_method is not null)
);
create index conferences_journey on conferences (organisation_id, journey_id, created_at, id);
select kindred_isolate_by_organisation('conferences');

create table conference_wishes (
  organisation_id uuid not null,
  conference_id uuid not null,
  member_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, conference_id, member_id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id)
);
select kindred_isolate_by_organisation('conference_wishes');

create table conference_invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  conference_id uuid not null,
  -- A network member of the young person, or a professional (named here: they may not use Kindred).
  member_id uuid,
  professional_name text check (length(professional_name) between 1 and 200),
  professional_role text check (length(professional_role) <= 200),
  method text not null check (method in ('letter', 'email', 'in_person')),
  status text not null default 'to_send' check (status in ('to_send', 'sent', 'replied')),
  sent_on date,
  reply text check (reply in ('in_person', 'remote', 'not_attending')),
  needs text check (length(needs) <= 2000),
  dietary_needs text check (length(dietary_needs) <= 500),
  -- The views of someone who cannot come, kept for the meeting.
  views text check (length(views) <= 5000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id),
  check ((member_id is null) <> (professional_name is null)),
  check (reply is null or status = 'replied')
);
create unique index conference_invitations_member on conference_invitations
  (organisation_id, conference_id, member_id) where member_id is not null;
create index conference_invitations_list on conference_invitations
  (organisation_id, conference_id, created_at, id);
select kindred_isolate_by_organisation('conference_invitations');
