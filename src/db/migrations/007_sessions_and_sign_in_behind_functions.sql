-- The database guards itself: the app role no longer reads or writes sessions, sign-in failures
-- or password hashes directly. It goes through the narrow SECURITY DEFINER functions below,
-- each of which does one thing a request needs (see docs/adr/0015).

do $$
declare
  app_role text := current_setting('kindred.app_role');
begin
  execute format('revoke all on sessions from %I', app_role);
  execute format('revoke all on sign_in_failures from %I', app_role);
  -- Password hashes: the app role may set one (a new account, a temporary password, a person's
  -- own change) but never read one back; sign-in reads it through kindred_sign_in_attempt.
  -- A column added to users later needs its own `grant select (column)`; a test checks it.
  execute format('revoke select on users from %I', app_role);
  execute format('grant select (%s) on users to %I',
    (select string_agg(quote_ident(column_name), ', ' order by ordinal_position)
       from information_schema.columns
      where table_schema = 'public' and table_name = 'users' and column_name <> 'password_hash'),
    app_role);
end
$$;

-- Belt and braces: even a grant added by mistake later shows the app role no session.
alter table sessions enable row level security;
alter table sessions force row level security;
do $$ begin
  execute format('create policy schema_owner on sessions to %I using (true) with check (true)', current_user);
end $$;
alter table sign_in_failures enable row level security;
alter table sign_in_failures force row level security;
do $$ begin
  execute format('create policy schema_owner on sign_in_failures to %I using (true) with check (true)', current_user);
end $$;

-- Sign-in no longer hands out hashes without a trace.
drop function kindred_sign_in_candidates(text);

-- Failures are counted against a hash of the address, never the address itself.
create function kindred_account_key(candidate_email text) returns text
  language sql immutable
  as $$ select encode(sha256(convert_to(lower(btrim(candidate_email)), 'UTF8')), 'hex') $$;

-- One sign-in attempt: counts it as a failure first (a success clears it), then returns the
-- accounts that answer to the address. A hash comes back only for an active account, so a
-- disabled account never reaches a password check; every hash handed out is a counted attempt.
-- An address with no account gives one row of nulls, carrying only the failure count.
create function kindred_sign_in_attempt(candidate_email text, memory_minutes integer)
  returns table (user_id uuid, organisation_id uuid, organisation_code text, password_hash text,
                 active boolean, earlier_failures integer)
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
declare
  key text := kindred_account_key(candidate_email);
  before integer;
begin
  select case when f.last_failure_at > now() - make_interval(mins => memory_minutes)
              then f.failures else 0 end
    into before from sign_in_failures f where f.account_key = key;
  before := coalesce(before, 0);
  insert into sign_in_failures (account_key, failures, last_failure_at)
    values (key, before + 1, now())
    on conflict (account_key) do update set failures = before + 1, last_failure_at = now();
  return query
    select u.id, u.organisation_id, o.code, case when u.active then u.password_hash end,
           u.active, before
      from users u join organisations o on o.id = u.organisation_id
     where lower(u.email) = lower(btrim(candidate_email));
  -- No account: still one row with the count, so the slow-down is the same for every address.
  if not found then
    return query select null::uuid, null::uuid, null::text, null::text, false, before;
  end if;
end
$$;

-- The password was right: forget the failures of that address.
create function kindred_sign_in_succeeded(candidate_email text) returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$ delete from sign_in_failures where account_key = kindred_account_key(candidate_email) $$;

-- A session for an active user, in the organisation the user belongs to (never the caller's
-- word for it). The earlier session of the same browser, if any, ends in the same statement.
create function kindred_session_start(new_token_hash text, for_user uuid, expires_at timestamptz,
                                      replaces_token_hash text default null)
  returns boolean
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with ended as (
      delete from sessions where replaces_token_hash is not null and token_hash = replaces_token_hash
    ), started as (
      insert into sessions (token_hash, user_id, organisation_id, absolute_expires_at)
      select new_token_hash, u.id, u.organisation_id, expires_at
        from users u where u.id = for_user and u.active
      returning 1
    )
    select exists (select 1 from started)
  $$;

-- The session check, in one statement, by the hash of the cookie's token.
-- A live session's person, touched at most once a minute. A session that has ended (idle, past
-- its absolute end, or its user disabled) is removed on the way, and only its user's id is
-- returned (live = false): a form sent after the end keeps its answers for that person alone.
create function kindred_session_check(presented_token_hash text, idle_minutes integer)
  returns table (live boolean, user_id uuid, organisation_id uuid, organisation_name text,
                 display_name text, email text, roles text[], team_id uuid,
                 password_must_change boolean, absolute_expires_at timestamptz)
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
           case when live then absolute_expires_at end
      from found
  $$;

-- "Stay signed in": restarts the idle clock of a live session at once.
create function kindred_session_keep_alive(presented_token_hash text) returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$ update sessions set last_seen_at = now() where token_hash = presented_token_hash $$;

create function kindred_session_end(presented_token_hash text) returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$ delete from sessions where token_hash = presented_token_hash $$;

-- Ends a user's sessions (all, or all but the one in use), only within the organisation the
-- transaction acts for, as row-level security would.
create function kindred_sessions_end_for_user(for_user uuid, keep_token_hash text default null)
  returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    delete from sessions
     where user_id = for_user
       and organisation_id = kindred_current_organisation()
       and (keep_token_hash is null or token_hash <> keep_token_hash)
  $$;

create function kindred_sessions_sweep(idle_minutes integer) returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    delete from sessions
     where absolute_expires_at <= now()
        or last_seen_at <= now() - make_interval(mins => idle_minutes)
  $$;

do $$
declare
  app_role text := current_setting('kindred.app_role');
  fn text;
begin
  foreach fn in array array[
    'kindred_sign_in_attempt(text, integer)',
    'kindred_sign_in_succeeded(text)',
    'kindred_session_start(text, uuid, timestamptz, text)',
    'kindred_session_check(text, integer)',
    'kindred_session_keep_alive(text)',
    'kindred_session_end(text)',
    'kindred_sessions_end_for_user(uuid, text)',
    'kindred_sessions_sweep(integer)'
  ] loop
    execute format('revoke all on function %s from public', fn);
    execute format('grant execute on function %s to %I', fn, app_role);
  end loop;
end
$$;
