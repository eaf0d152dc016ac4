-- Issue 10, stage 3: the genogram's relationships and the young person's social connections
-- (ADR 0023). Both hang off migration 012's people and members.
--
-- network_relationships: between two network_people, shared between siblings like the people:
--   partner (with its status), parent -> child (birth, adoptive or foster), carer -> child.
--   Cycles ("their own ancestor") are refused by the service (src/domain/genogram-rules.ts);
--   the table refuses a person linked to themself and a link recorded twice.
-- social_connections: one per network member (so per child): the young person's current map.
-- social_connection_snapshots: a copy of one child's map at discovery, at the plan, at a review.

create table network_relationships (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  kind text not null check (kind in ('partner', 'parent', 'carer')),
  -- partner: the two partners; parent: the parent, then the child; carer: the carer, then the child.
  from_person_id uuid not null,
  to_person_id uuid not null,
  partnership_status text check (partnership_status in ('married', 'living_together', 'separated', 'divorced')),
  parent_kind text check (parent_kind in ('birth', 'adoptive', 'foster')),
  recorded_by uuid,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, kind, from_person_id, to_person_id),
  foreign key (organisation_id, from_person_id) references network_people (organisation_id, id),
  foreign key (organisation_id, to_person_id) references network_people (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id),
  check (from_person_id <> to_person_id),
  check ((kind = 'partner') = (partnership_status is not null)),
  check ((kind = 'parent') = (parent_kind is not null))
);
create index network_relationships_from on network_relationships (organisation_id, from_person_id);
create index network_relationships_to on network_relationships (organisation_id, to_person_id);
select kindred_isolate_by_organisation('network_relationships');

create table social_connections (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  member_id uuid not null,
  -- The ecomap's rings.
  closeness text not null check (closeness in ('close', 'middle', 'distant')),
  -- The line: strong, weak or stressful.
  strength text not null check (strength in ('strong', 'weak', 'stressful')),
  contact_frequency text not null check (contact_frequency in (
    'every_day', 'every_week', 'every_month', 'a_few_times_a_year', 'less_often', 'not_in_touch')),
  support text check (length(support) <= 500),
  -- The young person's own answer to "does this person love and care for you?"
  loves_and_cares text not null check (loves_and_cares in ('yes', 'no', 'not_sure')),
  -- What the young person said, in their own words, kept as theirs.
  in_own_words text check (length(in_own_words) <= 2000),
  recorded_by uuid not null,
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, member_id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
select kindred_isolate_by_organisation('social_connections');

create table social_connection_snapshots (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  child_id uuid not null,
  journey_id uuid,
  kind text not null check (kind in ('discovery', 'plan', 'review')),
  taken_on date not null,
  -- A copy of the child's connections as they were (one object per member).
  connections jsonb not null check (jsonb_typeof(connections) = 'array'),
  taken_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, taken_by) references users (organisation_id, id)
);
create index social_connection_snapshots_child
  on social_connection_snapshots (organisation_id, child_id, taken_on, created_at);
select kindred_isolate_by_organisation('social_connection_snapshots');
