-- Issue 10, stages 3–4: the young person's network (ADR 0022).
--
-- network_people: one record per real person per organisation, shared between siblings.
-- network_members: that person in ONE child's network, with that child's own pipeline status and
--   the child's own say. Siblings each have their own member row for a shared person.
-- network_person_contacts: a person's contact details, each verified or not.
-- network_safety_checks: the safety check of a member (sensitive: coordinator and managers only).
--
-- Later features add tables that reference network_people (relationships, connections, contact
-- log ...). A merge of two people repoints every foreign key to network_people found in the
-- catalogue (kindred_merge_network_people below), so those tables need no change here.
-- Change this file only additively once published (new columns, new tables).

create table network_people (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  first_name text not null check (length(first_name) between 1 and 100),
  -- A surname may not be known yet ("Nan", "Uncle Mo").
  last_name text check (length(last_name) between 1 and 100),
  -- Other names: maiden name, former names, spellings found in records.
  other_names text check (length(other_names) <= 300),
  known_as text check (length(known_as) <= 100),
  kind text not null check (kind in (
    'birth_family', 'extended_family', 'former_foster_carer', 'former_residential_worker',
    'teacher', 'friend', 'other_adult')),
  professional boolean not null default false,
  deceased boolean not null default false,
  died_year smallint check (died_year between 1850 and 2200),
  -- Either an exact date of birth, or a year that may be approximate ("about 1985"), or neither.
  date_of_birth date,
  birth_year smallint check (birth_year between 1850 and 2200),
  birth_year_approximate boolean not null default false,
  gender text not null default 'unknown' check (gender in ('female', 'male', 'other', 'unknown')),
  first_language text check (length(first_language) <= 60),
  needs text check (length(needs) <= 2000),
  -- A child known to Kindred (the young person themselves, a sibling in care) as a person node.
  child_id uuid,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id),
  check (date_of_birth is null or birth_year is null),
  check (not birth_year_approximate or birth_year is not null),
  check (died_year is null or deceased)
);
create unique index network_people_child on network_people (organisation_id, child_id)
  where child_id is not null;
create index network_people_name_order on network_people (organisation_id, last_name, first_name, id);
-- Possible duplicates: similar names by trigrams (the same expression as kindred_network_people_like).
create index network_people_name_trigrams on network_people
  using gin ((lower(first_name || ' ' || coalesce(last_name, ''))) gin_trgm_ops);
select kindred_isolate_by_organisation('network_people');

create table network_person_contacts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  person_id uuid not null,
  kind text not null check (kind in ('phone', 'email', 'address', 'social_media', 'other')),
  value text not null check (length(value) between 1 and 500),
  verified boolean not null default false,
  -- The order the form shows them in.
  position smallint not null default 0,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, person_id) references network_people (organisation_id, id)
);
create index network_person_contacts_person on network_person_contacts (organisation_id, person_id);
select kindred_isolate_by_organisation('network_person_contacts');

create table network_members (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  child_id uuid not null,
  person_id uuid not null,
  -- The journey the member was found in; the network belongs to the child, not the journey.
  journey_id uuid,
  relationship text check (length(relationship) <= 100),
  found_by text not null check (found_by in (
    'young_person', 'records', 'genogram', 'mobility_mapping', 'online_search', 'another_relative')),
  -- When found through another relative: which one.
  found_through_person_id uuid,
  -- The pipeline (src/domain/network-pipeline.ts). invited, attended and in_plan come with later stages.
  status text not null default 'identified' check (status in (
    'identified', 'located', 'safety_checked', 'contacted', 'agreed_to_engage',
    'invited', 'attended', 'in_plan')),
  -- The young person's say about this person: a "no" stops all contact.
  young_person_say text not null default 'not_asked'
    check (young_person_say in ('not_asked', 'yes', 'no', 'not_now')),
  say_recorded_on date,
  -- The young person's own words, kept as they said them.
  say_in_own_words text check (length(say_in_own_words) <= 2000),
  located_on date,
  contacted_on date,
  agreed_on date,
  -- An off-ramp closes the member's pipeline; "not safe" reasons are in network_safety_checks.
  off_ramp text check (off_ramp in (
    'declined', 'not_safe', 'not_found', 'deceased', 'young_person_said_no')),
  off_ramp_on date,
  off_ramp_notes text check (length(off_ramp_notes) <= 2000),
  added_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, child_id, person_id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, person_id) references network_people (organisation_id, id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, found_through_person_id) references network_people (organisation_id, id),
  foreign key (organisation_id, added_by) references users (organisation_id, id),
  check (young_person_say <> 'no' or off_ramp = 'young_person_said_no'),
  check (off_ramp is null or off_ramp_on is not null)
);
-- The board: one child's members by status.
create index network_members_board on network_members (organisation_id, child_id, status, id);
-- Siblings sharing a person; a person's networks.
create index network_members_person on network_members (organisation_id, person_id);
create index network_members_journey on network_members (organisation_id, journey_id);
select kindred_isolate_by_organisation('network_members');

-- Sensitive: risk notes, checks and their outcomes, "not safe" reasons, overrides. Read only by
-- the journey's coordinator, managers and the child's social worker (who may sign off).
create table network_safety_checks (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  member_id uuid not null,
  risk_notes text check (length(risk_notes) <= 5000),
  police_check_requested_on date,
  police_check_outcome text check (length(police_check_outcome) <= 2000),
  other_checks text check (length(other_checks) <= 2000),
  other_checks_outcome text check (length(other_checks_outcome) <= 2000),
  -- The coordinator's proposed outcome, signed off by a team manager or the child's social worker.
  outcome text check (outcome in ('safe', 'safe_with_conditions', 'not_safe')),
  conditions text check (length(conditions) <= 2000),
  not_safe_reason text check (length(not_safe_reason) <= 2000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  signed_off_by uuid,
  signed_off_as text check (signed_off_as in ('team_manager', 'social_worker')),
  signed_off_at timestamptz,
  -- A team manager may let contact happen before the sign-off, with a reason.
  override_by uuid,
  override_reason text check (length(override_reason) between 1 and 2000),
  override_at timestamptz,
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, member_id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id),
  foreign key (organisation_id, signed_off_by) references users (organisation_id, id),
  foreign key (organisation_id, override_by) references users (organisation_id, id),
  check (outcome <> 'not_safe' or not_safe_reason is not null),
  check ((signed_off_by is null) = (signed_off_at is null)),
  check (signed_off_by is null or outcome is not null),
  check ((override_by is null) = (override_reason is null))
);
select kindred_isolate_by_organisation('network_safety_checks');

-- People whose name is like the one given, in the transaction's organisation only: ids and
-- similarity. As kindred_children_named (migration 009): under row-level security the trigram
-- operator cannot use the index, so this runs as the schema owner and names the organisation.
create function kindred_network_people_like(wanted text) returns table (person_id uuid, score real)
  language sql stable security definer set search_path = public, pg_temp rows 20
  as $$
    select id, similarity(lower(first_name || ' ' || coalesce(last_name, '')), lower(wanted))
    from network_people
    where organisation_id = kindred_current_organisation()
      and lower(first_name || ' ' || coalesce(last_name, '')) % lower(wanted)
    order by 2 desc, id
    limit 50
  $$;
revoke all on function kindred_network_people_like(text) from public;

-- Repoints every foreign key that references `target` (a table with (organisation_id, id)) from
-- one row to another, within the transaction's organisation, as the caller (row-level security
-- applies). Found in the catalogue, so tables added later by other features are covered. A
-- unique key that would clash raises unique_violation: the caller refuses the merge.
create function kindred_repoint_references(target regclass, from_id uuid, to_id uuid)
  returns jsonb language plpgsql as $$
declare
  found record;
  moved bigint;
  counts jsonb := '{}'::jsonb;
begin
  for found in
    select c.conrelid::regclass as referencing, a.attname as column_name
    from pg_constraint c
    cross join lateral unnest(c.confkey, c.conkey) as k(referenced_attnum, referencing_attnum)
    join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = k.referenced_attnum
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.referencing_attnum
    where c.contype = 'f' and c.confrelid = target and ra.attname = 'id'
    order by 1, 2
  loop
    execute format(
      'update %s set %I = $1 where organisation_id = kindred_current_organisation() and %I = $2',
      found.referencing, found.column_name, found.column_name)
      using to_id, from_id;
    get diagnostics moved = row_count;
    if moved > 0 then
      counts := counts || jsonb_build_object(found.referencing::text || '.' || found.column_name, moved);
    end if;
  end loop;
  return counts;
end
$$;

do $$ begin
  execute format('grant execute on function kindred_network_people_like(text) to %I',
    current_setting('kindred.app_role'));
  execute format('grant execute on function kindred_repoint_references(regclass, uuid, uuid) to %I',
    current_setting('kindred.app_role'));
end $$;
