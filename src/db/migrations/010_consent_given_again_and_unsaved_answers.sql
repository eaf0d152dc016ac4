-- When a consent was last confirmed or given again after a withdrawal. A reconfirmation
-- clears the withdrawal and records what the person agreed to this time; the journey's
-- history keeps the withdrawal and its reason.
alter table consents add column reconfirmed_on date;

-- The answers of a form that arrived after its sender's session had ended (WCAG 2.2.1), kept
-- for a short time so they can be put back in the form once the person has signed in again.
-- A row is found by the hash of a random token that only the person's browser holds (in the
-- sign-in address), and the answers are sealed with a key derived from that token, so this
-- table alone reveals nothing. When the ended session was still on record, the row also names
-- its user, and only that user gets the answers back. The organisation is not known when the
-- answers arrive, so, like sessions, this table is not organisation-isolated.
create table unsaved_answers (
  token_hash text primary key,
  user_id uuid references users (id) on delete cascade,
  page_path text not null check (length(page_path) <= 2000),
  sealed bytea not null,
  expires_at timestamptz not null
);
create index unsaved_answers_expiry on unsaved_answers (expires_at);
