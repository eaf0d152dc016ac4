-- Issue 11: each import of the looked-after children list (SSDA903) is kept as a run: who ran
-- it, when, from which files, what it changed, and the data-quality findings it reported (the
-- rows the DfE's validator would flag, imported as the council sent them). A run is a record of
-- what happened: the app role may add one, never change or remove one.

create table ssda903_import_runs (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  imported_at timestamptz not null default now(),
  imported_by uuid,                                   -- null when the command line ran it
  via text not null check (via in ('web', 'command-line')),
  header_file_name text not null check (length(header_file_name) between 1 and 255),
  episodes_file_name text not null check (length(episodes_file_name) between 1 and 255),
  children_added integer not null check (children_added >= 0),
  children_updated integer not null check (children_updated >= 0),
  children_unchanged integer not null check (children_unchanged >= 0),
  episodes_added integer not null check (episodes_added >= 0),
  episodes_updated integer not null check (episodes_updated >= 0),
  episodes_unchanged integer not null check (episodes_unchanged >= 0),
  finding_count integer not null check (finding_count >= 0),
  -- [{ "file": "episodes", "row": 4, "column": "DEC", "message": "…" }, …] in file and row order
  findings jsonb not null default '[]'::jsonb check (jsonb_typeof(findings) = 'array'),
  unique (organisation_id, id),
  foreign key (organisation_id, imported_by) references users (organisation_id, id)
);
create index ssda903_import_runs_recent on ssda903_import_runs (organisation_id, imported_at desc);
select kindred_isolate_by_organisation('ssda903_import_runs');

do $$
begin
  execute format('revoke update, delete, truncate on ssda903_import_runs from %I',
    current_setting('kindred.app_role'));
end
$$;
