-- When a consent was last confirmed or given again after a withdrawal. A reconfirmation
-- clears the withdrawal and records what the person agreed to this time; the journey's
-- history keeps the withdrawal and its reason.
alter table consents add column reconfirmed_on date;
