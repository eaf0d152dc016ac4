-- Issue 8, stages 6–7: the core of the plan (ADR 0028).
--
-- plans: the plan one conference made (or the alternative way of deciding made). One per
--   conference. made_on is the day the plan was made (the conference's day, or the day of the
--   alternative decision): distribution is due 5 working days after it.
-- plan_versions: every change to a plan is a new, whole version (content is that version's
--   sections and actions, written by the plan feature). The version the referrer agrees is
--   locked (agreed_at set); later changes make a new version. Distribution, the IRO's copy and
--   review conferences name the version they are about.
-- Later migrations add the referrer's decision, distribution, handover and outcomes around these.
-- Change this file only additively once published (new columns, new tables).

create table plans (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  journey_id uuid not null,
  conference_id uuid not null,
  made_on date not null,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, conference_id),
  foreign key (organisation_id, journey_id) references journeys (organisation_id, id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id)
);
create index plans_journey on plans (organisation_id, journey_id, made_on, id);
select kindred_isolate_by_organisation('plans');

create table plan_versions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  plan_id uuid not null,
  number integer not null check (number >= 1),
  content jsonb not null default '{}',
  created_by uuid not null,
  created_at timestamptz not null default now(),
  -- Set when the referrer agrees this version: from then on it is never changed.
  agreed_at timestamptz,
  unique (organisation_id, id),
  unique (organisation_id, plan_id, number),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id)
);
select kindred_isolate_by_organisation('plan_versions');

-- An agreed version is locked: the database refuses to change its content or un-agree it.
create function kindred_plan_version_locked() returns trigger language plpgsql as $$
begin
  if old.agreed_at is not null then
    raise exception 'plan version % is agreed and locked', old.number
      using errcode = 'check_violation';
  end if;
  return new;
end $$;
create trigger plan_versions_locked before update on plan_versions
  for each row execute function kindred_plan_version_locked();

alter table conferences add foreign key (organisation_id, reviews_plan_version_id)
  references plan_versions (organisation_id, id);
