-- Referrals made on someone else's behalf name that person: the young person's personal adviser
-- or carer, who has no account in Kindred.
alter table referrals add column referrer_on_behalf_of text
  check (referrer_on_behalf_of is null or length(referrer_on_behalf_of) between 1 and 120);

-- A team manager corrects a mistaken conflict-of-interest declaration by recording a new one
-- that names the declaration it replaces and why. The original row is never changed, so the
-- history shows what was first declared, by whom and when.
alter table conflict_declarations
  add column corrects_id uuid,
  add column correction_reason text,
  add constraint conflict_declarations_organisation_id_id unique (organisation_id, id),
  add constraint conflict_declarations_corrects
    foreign key (organisation_id, corrects_id) references conflict_declarations (organisation_id, id),
  add constraint conflict_declarations_correction_has_reason
    check ((corrects_id is null) = (correction_reason is null));
-- A declaration is corrected at most once: a later correction corrects the correction.
create unique index conflict_declarations_corrected_once
  on conflict_declarations (organisation_id, corrects_id) where corrects_id is not null;
