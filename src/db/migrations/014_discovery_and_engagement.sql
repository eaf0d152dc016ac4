-- Issue 10, stages 3 and 4: the discovery tools of a journey, the sessions with the young person,
-- the online search log, safety concerns sent to the social worker, and the log of information
-- shared with the network. Every table holds one organisation's case data: forced row-level
-- security, and list indexes with organisation_id first (ADR 0020).

-- One row per tool per journey: offered, completed or declined, discussed, next steps.
create table discovery_tools (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  tool text not null check (tool in (
    'timeline', 'chronology', 'genogram', 'online_searches', 'mobility_mapping', 'social_connections')),
  offered_on date,
  outcome text check (outcome in ('completed', 'declined')),
  discussed_with_young_person boolean not null default false,
  discussed_with_professionals boolean not null default false,
  next_steps text check (length(next_steps) <= 5000),
  updated_by uuid not null,
  updated_at timestamptz not null default now(),
  unique (organisation_id, journey_id, tool),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, updated_by) references users (organisation_id, id),
  check (outcome is null or offered_on is not null)
);
select kindred_isolate_by_organisation('discovery_tools');

-- Meetings with the young person. Their words are kept exactly as typed, never trimmed inside.
create table young_person_sessions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  held_on date not null,
  place text not null check (length(place) between 1 and 300),
  who_was_there text not null check (length(who_was_there) between 1 and 1000),
  tools text[] not null default '{}',
  own_words text check (length(own_words) <= 10000),
  wants_next text check (length(wants_next) <= 5000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id),
  check (tools <@ array['timeline', 'chronology', 'genogram', 'online_searches', 'mobility_mapping',
    'social_connections'])
);
create index young_person_sessions_journey
  on young_person_sessions (organisation_id, journey_id, held_on, recorded_at);
select kindred_isolate_by_organisation('young_person_sessions');

-- The online search log. The team manager reads every search of the organisation, newest
-- first: the index follows that order, with the id as the keyset tiebreak.
create table online_searches (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  searched_by uuid not null,
  searched_on date not null,
  source text not null check (source in (
    'social_media', 'electoral_roll', 'people_search', 'genealogy', 'records')),
  terms text not null check (length(terms) between 1 and 1000),
  result text not null check (length(result) between 1 and 5000),
  lawful_basis text not null check (length(lawful_basis) between 1 and 300),
  safe_to_share boolean not null,
  recorded_at timestamptz not null default now(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, searched_by) references users (organisation_id, id)
);
create index online_searches_journey on online_searches (organisation_id, journey_id, searched_on);
create index online_searches_newest on online_searches (organisation_id, searched_on desc, id desc);
select kindred_isolate_by_organisation('online_searches');

-- A concern about a child's or another person's safety, sent at once to the child's social
-- worker (DOMAIN.md, "Safety information"): when it was sent and when it was acknowledged.
create table safety_concerns (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  child_id uuid not null,
  about text not null check (about in ('child', 'other_person')),
  other_person text check (length(other_person) <= 300),
  details text not null check (length(details) between 1 and 10000),
  raised_by uuid not null,
  raised_at timestamptz not null default now(),
  social_worker_id uuid,
  sent_at timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by uuid,
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, raised_by) references users (organisation_id, id),
  foreign key (organisation_id, social_worker_id) references users (organisation_id, id),
  foreign key (organisation_id, acknowledged_by) references users (organisation_id, id),
  check (about = 'child' or other_person is not null),
  check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index safety_concerns_journey on safety_concerns (organisation_id, journey_id, raised_at);
-- The home pages' "not yet acknowledged": small, so a partial index.
create index safety_concerns_waiting on safety_concerns (organisation_id, social_worker_id, raised_at)
  where acknowledged_at is null;
select kindred_isolate_by_organisation('safety_concerns');

-- Information shared with someone in the network, recorded only once it was checked against
-- the child's consent (src/domain/information-sharing.ts).
create table information_shares (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  child_id uuid not null,
  shared_with text not null check (length(shared_with) between 1 and 200),
  what text[] not null check (cardinality(what) > 0),
  details text check (length(details) <= 5000),
  method text not null check (method in ('in_person', 'phone', 'video', 'letter', 'email')),
  shared_on date not null,
  shared_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, shared_by) references users (organisation_id, id),
  check (what <@ array['about_lifelong_links', 'how_they_are', 'their_story', 'photos',
    'contact_details', 'where_they_live'])
);
create index information_shares_journey on information_shares (organisation_id, journey_id, shared_on);
select kindred_isolate_by_organisation('information_shares');

-- The chronology (migration 003 holds the imported placement episodes) takes the coordinator's
-- own entries too: a date as remembered ("about 1985", "spring 2009") with the date it sorts
-- by in starts_on, a category, where the information came from, and who recorded it.
alter table chronology_entries
  add column date_text text check (length(date_text) <= 40),
  add column category text check (category in (
    'placement_move', 'school', 'family_event', 'professional_involvement')),
  add column source_note text check (length(source_note) <= 300),
  add column recorded_by uuid references users (id);

-- The people an entry is about (network people, shared between siblings like the chronology's
-- child is not: each link names the entry and the person).
create table chronology_entry_people (
  organisation_id uuid not null,
  entry_id uuid not null references chronology_entries (id) on delete cascade,
  person_id uuid not null,
  primary key (organisation_id, entry_id, person_id),
  foreign key (organisation_id, person_id) references network_people (organisation_id, id)
);
create index chronology_entry_people_person on chronology_entry_people (organisation_id, person_id);
select kindred_isolate_by_organisation('chronology_entry_people');

-- The timeline: the young person's own version of their life, in their words and in order.
create table timeline_entries (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  child_id uuid not null,
  date_text text not null check (length(date_text) between 1 and 40),
  sort_on date not null,
  own_words text not null check (length(own_words) between 1 and 5000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
create index timeline_entries_child on timeline_entries (organisation_id, child_id, sort_on);
select kindred_isolate_by_organisation('timeline_entries');

-- Mobility mapping: the places a young person has lived or spent time. An area, never a full
-- address (and never where they live now in more detail than a town), with the people there.
create table mobility_places (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  journey_id uuid not null,
  child_id uuid not null,
  area text not null check (length(area) between 1 and 120),
  kind text not null check (kind in ('placement', 'school', 'family_home', 'other')),
  from_text text check (length(from_text) <= 40),
  from_on date,
  to_text text check (length(to_text) <= 40),
  notes text check (length(notes) <= 2000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
create index mobility_places_child on mobility_places (organisation_id, child_id, from_on);
select kindred_isolate_by_organisation('mobility_places');

create table mobility_place_people (
  organisation_id uuid not null,
  place_id uuid not null,
  person_id uuid not null,
  primary key (organisation_id, place_id, person_id),
  foreign key (organisation_id, place_id) references mobility_places (organisation_id, id) on delete cascade,
  foreign key (organisation_id, person_id) references network_people (organisation_id, id)
);
select kindred_isolate_by_organisation('mobility_place_people');
