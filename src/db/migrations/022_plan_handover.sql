-- Issue 8, stages 6–7: the plan sent out, feedback asked, review conferences offered, and the
-- handover into the care or pathway plan (ADR 0031). Every row names the plan; the rows about a
-- copy of the plan name the version too (ADR 0028).
--
-- plan_recipients: who gets a copy of which version, how, when it was sent and acknowledged.
-- plan_feedback_requests: feedback asked of a recipient, and when (the forms come later).
-- plan_review_offers: a review conference offered, and the answer; an accepted one names the new
--   conference (purpose 'review', reviews_plan_version_id set).
-- plan_iro_copies: the IRO's own record that they hold a copy.
-- plan_care_plan_confirmations: the social worker's confirmation that the plan is in the care or
--   pathway plan, with the main record's reference.
-- plan_review_invitations: a network member invited to contribute to looked-after-child reviews
--   or pathway-plan reviews, only when the young person agrees.
-- Change this file only additively once published (new columns, new tables).

create table plan_recipients (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  plan_version_id uuid not null,
  recipient_kind text not null check (recipient_kind in
    ('young_person', 'network_member', 'social_worker', 'iro', 'carer', 'other')),
  member_id uuid,
  name text check (length(name) between 1 and 200),
  method text not null check (method in ('email', 'post', 'in_person', 'secure_link')),
  sent_on date,
  acknowledged_on date,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, plan_version_id) references plan_versions (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id),
  check ((recipient_kind = 'network_member') = (member_id is not null)),
  check (recipient_kind not in ('carer', 'other') or name is not null),
  check (acknowledged_on is null or (sent_on is not null and acknowledged_on >= sent_on))
);
create index plan_recipients_plan on plan_recipients (organisation_id, plan_id, created_at, id);
create unique index plan_recipients_member on plan_recipients (organisation_id, plan_id, member_id)
  where member_id is not null;
select kindred_isolate_by_organisation('plan_recipients');

create table plan_feedback_requests (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  recipient_id uuid not null,
  asked_on date not null,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, recipient_id) references plan_recipients (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id)
);
create index plan_feedback_requests_plan on plan_feedback_requests
  (organisation_id, plan_id, asked_on, id);
select kindred_isolate_by_organisation('plan_feedback_requests');

create table plan_review_offers (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  plan_version_id uuid not null,
  offered_on date not null,
  answer text check (answer in ('accepted', 'declined')),
  answered_on date,
  -- The review conference an accepted offer made.
  conference_id uuid,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, plan_version_id) references plan_versions (organisation_id, id),
  foreign key (organisation_id, conference_id) references conferences (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id),
  check ((answer is null) = (answered_on is null)),
  check (conference_id is null or answer = 'accepted')
);
create index plan_review_offers_plan on plan_review_offers (organisation_id, plan_id, created_at, id);
select kindred_isolate_by_organisation('plan_review_offers');

create table plan_iro_copies (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  plan_version_id uuid not null,
  iro_id uuid not null,
  received_on date not null,
  method text not null check (method in ('email', 'post', 'in_person', 'secure_link')),
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, plan_version_id) references plan_versions (organisation_id, id),
  foreign key (organisation_id, iro_id) references users (organisation_id, id)
);
create index plan_iro_copies_plan on plan_iro_copies (organisation_id, plan_id, created_at, id);
select kindred_isolate_by_organisation('plan_iro_copies');

create table plan_care_plan_confirmations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  plan_version_id uuid not null,
  care_plan_kind text not null check (care_plan_kind in ('care_plan', 'pathway_plan')),
  main_record_reference text not null check (length(main_record_reference) between 1 and 100),
  included_on date not null,
  confirmed_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, plan_version_id) references plan_versions (organisation_id, id),
  foreign key (organisation_id, confirmed_by) references users (organisation_id, id)
);
create index plan_care_plan_confirmations_plan on plan_care_plan_confirmations
  (organisation_id, plan_id, created_at, id);
select kindred_isolate_by_organisation('plan_care_plan_confirmations');

create table plan_review_invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  plan_id uuid not null,
  member_id uuid not null,
  review_kind text not null check (review_kind in ('looked_after_review', 'pathway_plan_review')),
  young_person_agreed boolean not null,
  invited_on date,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  unique (organisation_id, plan_id, member_id, review_kind),
  foreign key (organisation_id, plan_id) references plans (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, created_by) references users (organisation_id, id),
  -- Nobody is invited to a review unless the young person agreed.
  check (invited_on is null or young_person_agreed)
);
select kindred_isolate_by_organisation('plan_review_invitations');
