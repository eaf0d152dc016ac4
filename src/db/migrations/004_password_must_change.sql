-- A temporary password, set by an administrator, must be changed at the next sign-in.
alter table users add column password_must_change boolean not null default false;
