import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImportRun,
  createOrganisation,
  createUser,
} from '../../../tests/support/factories.ts';
import { type CouncilApp, createCouncilApp, fixture, pageText } from './children-test-support.ts';
import { importSsda903 } from './ssda903-import.service.ts';
import { confirm, upload } from './ssda903-test-support.ts';

/**
 * A council's own return, with the data-quality problems real returns have: it imports, with its
 * findings kept, listed, and downloadable; the history shows every run.
 */
let council: CouncilApp;
const COUNCIL_FILES = { header: 'header-council.csv', episodes: 'episodes-council.csv' };

async function held() {
  const db = council.context.ownerDb.db;
  const children = await db
    .selectFrom('children')
    .select([
      'case_record_id',
      'gender',
      'ethnicity',
      'looked_after',
      'looked_after_since',
      'legal_status',
      'placement_type',
      'updated_at',
    ])
    .where('organisation_id', '=', council.council.id)
    .where('case_record_id', 'not like', 'LL-%')
    .orderBy('case_record_id')
    .execute();
  const chronology = await db
    .selectFrom('chronology_entries')
    .select(['source_key', 'starts_on', 'ends_on', 'details'])
    .where('organisation_id', '=', council.council.id)
    .orderBy('source_key')
    .execute();
  return { children, chronology };
}

async function runs() {
  return council.context.ownerDb.db
    .selectFrom('ssda903_import_runs')
    .selectAll()
    .where('organisation_id', '=', council.council.id)
    .orderBy('imported_at')
    .execute();
}

beforeAll(async () => {
  council = await createCouncilApp();
});
afterAll(() => council.context.close());

describe('a council’s return with data-quality problems', () => {
  it('previews the findings apart from what will change, then imports with them', async () => {
    const agent = await council.signedIn(council.manager);
    const preview = await upload(
      agent,
      fixture(COUNCIL_FILES.header),
      fixture(COUNCIL_FILES.episodes),
      COUNCIL_FILES,
    );
    expect(preview.statusCode).toBe(200);
    const text = pageText(preview.body);
    expect(text).toContain('Nothing stops the import, but there are 11 data-quality findings');
    expect(text).toContain('Children and young people 6 to add, 0 to update, 0 with no change');
    expect(text).toContain(
      'Placement episodes in their chronologies 12 to add, 0 to update, 0 with no change',
    );
    expect(text).toContain('Data-quality findings (11)');
    expect(text).toContain(
      'Episodes file 5 DEC DEC is missing: an episode with a reason it ended (REC) needs its end date',
    );
    expect(text).not.toContain('Problems to fix');
    expect((await held()).children).toEqual([]);

    const imported = await confirm(agent, preview.body);
    expect(imported.statusCode).toBe(303);
    const location = String(imported.headers.location);
    expect(location).toMatch(/^\/children\/import\/runs\/[0-9a-f-]{36}\?imported=yes$/);
    const done = pageText((await agent.get(location)).body);
    expect(done).toContain(
      'The looked-after children list has been imported, with its data-quality findings listed below',
    );
    expect(done).toContain('Children and young people 6 added, 0 updated, 0 with no change');
    expect(done).toContain('Header file header-council.csv');
    expect(done).toContain('Episodes file episodes-council.csv');
    expect(done).toContain('Data-quality findings 11 findings');
    expect(done).toContain('Download the findings (CSV)');
    expect(done).toContain(
      'Episodes file 14 DECOM CHILD 300101 already has an episode starting on 01/03/2022 (row 3), so this episode is not imported',
    );
  });

  it('keeps each row as sent, leaves out what cannot be kept, and works out who is looked after', async () => {
    const { children, chronology } = await held();
    expect(
      children.map((child) => [
        child.case_record_id,
        child.gender,
        child.ethnicity,
        child.looked_after,
        child.looked_after_since,
        child.legal_status,
        child.placement_type,
      ]),
    ).toEqual([
      ['300101', '1', 'WBRI', true, '2020-06-01', 'C2', 'U4'],
      ['300102', '2', 'WBRI', false, null, null, null],
      ['300103', '1', null, true, '2021-06-01', 'C2', 'K2'],
      ['300105', null, 'BAFR', false, null, null, null],
      ['300106', '2', 'AIND', true, '2022-10-01', 'C2', 'U6'],
      ['ZOË01', '2', 'MWBA', true, '2020-09-01', null, 'U6'],
    ]);
    expect(chronology).toHaveLength(12);
    const entry = (key: string) => chronology.find((row) => row.source_key === key);
    // A reason it ended and no end date: kept as sent.
    expect(entry('300102/2022-02-01')).toMatchObject({ ends_on: null, details: { REC: 'E4A' } });
    expect(entry('ZOË01/2020-09-01')?.details).toMatchObject({ LS: 'Z9' });
    expect(entry('300105/2023-05-15')).toMatchObject({ ends_on: '2023-01-01' });

    const [run] = await runs();
    expect(run).toMatchObject({
      imported_by: council.manager.id,
      via: 'web',
      header_file_name: 'header-council.csv',
      episodes_file_name: 'episodes-council.csv',
      children_added: 6,
      episodes_added: 12,
      finding_count: 11,
    });
    expect(run?.findings[0]).toEqual({
      file: 'header',
      row: 4,
      column: 'ETHNIC',
      message:
        'ETHNIC ‘XXXX’ is not a DfE ethnicity code, such as WBRI, so their ethnicity is not imported',
    });
  });

  it('changes nothing when the same files come again, and keeps that run too', async () => {
    const before = await held();
    const result = await importSsda903(
      council.context.appDb.db,
      { organisationId: council.council.id, userId: null, via: 'command-line' },
      {
        header: fixture(COUNCIL_FILES.header),
        episodes: fixture(COUNCIL_FILES.episodes),
        names: COUNCIL_FILES,
      },
      { dryRun: false },
    );
    expect(result.outcome).toBe('imported');
    expect(await held()).toEqual(before);
    const second = (await runs())[1];
    expect(second).toMatchObject({
      via: 'command-line',
      imported_by: null,
      children_added: 0,
      children_updated: 0,
      children_unchanged: 6,
      episodes_added: 0,
      episodes_updated: 0,
      episodes_unchanged: 12,
      finding_count: 11,
    });
  });

  it('lists every run in the history, the most recent first', async () => {
    const agent = await council.signedIn(council.manager);
    const register = pageText((await agent.get('/children')).body);
    expect(register).toContain('See the import history');
    const page = await agent.get('/children/import/history');
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Import history');
    const rows = text.slice(text.indexOf('Findings') + 'Findings'.length);
    expect(rows).toMatch(
      /The command line header-council\.csv, episodes-council\.csv 0 added, 0 updated, 6 unchanged 0 added, 0 updated, 12 unchanged 11 findings .* Mo Manager header-council\.csv, episodes-council\.csv 6 added, 0 updated, 0 unchanged 12 added, 0 updated, 0 unchanged 11 findings/,
    );
  });

  it('downloads a run’s findings as CSV, with every finding and no formula left to run', async () => {
    const [run] = await runs();
    // A finding whose text a spreadsheet would take for a formula.
    const db = council.context.ownerDb.db;
    const crafted = await createImportRun(db, council.council.id, {
      via: 'command-line',
      header_file_name: 'h.csv',
      episodes_file_name: 'e.csv',
      children_added: 0,
      episodes_added: 0,
      finding_count: 1,
      findings: JSON.stringify([
        { file: 'episodes', row: 2, column: 'LS', message: '=HYPERLINK("http://evil")' },
      ]),
    });

    const agent = await council.signedIn(council.manager);
    const response = await agent.get(`/children/import/runs/${run?.id}/findings.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="ssda903-findings-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const records = parse(response.body.replace(/^\uFEFF/, '')) as string[][];
    expect(records[0]).toEqual(['File', 'Row', 'Column', 'Finding']);
    expect(records).toHaveLength(12);
    expect(records).toContainEqual([
      'episodes file',
      '11',
      'REC',
      'REC X1 says another episode starts the day this one ends (01/09/2022), but CHILD 300106 has no episode starting then (the next starts on 01/10/2022, row 12)',
    ]);

    const evil = await agent.get(`/children/import/runs/${crafted}/findings.csv`);
    const cells = parse(evil.body.replace(/^\uFEFF/, '')) as string[][];
    expect(cells[1]?.[3]).toBe(`'=HYPERLINK("http://evil")`);

    const actions = await db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', String(run?.id))
      .orderBy('seq')
      .execute();
    expect(actions.map((event) => event.action)).toContain('children.import-findings-read');
  });

  it('shows the history, the runs and their findings to team managers only', async () => {
    const [run] = await runs();
    const urls = [
      '/children/import/history',
      `/children/import/runs/${run?.id}`,
      `/children/import/runs/${run?.id}/findings.csv`,
    ];
    const allowed = await council.signedIn(council.manager);
    for (const url of urls) expect((await allowed.get(url)).statusCode).toBe(200);
    const coordinator = await createUser(council.context.ownerDb.db, council.council, [
      'coordinator',
    ]);
    const practiceManager = await createUser(council.context.ownerDb.db, council.council, [
      'practice_manager',
    ]);
    for (const user of [
      council.socialWorker,
      council.iro,
      council.administrator,
      coordinator,
      practiceManager,
    ]) {
      const agent = await council.signedIn(user);
      for (const url of urls) expect((await agent.get(url)).statusCode).toBe(403);
    }
    // Another council's team manager cannot reach this council's run.
    const other = await createOrganisation(council.context.ownerDb.db, 'Southshire Council');
    const otherManager = await createUser(council.context.ownerDb.db, other, ['team_manager']);
    const outsider = await council.signedIn(otherManager);
    expect((await outsider.get(urls[1] ?? '')).statusCode).toBe(404);
    expect((await outsider.get(urls[2] ?? '')).statusCode).toBe(404);
    expect(pageText((await outsider.get(urls[0] ?? '')).body)).toContain(
      'Nothing has been imported yet',
    );
  });
});
