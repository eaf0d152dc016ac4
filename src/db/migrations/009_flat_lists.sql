-- Issue 7: lists that stay flat at 100,000 children.
--
-- 1. Row-level security evaluates the organisation once per query, not once per row:
--    `organisation_id = (select kindred_current_organisation())` is an initplan, so PostgreSQL
--    computes it once and can use it as an index condition. The helper is redefined for later
--    migrations, and every policy made by the old helper (in any earlier migration, whichever
--    feature added the table) is rewritten from the catalogue.
-- 2. Indexes that match each list's order and filter, with organisation_id first.
-- 3. Name search by trigrams (pg_trgm). pg_trgm is a trusted extension (PostgreSQL 13+): the
--    database's owner may create it. Provisioning also creates it as a superuser where it can,
--    so a server that does not trust it still works.

create extension if not exists pg_trgm;

create or replace function kindred_isolate_by_organisation(target regclass, column_name text default 'organisation_id')
  returns void language plpgsql as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  execute format(
    'create policy organisation_isolation on %s using (%I = (select kindred_current_organisation())) with check (%I = (select kindred_current_organisation()))',
    target, column_name, column_name);
  execute format('create policy schema_owner on %s to %I using (true) with check (true)',
    target, current_user);
end
$$;

-- Every table that already has the isolation policy gets it again in the new form, on the same
-- column: organisation_id, or id for the organisations table itself.
do $$
declare
  found record;
  isolated_by text;
begin
  for found in
    select p.polrelid::regclass as target, p.polrelid
    from pg_policy p
    join pg_class c on c.oid = p.polrelid
    join pg_namespace n on n.oid = c.relnamespace
    where p.polname = 'organisation_isolation' and n.nspname = current_schema()
  loop
    isolated_by := case
      when exists (select 1 from pg_attribute a
                   where a.attrelid = found.polrelid and a.attname = 'organisation_id'
                     and not a.attisdropped)
        then 'organisation_id'
      else 'id'
    end;
    execute format('drop policy organisation_isolation on %s', found.target);
    execute format(
      'create policy organisation_isolation on %s using (%I = (select kindred_current_organisation())) with check (%I = (select kindred_current_organisation()))',
      found.target, isolated_by, isolated_by);
  end loop;
end
$$;

-- The register, in name order with the id as tiebreak (keyset pagination walks this index).
create index children_register_order on children (organisation_id, last_name, first_name, id);
drop index children_name_search;
-- Search by part of a name: one trigram index over the three names, lowered. The register's
-- search repeats exactly this expression so the planner can use the index.
create index children_name_trigrams on children
  using gin ((lower(first_name || ' ' || last_name || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops);

-- Row-level security keeps a query's own conditions from running before the policy unless they
-- are leakproof, and ILIKE is not: under the policy the trigram index cannot be used. This
-- function, run as the schema owner (whose own policy lets it read the rows), does the trigram
-- search itself, strictly within the transaction's organisation, and returns only ids; the
-- caller reads the rows under row-level security as usual. Up to four words, each a LIKE
-- pattern (escaped by the caller), all of which must match.
create function kindred_children_named(patterns text[]) returns setof uuid
  language plpgsql stable security definer set search_path = public, pg_temp rows 50
  as $$
declare
  condition text := '';
begin
  if kindred_current_organisation() is null or coalesce(cardinality(patterns), 0) = 0 then
    return;
  end if;
  for i in 1 .. least(cardinality(patterns), 4) loop
    condition := condition || format(
      ' and lower(first_name || '' '' || last_name || '' '' || coalesce(preferred_name, '''')) ilike $1[%s]', i);
  end loop;
  -- EXECUTE plans with the patterns known, so the planner can weigh the trigram index.
  return query execute
    'select id from children where organisation_id = kindred_current_organisation()' || condition
    using patterns;
end
$$;
revoke all on function kindred_children_named(text[]) from public;
do $$ begin
  execute format('grant execute on function kindred_children_named(text[]) to %I',
    current_setting('kindred.app_role'));
end $$;

-- The team inbox: waiting referrals oldest first; decided ones newest decision first.
create index referrals_inbox_waiting on referrals (organisation_id, status, submitted_at, id);
create index referrals_inbox_decided on referrals (organisation_id, status, decided_at desc, id desc);
-- A referrer's own referrals, newest first.
create index referrals_referrer_order on referrals (organisation_id, referrer_id, created_at desc, id desc);

-- The administrators' list of users, by name.
create index users_list_order on users (organisation_id, lower(display_name), email, id);

-- A journey's children are found through referral_children by referral (its primary key) and a
-- child's cases by child (referral_children_child); the journeys of a referral by its unique key.
