-- Append-only audit trail with a SHA-256 hash chain per organisation.
-- The hash is computed by the application over a canonical form (see src/platform/audit);
-- the database keeps the chain's head per organisation so concurrent writers queue.

create table audit_events (
  organisation_id uuid not null references organisations (id),
  seq bigint not null check (seq > 0),
  id uuid not null default gen_random_uuid() unique,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  action text not null check (action ~ '^[a-z][a-z0-9_.-]{1,80}$'),
  subject_type text,
  subject_id text,
  request_id text,
  detail jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null,
  primary key (organisation_id, seq)
);
create index audit_events_subject on audit_events (organisation_id, subject_type, subject_id);
select kindred_isolate_by_organisation('audit_events');

create table audit_chain_heads (
  organisation_id uuid primary key references organisations (id),
  last_seq bigint not null,
  last_hash text not null
);
select kindred_isolate_by_organisation('audit_chain_heads');

create function kindred_refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_events_append_only
  before update or delete on audit_events
  for each row execute function kindred_refuse_audit_change();
create trigger audit_events_no_truncate
  before truncate on audit_events
  for each statement execute function kindred_refuse_audit_change();

do $$ begin
  execute format('revoke update, delete, truncate on audit_events from %I',
    current_setting('kindred.app_role'));
end $$;
