-- Issue 10, stage 4 (Engagement), ADR 0033.
--
-- network_contact_log: every contact with a person in one child's network (a visit, a call, a
--   letter, an email, a video call): when, what was discussed, what support they might offer,
--   their own needs and what would help them take part. The first one may move the member to
--   "contacted"; none is recorded unless the member may be contacted (the pipeline's rules).
-- network_information_letters: the plain-English letter about Lifelong Links given to a member:
--   when and how (post, email, in person), and whether it said where the young person lives.
-- information_shares.member_id: a share is now to a member of that child's network. Rows
--   written before this migration keep only the typed name (shared_with) and stay readable.
-- Change this file only additively once published.

create table network_contact_log (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  member_id uuid not null,
  contact_on date not null,
  kind text not null check (kind in ('visit', 'call', 'letter', 'email', 'video')),
  discussed text not null check (length(discussed) between 1 and 5000),
  support_offered text check (length(support_offered) <= 5000),
  their_needs text check (length(their_needs) <= 5000),
  help_to_take_part text check (length(help_to_take_part) <= 5000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
-- The member's page lists the log newest first, a keyset page at a time.
create index network_contact_log_member
  on network_contact_log (organisation_id, member_id, contact_on, id);
select kindred_isolate_by_organisation('network_contact_log');

create table network_information_letters (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  member_id uuid not null,
  given_on date not null,
  method text not null check (method in ('post', 'email', 'in_person')),
  -- What the letter said about the young person, as consent allowed on the day it was given.
  named_young_person boolean not null,
  said_where_they_live boolean not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, member_id) references network_members (organisation_id, id),
  foreign key (organisation_id, recorded_by) references users (organisation_id, id)
);
create index network_information_letters_member
  on network_information_letters (organisation_id, member_id, given_on, id);
select kindred_isolate_by_organisation('network_information_letters');

alter table information_shares add column member_id uuid;
alter table information_shares
  add constraint information_shares_member
  foreign key (organisation_id, member_id) references network_members (organisation_id, id);
create index information_shares_member on information_shares (organisation_id, member_id)
  where member_id is not null;
