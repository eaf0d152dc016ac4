-- Issue 9: background jobs, in-app notices, email preferences and the email outbox (ADR 0025).

-- 1. The jobs runner's schema. graphile-worker installs its tables and functions itself, after
--    Kindred's migrations, as the schema owner (src/db/migrate.ts). The schema is made here so
--    that what it creates is usable by the app role, which runs the jobs but owns nothing and
--    cannot create anything. Job payloads hold ids, never personal details.
create schema if not exists graphile_worker;
do $$
declare
  app_role text := current_setting('kindred.app_role');
begin
  execute format('grant usage on schema graphile_worker to %I', app_role);
  execute format(
    'alter default privileges for role %I in schema graphile_worker grant select, insert, update, delete on tables to %I',
    current_user, app_role);
  execute format(
    'alter default privileges for role %I in schema graphile_worker grant usage, select on sequences to %I',
    current_user, app_role);
end
$$;

-- 2. The log of job runs, for administrators. A run of a job that acts for one organisation
--    names it; a run for the whole service (a schedule) names none. The app role reads and
--    writes the log only through the two functions below, so an organisation's administrator
--    sees its own runs and the service's, never another organisation's.
create table job_runs (
  id bigint generated always as identity primary key,
  organisation_id uuid references organisations (id),
  job_name text not null check (length(job_name) between 1 and 128),
  job_id text,
  attempt integer not null check (attempt >= 1),
  started_at timestamptz not null,
  finished_at timestamptz not null default now(),
  outcome text not null check (outcome in ('succeeded', 'failed')),
  -- Written by Kindred from the error, with email addresses taken out; never free text typed
  -- by a person.
  error text check (length(error) <= 500)
);
create index job_runs_recent on job_runs (id desc);
create index job_runs_by_organisation on job_runs (organisation_id, id desc);
select kindred_isolate_by_organisation('job_runs');

create function kindred_job_run_record(
  for_organisation uuid, name text, job text, attempt_number integer, began timestamptz,
  result text, problem text)
  returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    insert into job_runs (organisation_id, job_name, job_id, attempt, started_at, outcome, error)
    values (for_organisation, name, job, attempt_number, began, result, left(problem, 500))
  $$;

-- A page of the log, newest first, before the run numbered `before_id` (null for the first).
create function kindred_job_runs_page(before_id bigint, page_size integer, only_failed boolean)
  returns table (id bigint, job_name text, attempt integer, started_at timestamptz,
                 finished_at timestamptz, outcome text, error text, for_service boolean)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select r.id, r.job_name, r.attempt, r.started_at, r.finished_at, r.outcome, r.error,
           r.organisation_id is null
      from job_runs r
     where (r.organisation_id is null or r.organisation_id = kindred_current_organisation())
       and kindred_current_organisation() is not null
       and (before_id is null or r.id < before_id)
       and (not only_failed or r.outcome = 'failed')
     order by r.id desc
     limit least(page_size, 200)
  $$;

-- Runs older than the given number of days are let go (a daily job).
create function kindred_job_runs_prune(keep_days integer) returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$ delete from job_runs where finished_at < now() - make_interval(days => keep_days) $$;

-- 3. In-app notices. Each is for one person and links to a Kindred page. A job that may run
--    twice passes a dedupe key, so the second run adds nothing.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null,
  kind text not null check (kind ~ '^[a-z][a-z0-9_]{1,59}$'),
  subject text not null check (length(subject) between 1 and 200),
  body text check (length(body) between 1 and 2000),
  link text not null check (link ~ '^/([^/\\]|$)' and length(link) <= 500),
  dedupe_key text check (length(dedupe_key) between 1 and 200),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (organisation_id, id),
  foreign key (organisation_id, user_id) references users (organisation_id, id)
);
create index notifications_newest on notifications (organisation_id, user_id, created_at desc, id desc);
create index notifications_unread on notifications (organisation_id, user_id) where read_at is null;
create unique index notifications_dedupe on notifications (organisation_id, user_id, dedupe_key)
  where dedupe_key is not null;
select kindred_isolate_by_organisation('notifications');

-- 4. Which kinds of notice a person also wants by email. No row: the kind's default.
create table notification_preferences (
  organisation_id uuid not null references organisations (id),
  user_id uuid not null,
  kind text not null check (kind ~ '^[a-z][a-z0-9_]{1,59}$'),
  by_email boolean not null,
  updated_at timestamptz not null default now(),
  primary key (organisation_id, user_id, kind),
  foreign key (organisation_id, user_id) references users (organisation_id, id)
);
select kindred_isolate_by_organisation('notification_preferences');

-- 5. The email outbox: a row is written in the transaction of the event that causes it, and a
--    job sends it. A refused send is tried again later; after the last try the row stays, as
--    failed, for administrators to see. Nothing is ever deleted by the app.
create table outbox_messages (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  notification_id uuid not null,
  user_id uuid not null,
  kind text not null check (kind ~ '^[a-z][a-z0-9_]{1,59}$'),
  to_address text not null check (length(to_address) between 3 and 254),
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  last_error text check (length(last_error) <= 500),
  provider text check (provider in ('notify', 'smtp')),
  provider_reference text check (length(provider_reference) <= 200),
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  failed_at timestamptz,
  unique (organisation_id, id),
  foreign key (organisation_id, notification_id) references notifications (organisation_id, id),
  foreign key (organisation_id, user_id) references users (organisation_id, id)
);
create index outbox_messages_failed on outbox_messages (organisation_id, failed_at desc, id desc)
  where status = 'failed';
create index outbox_messages_pending on outbox_messages (next_attempt_at)
  where status = 'pending';
select kindred_isolate_by_organisation('outbox_messages');

-- Messages still waiting well after their next try was due: their job was lost (a crash, a
-- database restored from backup). A schedule sends them again; ids only, across organisations.
create function kindred_outbox_overdue(grace_minutes integer, max_rows integer)
  returns table (organisation_id uuid, id uuid)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select m.organisation_id, m.id from outbox_messages m
     where m.status = 'pending'
       and m.next_attempt_at < now() - make_interval(mins => grace_minutes)
     order by m.next_attempt_at
     limit max_rows
  $$;

do $$
declare
  app_role text := current_setting('kindred.app_role');
  fn text;
begin
  execute format('revoke all on job_runs from %I', app_role);
  -- Sent and failed messages are the record of what was sent: never removed by the app.
  execute format('revoke delete, truncate on outbox_messages from %I', app_role);
  execute format('revoke delete, truncate on notifications from %I', app_role);
  foreach fn in array array[
    'kindred_job_run_record(uuid, text, text, integer, timestamptz, text, text)',
    'kindred_job_runs_page(bigint, integer, boolean)',
    'kindred_job_runs_prune(integer)',
    'kindred_outbox_overdue(integer, integer)'
  ] loop
    execute format('revoke all on function %s from public', fn);
    execute format('grant execute on function %s to %I', fn, app_role);
  end loop;
end
$$;

-- 6. The session check also counts the person's unread notices (up to 100), so the header's
--    count costs no statement of its own: one indexed look-up in the statement every page
--    already makes.
drop function kindred_session_check(text, integer);
create function kindred_session_check(presented_token_hash text, idle_minutes integer)
  returns table (live boolean, user_id uuid, organisation_id uuid, organisation_name text,
                 display_name text, email text, roles text[], team_id uuid,
                 password_must_change boolean, absolute_expires_at timestamptz,
                 unread_notices integer)
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with found as (
      select s.token_hash, s.last_seen_at, s.absolute_expires_at, u.id, u.organisation_id,
             o.name, u.display_name, u.email, u.roles, u.team_id, u.password_must_change,
             (u.active and s.absolute_expires_at > now()
                       and s.last_seen_at > now() - make_interval(mins => idle_minutes)) as live
        from sessions s
        join users u on u.id = s.user_id
        join organisations o on o.id = u.organisation_id
       where s.token_hash = presented_token_hash
    ), touched as (
      update sessions set last_seen_at = now()
       where token_hash in (select token_hash from found
                             where live and last_seen_at < now() - interval '1 minute')
    ), removed as (
      delete from sessions where token_hash in (select token_hash from found where not live)
    )
    select live, id,
           case when live then organisation_id end, case when live then name end,
           case when live then display_name end, case when live then email end,
           case when live then roles end, case when live then team_id end,
           case when live then password_must_change end,
           case when live then absolute_expires_at end,
           case when live then (
             select count(*)::integer from (
               select 1 from notifications n
                where n.organisation_id = found.organisation_id and n.user_id = found.id
                  and n.read_at is null
                limit 100) unread
           ) end
      from found
  $$;
do $$ begin
  execute 'revoke all on function kindred_session_check(text, integer) from public';
  execute format('grant execute on function kindred_session_check(text, integer) to %I',
    current_setting('kindred.app_role'));
end $$;
