-- Issue 8, the plan (ADR 0030): when a version is ready for the referrer, and the referrer's
-- decisions.
--
-- plan_versions.ready_at: set when the coordinator marks the plan ready for the referrer. Until
--   the first version is ready, the plan has one draft version edited in place; after that every
--   change is a new version (ADR 0030).
-- plan_decisions: every decision the referrer makes on a version, kept as history (never
--   updated): agreed (the version is locked: agreed_at), agreement delayed (the reason, the date
--   promised, and that the young person and family were told), or not agreed because the plan
--   places the young person at risk of harm (the reason).
-- Change this file only additively once published (new columns, new tables).

alter table plan_versions add column ready_at timestamptz;

create table plan_decisions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  plan_version_id uuid not null,
  outcome text not null check (outcome in ('agreed', 'delayed', 'not_agreed')),
  reason text check (length(reason) <= 4000),
  promised_on date,
  family_told boolean not null default false,
  decided_by uuid not null,
  decided_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, plan_version_id) references plan_versions (organisation_id, id),
  foreign key (organisation_id, decided_by) references users (organisation_id, id),
  -- A delay says why, by when, and that the family were told; a refusal says why.
  check (outcome <> 'delayed' or (reason is not null and promised_on is not null and family_told)),
  check (outcome <> 'not_agreed' or reason is not null)
);
create index plan_decisions_plan on plan_decisions (organisation_id, plan_id, decided_at, id);
select kindred_isolate_by_organisation('plan_decisions');

-- One agreement per version: a second agreement of a locked plan is refused by the database too.
create unique index plan_decisions_one_agreement on plan_decisions (organisation_id, plan_version_id)
  where outcome = 'agreed';
