-- Kindred foundation: organisations, teams, users, sessions and the helpers every later
-- migration uses to keep organisations apart.
--
-- Runs as the schema owner. The role that serves requests is named in the transaction
-- setting kindred.app_role by the migration runner.

do $$
declare
  app_role text := current_setting('kindred.app_role');
begin
  execute format('grant usage on schema public to %I', app_role);
  execute format(
    'alter default privileges for role %I in schema public grant select, insert, update, delete on tables to %I',
    current_user, app_role);
  execute format(
    'alter default privileges for role %I in schema public grant usage, select on sequences to %I',
    current_user, app_role);
end
$$;

-- The organisation a transaction acts for. Set per transaction with set_config(..., true);
-- NULLIF because an unset custom setting reads as '' after its first use in a session.
create function kindred_current_organisation() returns uuid
  language sql stable
  as $$ select nullif(current_setting('kindred.organisation_id', true), '')::uuid $$;

-- Turns on forced row-level security for a table holding an organisation's data:
-- every role sees only the current organisation's rows, and may write only those.
-- The schema owner keeps an explicit policy of its own for migrations, audit verification and
-- the sign-in look-up; the app role is never a member of the owner.
create function kindred_isolate_by_organisation(target regclass, column_name text default 'organisation_id')
  returns void language plpgsql as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  execute format(
    'create policy organisation_isolation on %s using (%I = kindred_current_organisation()) with check (%I = kindred_current_organisation())',
    target, column_name, column_name);
  execute format('create policy schema_owner on %s to %I using (true) with check (true)',
    target, current_user);
end
$$;

create table organisations (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z0-9]{2,12}$'),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);
select kindred_isolate_by_organisation('organisations', 'id');

create table teams (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 120),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id)
);
create unique index teams_name_unique on teams (organisation_id, lower(name));
select kindred_isolate_by_organisation('teams');

create table users (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  team_id uuid,
  display_name text not null check (length(display_name) between 1 and 120),
  email text not null check (length(email) between 3 and 254),
  password_hash text,
  roles text[] not null default '{}' check (
    roles <@ array['coordinator', 'team_manager', 'social_worker', 'iro', 'practice_manager', 'administrator']
  ),
  active boolean not null default true,
  last_signed_in_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, team_id) references teams (organisation_id, id),
  unique (organisation_id, id)
);
create unique index users_email_unique on users (organisation_id, lower(email));
select kindred_isolate_by_organisation('users');

-- Sign-in happens before we know the organisation: this owner-run function finds the accounts
-- that answer to an email address, and nothing else.
create function kindred_sign_in_candidates(candidate_email text)
  returns table (user_id uuid, organisation_id uuid, organisation_code text, password_hash text, active boolean)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select u.id, u.organisation_id, o.code, u.password_hash, u.active
    from users u join organisations o on o.id = u.organisation_id
    where lower(u.email) = lower(candidate_email)
  $$;
revoke all on function kindred_sign_in_candidates(text) from public;
do $$ begin
  execute format('grant execute on function kindred_sign_in_candidates(text) to %I',
    current_setting('kindred.app_role'));
end $$;

-- Server-side sessions. Found by the hash of the cookie's token before the organisation is
-- known, so this table is not organisation-isolated; it holds no case data.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  absolute_expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- Failed sign-ins per account key (a hash of the email address), for the slow-down.
create table sign_in_failures (
  account_key text primary key,
  failures integer not null,
  last_failure_at timestamptz not null
);
