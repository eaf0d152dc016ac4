-- Issue 7, continued (ADR 0021): names found whatever their accents, and the journeys list in
-- pages along an index.
--
-- 1. Accent folding. "Zoe" finds "Zoë" and "Zoë" finds "Zoe": names and what a person types are
--    both folded (accents removed by the unaccent dictionary, then lowered) before the trigram
--    match. unaccent() itself is only STABLE (its dictionary could change), so it cannot be in an
--    index; kindred_fold() names the dictionary and declares itself IMMUTABLE, the usual way to
--    index it. If the dictionary's rules were ever edited, reindex children_name_trigrams.
--    unaccent is a trusted extension (PostgreSQL 13+); provisioning also creates it as a
--    superuser where it can, as it does pg_trgm.

create extension if not exists unaccent;

create function kindred_fold(value text) returns text
  language sql immutable strict parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

drop index children_name_trigrams;
create index children_name_trigrams on children
  using gin (kindred_fold(first_name || ' ' || last_name || ' ' || coalesce(preferred_name, '')) gin_trgm_ops);

-- The same function as in migration 009, matching folded names against folded patterns.
create or replace function kindred_children_named(patterns text[]) returns setof uuid
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
      ' and kindred_fold(first_name || '' '' || last_name || '' '' || coalesce(preferred_name, '''')) like kindred_fold($1[%s])', i);
  end loop;
  -- EXECUTE plans with the patterns known, so the planner can weigh the trigram index.
  return query execute
    'select id from children where organisation_id = kindred_current_organisation()' || condition
    using patterns;
end
$$;

-- 2. The journeys list, soonest due first. What is due next is the earlier of the consent
--    reconfirmation and (while the journey is active at stage 2) the planning meeting not yet
--    recorded; nothing is due on an ended journey. It used to be worked out in the list's query,
--    across journeys and planning_meetings, so every view read and sorted all of the
--    organisation's journeys. It is now kept on the journey (due_on) by triggers on both tables,
--    and the list walks journeys_list_order by keyset: nothing due sorts last, then the oldest
--    journey first, the id as tiebreak.

alter table journeys add column due_on date;

create function kindred_journey_due_on() returns trigger language plpgsql as $$
declare
  meeting_starts timestamptz;
  meeting_recorded timestamptz;
begin
  select starts_at, recorded_at into meeting_starts, meeting_recorded
    from planning_meetings where organisation_id = new.organisation_id and journey_id = new.id;
  new.due_on := case when new.status = 'ended' then null else least(
    new.consent_reconfirmation_due,
    case when new.status = 'active' and new.stage = 2 and meeting_recorded is null
      then (meeting_starts at time zone 'Europe/London')::date end) end;
  return new;
end
$$;

create trigger journeys_due_on before insert or update on journeys
  for each row execute function kindred_journey_due_on();

-- A meeting scheduled, moved, recorded or removed changes its journey's due date: any update of
-- the journey makes its own trigger work the date out again.
create function kindred_meeting_moves_journey_due() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    update journeys set due_on = null where organisation_id = old.organisation_id and id = old.journey_id;
  else
    update journeys set due_on = null where organisation_id = new.organisation_id and id = new.journey_id;
  end if;
  return null;
end
$$;

create trigger planning_meetings_journey_due after insert or update or delete on planning_meetings
  for each row execute function kindred_meeting_moves_journey_due();

-- Existing journeys: the trigger works each one out.
update journeys set due_on = null;

create index journeys_list_order on journeys
  (organisation_id, coalesce(due_on, 'infinity'::date), opened_at, id);
-- A coordinator's own journeys, in the same order.
create index journeys_coordinator_order on journeys
  (organisation_id, coordinator_id, coalesce(due_on, 'infinity'::date), opened_at, id);
drop index journeys_coordinator;

-- 3. A referrer's own referrals: drafts first, then submitted, accepted and declined, each the
--    latest change first (the rank is written exactly so in referral-lists.repository.ts).
create index referrals_referrer_list on referrals (organisation_id, referrer_id,
  (case status when 'draft' then 0 when 'submitted' then 1 when 'accepted' then 2 else 3 end),
  updated_at desc, id desc);
drop index referrals_referrer_order;

-- 4. The team inbox's "to do" view (referrals waiting for a decision or for a coordinator,
--    oldest submission first) spans two statuses, which referrals_inbox_waiting cannot walk in
--    one order; this partial index can.
create index referrals_inbox_to_do on referrals (organisation_id, submitted_at, id)
  where status in ('submitted', 'accepted') and coordinator_id is null;
