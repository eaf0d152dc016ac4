-- The audit chain without a lock (ADR 0016).
--
-- Before: every audited transaction locked its organisation's chain head until COMMIT, and the
-- app computed seq, prev_hash and hash. Now a request only appends its event; the database
-- numbers it. A sealer, called through kindred_seal_audit_events(), later links committed events
-- into each organisation's hash chain, and the database computes every hash itself.
--
-- Columns after this migration:
--   seq             the append number, from a sequence at insert (gaps are normal). Existing
--                   events keep theirs.
--   chain_seq       the event's place in its organisation's chain, 1, 2, 3…; NULL until sealed.
--                   Existing events are already sealed: chain_seq = seq.
--   prev_hash, hash NULL until sealed; hash is computed by the trigger below, never supplied.
--   canonical_form  1 for events hashed by the app before this migration (verified as before),
--                   2 for events sealed by the database.
--   occurred_at     the database clock when the event was appended.

-- The old guard refuses every update; it is replaced below by one that allows sealing only.
drop trigger audit_events_append_only on audit_events;

alter table audit_events
  add column chain_seq bigint,
  add column canonical_form smallint not null default 1;
alter table audit_events alter column canonical_form set default 2;
update audit_events set chain_seq = seq;

alter table audit_events
  alter column prev_hash drop not null,
  alter column hash drop not null,
  alter column occurred_at set default clock_timestamp(),
  add constraint audit_events_canonical_form check (canonical_form in (1, 2)),
  add constraint audit_events_chain_seq_positive check (chain_seq > 0),
  add constraint audit_events_sealed_whole check (
    (chain_seq is null) = (prev_hash is null) and (chain_seq is null) = (hash is null)
  ),
  add constraint audit_events_chain unique (organisation_id, chain_seq);

-- The append number comes from one sequence: no row is shared by concurrent writers.
alter table audit_events alter column seq add generated always as identity;
select setval(pg_get_serial_sequence('audit_events', 'seq'), coalesce(max(seq), 0) + 1, false)
  from audit_events;

-- The sealer's work list: small, because events are sealed within a second or so.
create index audit_events_unsealed on audit_events (organisation_id, seq) where chain_seq is null;

comment on column audit_chain_heads.last_seq is 'chain_seq of the organisation''s last sealed event';

-- The canonical text of a sealed event (form 2). Each field is written as name=length:value
-- (length in UTF-8 bytes, "-" for NULL), so no value can be mistaken for another field. The
-- time is UTC epoch microseconds and detail is jsonb's own text form (keys in jsonb order), so
-- nothing depends on a session's time zone or on how a client prints JSON.
-- src/platform/audit/audit-hash.ts writes the same text; audit:verify recomputes it there.
create function kindred_audit_field(name text, value text) returns text
  language sql immutable parallel safe
  as $$ select name || '=' || coalesce(octet_length(value)::text || ':' || value, '-') || E'\n' $$;

create function kindred_audit_canonical_form(e audit_events) returns text
  language sql stable parallel safe
  as $$
    select 'kindred-audit-event-v2' || E'\n'
      || kindred_audit_field('organisation_id', e.organisation_id::text)
      || kindred_audit_field('chain_seq', e.chain_seq::text)
      || kindred_audit_field('seq', e.seq::text)
      || kindred_audit_field('occurred_at', (extract(epoch from e.occurred_at) * 1000000)::bigint::text)
      || kindred_audit_field('actor_user_id', e.actor_user_id::text)
      || kindred_audit_field('action', e.action)
      || kindred_audit_field('subject_type', e.subject_type)
      || kindred_audit_field('subject_id', e.subject_id)
      || kindred_audit_field('request_id', e.request_id)
      || kindred_audit_field('detail', e.detail::text)
      || kindred_audit_field('prev_hash', e.prev_hash)
  $$;

-- Refuses delete, and every update except sealing: an unsealed event gets its place in the
-- chain and the hash of the event before it, nothing else changes, and the hash is computed
-- here. A sealed event never changes again. This holds for the owner too (short of disabling
-- the trigger); the app role has no update or delete privilege at all.
create function kindred_guard_audit_event() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' then
    raise exception 'audit_events is append-only: % is not allowed', tg_op
      using errcode = 'insufficient_privilege';
  end if;
  if old.chain_seq is not null then
    raise exception 'audit_events is append-only: a sealed event cannot change'
      using errcode = 'insufficient_privilege';
  end if;
  if new.chain_seq is null or new.prev_hash is null
     or (new.organisation_id, new.seq, new.id, new.occurred_at, new.actor_user_id, new.action,
         new.subject_type, new.subject_id, new.request_id, new.detail, new.canonical_form)
        is distinct from
        (old.organisation_id, old.seq, old.id, old.occurred_at, old.actor_user_id, old.action,
         old.subject_type, old.subject_id, old.request_id, old.detail, old.canonical_form) then
    raise exception 'audit_events is append-only: an event can only be sealed'
      using errcode = 'insufficient_privilege';
  end if;
  new.hash := encode(sha256(convert_to(kindred_audit_canonical_form(new), 'UTF8')), 'hex');
  return new;
end
$$;
create trigger audit_events_append_only
  before update or delete on audit_events
  for each row execute function kindred_guard_audit_event();

-- Seals up to max_events of one organisation's unsealed events, in append order, onto its
-- chain. Skips the organisation (returns 0) when another sealer holds it: two Kindred
-- processes on one database never seal the same event twice, and never wait for each other.
-- Events seen here are committed; one that commits later, even with a lower append number,
-- simply joins the chain in a later round (ADR 0016 explains why that is safe).
create function kindred_seal_audit_chain(target uuid, max_events integer) returns integer
  language plpgsql security definer set search_path = public, pg_temp
  as $$
declare
  head_seq bigint;
  head_hash text;
  unsealed bigint;
  sealed integer := 0;
begin
  if not pg_try_advisory_xact_lock(hashtext('kindred.audit-seal'), hashtext(target::text)) then
    return 0;
  end if;
  insert into audit_chain_heads (organisation_id, last_seq, last_hash)
    values (target, 0, repeat('0', 64))
    on conflict (organisation_id) do nothing;
  select h.last_seq, h.last_hash into head_seq, head_hash
    from audit_chain_heads h where h.organisation_id = target for update;
  for unsealed in
    select e.seq from audit_events e
     where e.organisation_id = target and e.chain_seq is null
     order by e.seq limit max_events
  loop
    update audit_events e set chain_seq = head_seq + 1, prev_hash = head_hash
     where e.organisation_id = target and e.seq = unsealed and e.chain_seq is null
     returning e.chain_seq, e.hash into head_seq, head_hash;
    exit when not found;
    sealed := sealed + 1;
  end loop;
  update audit_chain_heads h set last_seq = head_seq, last_hash = head_hash
   where h.organisation_id = target;
  return sealed;
end
$$;
revoke all on function kindred_seal_audit_chain(uuid, integer) from public;

-- The sealer's one entry point: every organisation with unsealed events, each on its own
-- (a failure in one is reported and rolled back alone, and the others are still sealed).
create function kindred_seal_audit_events(max_per_organisation integer default 5000)
  returns table (organisation_id uuid, sealed integer, problem text)
  language plpgsql security definer set search_path = public, pg_temp
  as $$
declare
  target uuid;
  batch integer := least(greatest(coalesce(max_per_organisation, 5000), 1), 100000);
begin
  for target in
    select distinct e.organisation_id from audit_events e where e.chain_seq is null
  loop
    organisation_id := target;
    problem := null;
    begin
      sealed := kindred_seal_audit_chain(target, batch);
    exception when others then
      sealed := 0;
      problem := sqlerrm;
    end;
    return next;
  end loop;
end
$$;
revoke all on function kindred_seal_audit_events(integer) from public;

do $$
declare
  app_role text := current_setting('kindred.app_role');
begin
  -- The app appends content only: the database assigns seq, chain_seq, occurred_at, the
  -- hashes and the form, so no row the app writes can block or fork a chain.
  execute format('revoke insert on audit_events from %I', app_role);
  execute format(
    'grant insert (organisation_id, actor_user_id, action, subject_type, subject_id, request_id, detail) on audit_events to %I',
    app_role);
  execute format('revoke all on sequence %s from %I',
    pg_get_serial_sequence('audit_events', 'seq'), app_role);
  -- Only the sealer writes chain heads; the app role may still read its own organisation's.
  execute format('revoke insert, update, delete, truncate on audit_chain_heads from %I', app_role);
  execute format('grant execute on function kindred_seal_audit_events(integer) to %I', app_role);
end
$$;
