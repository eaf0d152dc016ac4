-- Issue 9 (oversight and deadlines): closure days and deadline settings per organisation, the
-- monthly "turning 15" list, supervision decisions, and the reminders already sent. Every table
-- holds one organisation's data: forced row-level security, the organisation in every key.

-- What an organisation chooses about its deadlines (a row only once an administrator changes a
-- default; the defaults live in src/domain/deadlines.ts and here).
create table deadline_settings (
  organisation_id uuid primary key references organisations (id),
  referral_response_working_days smallint not null default 5
    check (referral_response_working_days between 1 and 30),
  -- The month's turning-15 list is built on this working day of the month.
  turning_fifteen_working_day smallint not null default 1
    check (turning_fifteen_working_day between 1 and 10),
  reminder_working_days smallint not null default 2 check (reminder_working_days between 0 and 10),
  updated_by uuid,
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, updated_by) references users (organisation_id, id)
);
select kindred_isolate_by_organisation('deadline_settings');

-- Days the service is closed besides weekends and bank holidays: no deadline falls on them.
create table closure_days (
  organisation_id uuid not null references organisations (id),
  closed_on date not null,
  description text not null check (length(description) between 1 and 100),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, closed_on),
  foreign key (organisation_id, created_by) references users (organisation_id, id)
);
select kindred_isolate_by_organisation('closure_days');

-- Each month's list, once built and sent: the key makes a second build of a month impossible.
create table turning_fifteen_lists (
  organisation_id uuid not null references organisations (id),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  built_at timestamptz not null default now(),
  young_people integer not null check (young_people >= 0),
  primary key (organisation_id, month)
);
select kindred_isolate_by_organisation('turning_fifteen_lists');

-- A young person aged 15 or over without a Lifelong Links referral, discussed in supervision:
-- why not now, and when to look again. The latest decision counts; earlier ones are the history.
create table supervision_decisions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  child_id uuid not null,
  reason text not null check (reason in ('referral_to_follow', 'uasc', 'declined', 'later', 'other')),
  details text check (length(details) <= 1000),
  discussed_on date not null,
  look_again_on date not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default clock_timestamp(),
  unique (organisation_id, id),
  foreign key (organisation_id, child_id) references children (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id),
  check (reason <> 'other' or details is not null),
  check (look_again_on > discussed_on)
);
create index supervision_decisions_child
  on supervision_decisions (organisation_id, child_id, recorded_at desc);
select kindred_isolate_by_organisation('supervision_decisions');

-- Reminders sent, so each goes once: keyed by the deadline (its kind, record and date) and the
-- reminder ('before' the date, 'missed' after it). A changed date is a new deadline.
create table deadline_reminders (
  organisation_id uuid not null references organisations (id),
  deadline_key text not null check (length(deadline_key) <= 200),
  reminder text not null check (reminder in ('before', 'missed')),
  due_on date not null,
  sent_at timestamptz not null default now(),
  primary key (organisation_id, deadline_key, reminder)
);
select kindred_isolate_by_organisation('deadline_reminders');

-- The supervision list: looked-after young people in name order (keyset pagination), with the
-- date of birth in the index so "aged 15 or over" is checked without visiting the table.
create index children_looked_after_order on children (organisation_id, last_name, first_name, id)
  include (date_of_birth) where looked_after;
-- Looked-after children with no IRO or no social worker, in name order.
create index children_unallocated_order on children (organisation_id, last_name, first_name, id)
  where looked_after and (iro_id is null or social_worker_id is null);
-- A child's Lifelong Links referrals are found through referral_children_child; the open
-- journeys of a team by journeys_coordinator; submitted referrals by referrals_inbox_waiting.

-- The daily jobs act for each organisation in turn, as the app role (which sees no organisation
-- until one is set): this lists the organisations' ids, and nothing else about them.
create function kindred_organisation_ids() returns setof uuid
  language sql stable security definer set search_path = public, pg_temp
  as $$ select id from organisations order by id $$;
revoke all on function kindred_organisation_ids() from public;
do $$ begin
  execute format('grant execute on function kindred_organisation_ids() to %I',
    current_setting('kindred.app_role'));
end $$;
