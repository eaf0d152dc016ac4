-- A referral's children keep the order the referrer added them in: a sibling referral for Poppy
-- and Alfie reads "Poppy Marsh and Alfie Marsh" everywhere, every time. Before this the order
-- was whatever PostgreSQL returned, so the same journey could be headed differently on two views.
-- Rows that existed before keep a shared time and fall back to the child's name (then id).
alter table referral_children add column added_at timestamptz not null default clock_timestamp();
