-- Issue 9: the due-and-overdue view as fast as a case page (ADR 0035).
--
-- A journey's deadlines (consent reconfirmation, plan distribution, the promised plan agreement,
-- the review conference) were worked out from its facts on every view, by correlated queries
-- over plans, copies, decisions and conferences for every active journey. They are now kept:
--
-- journey_deadlines: each active journey's open deadlines, as the engine in
--   src/domain/deadlines.ts last worked them out. Written only by Kindred's code (the rules are
--   in TypeScript, with the organisation's closure days), never by hand.
-- journey_deadlines_stale: journeys whose facts changed since. Triggers below mark a journey on
--   every change to a fact the engine reads, so no code path can forget; the next reader works
--   the marked journeys out again in its own transaction, and takes the marks away.
-- deadline_calendars: what the kept deadlines were worked out with (the rules, bank holidays and
--   the organisation's closure days, as a fingerprint). When it differs, every active journey of
--   the organisation is worked out again.
--
-- Referrals waiting for a decision and supervision "look again" dates stay worked out on each
-- view: there are few of them at any time.
-- Change this file only additively once published (new columns, new tables).

create table journey_deadlines (
  organisation_id uuid not null references organisations (id),
  journey_id uuid not null,
  kind text not null check (kind in
    ('consent_reconfirmation', 'plan_distribution', 'plan_agreement_promised', 'review_conference')),
  due_on date not null,
  -- Copied from the journey, so the lists read this table alone: the coordinator (a change of
  -- coordinator marks the journey) and the referral (a journey's never changes), whose young
  -- people and reference are read only for the rows a page shows.
  coordinator_id uuid not null,
  referral_id uuid not null,
  primary key (organisation_id, journey_id, kind),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id)
    on delete cascade
);
create index journey_deadlines_due on journey_deadlines (organisation_id, due_on);
create index journey_deadlines_coordinator on journey_deadlines
  (organisation_id, coordinator_id, due_on);
select kindred_isolate_by_organisation('journey_deadlines');

create table journey_deadlines_stale (
  organisation_id uuid not null references organisations (id),
  journey_id uuid not null,
  primary key (organisation_id, journey_id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id)
    on delete cascade
);
select kindred_isolate_by_organisation('journey_deadlines_stale');

create table deadline_calendars (
  organisation_id uuid primary key references organisations (id),
  fingerprint text not null check (length(fingerprint) between 1 and 200),
  worked_out_at timestamptz not null default now()
);
select kindred_isolate_by_organisation('deadline_calendars');

create function kindred_mark_journey_deadlines(organisation uuid, journey uuid) returns void
  language sql as $$
  insert into journey_deadlines_stale (organisation_id, journey_id)
    values (organisation, journey) on conflict do nothing
$$;

-- A journey started, paused, ended, given to another coordinator, or its consent reconfirmation
-- date moved.
create function kindred_journey_marks_deadlines() returns trigger language plpgsql as $$
begin
  perform kindred_mark_journey_deadlines(new.organisation_id, new.id);
  return null;
end
$$;
create trigger journeys_mark_deadlines after insert or update of status, consent_reconfirmation_due,
  coordinator_id on journeys for each row execute function kindred_journey_marks_deadlines();

-- Rows that name their journey: plans (made on a day) and conferences (a review planned, moved,
-- held as something else).
create function kindred_journey_row_marks_deadlines() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform kindred_mark_journey_deadlines(old.organisation_id, old.journey_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform kindred_mark_journey_deadlines(new.organisation_id, new.journey_id);
  end if;
  return null;
end
$$;
create trigger plans_mark_deadlines after insert or update or delete on plans
  for each row execute function kindred_journey_row_marks_deadlines();
create trigger conferences_mark_deadlines after insert or update or delete on conferences
  for each row execute function kindred_journey_row_marks_deadlines();

-- Rows that name a plan: copies sent out and the referrer's decisions.
create function kindred_plan_row_marks_deadlines() returns trigger language plpgsql as $$
declare
  organisation uuid;
  plan uuid;
begin
  if tg_op = 'DELETE' then
    organisation := old.organisation_id;
    plan := old.plan_id;
  else
    organisation := new.organisation_id;
    plan := new.plan_id;
  end if;
  perform kindred_mark_journey_deadlines(p.organisation_id, p.journey_id)
    from plans p where p.organisation_id = organisation and p.id = plan;
  return null;
end
$$;
create trigger plan_recipients_mark_deadlines after insert or update or delete on plan_recipients
  for each row execute function kindred_plan_row_marks_deadlines();
create trigger plan_decisions_mark_deadlines after insert or update or delete on plan_decisions
  for each row execute function kindred_plan_row_marks_deadlines();
