import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrganisation, type TestOrganisation } from '../../tests/support/factories.ts';
import { connectDatabase, type DatabaseHandle } from '../db/database.ts';
import { startEmbeddedDatabase } from '../db/embedded.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'src/features/children/fixtures');

let owner: DatabaseHandle;
let council: TestOrganisation;

/** The test run's database, migrated, as a council's own PostgreSQL would be. */
const testDatabase = () => ({
  DATABASE_URL: inject('appUrl'),
  MIGRATION_DATABASE_URL: inject('ownerUrl'),
});

/** Runs the command as an operator would, against the test run's database. */
async function kindred(...args: string[]) {
  return kindredWith(testDatabase(), ...args);
}

/** Runs the command with these database settings (none: the embedded database). */
async function kindredWith(settings: Record<string, string>, ...args: string[]) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    INIT_CWD: fixtures,
    ...settings,
  };
  if (!settings.DATABASE_URL) {
    delete env.DATABASE_URL;
    delete env.MIGRATION_DATABASE_URL;
  }
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/kindred.ts', ...args],
      { cwd: root, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function held() {
  const children = await owner.db
    .selectFrom('children')
    .select(['case_record_id', 'looked_after', 'updated_at'])
    .where('organisation_id', '=', council.id)
    .orderBy('case_record_id')
    .execute();
  const chronology = await owner.db
    .selectFrom('chronology_entries')
    .select(['source_key', 'ends_on'])
    .where('organisation_id', '=', council.id)
    .orderBy('source_key')
    .execute();
  return { children, chronology };
}

beforeAll(async () => {
  owner = connectDatabase(inject('ownerUrl'), pino({ level: 'silent' }), { max: 1 });
  council = await createOrganisation(owner.db, 'Northshire Council');
});
afterAll(() => owner.close());

describe('npm run kindred -- import-ssda903', () => {
  const files = ['--header', 'header.csv', '--episodes', 'episodes.csv'];

  it('shows what would change with --dry-run and writes nothing', async () => {
    const result = await kindred(
      'import-ssda903',
      '--organisation',
      council.code,
      ...files,
      '--dry-run',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run for Northshire Council: nothing was written.');
    expect(result.stdout).toContain(
      'Children and young people: 4 to add, 0 to update, 0 with no change',
    );
    expect(result.stdout).toContain('Placement episodes: 7 to add, 0 to update, 0 with no change');
    expect((await held()).children).toEqual([]);
  }, 180_000);

  it('imports, and a second run changes nothing', async () => {
    const first = await kindred('import-ssda903', '--organisation', council.code, ...files);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported into Northshire Council.');
    expect(first.stdout).toContain('Children and young people: 4 added');
    const after = await held();
    expect(after.children).toHaveLength(4);
    expect(after.chronology).toHaveLength(7);

    const second = await kindred('import-ssda903', '--organisation', council.code, ...files);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 added, 0 updated, 4 with no change');
    expect(await held()).toEqual(after);
    const audited = await owner.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'detail'])
      .where('organisation_id', '=', council.id)
      .where('action', '=', 'children.imported')
      .orderBy('seq')
      .execute();
    expect(
      audited.map((event) => [event.actor_user_id, event.detail.via, event.detail.changed]),
    ).toEqual([
      [null, 'command-line', true],
      [null, 'command-line', false],
    ]);
  }, 180_000);

  it('exits with 1 and lists every problem on standard error, writing nothing', async () => {
    const before = await held();
    const result = await kindred(
      'import-ssda903',
      '--organisation',
      council.code,
      '--header',
      'header-with-problems.csv',
      '--episodes',
      'episodes-with-problems.csv',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'The files have 3 problems that stop the import. Nothing was imported.',
      'header file, row 2, column DOB: DOB ‘31/02/2012’ is not a real date written as DD/MM/YYYY',
      'header file, row 4, column CHILD: CHILD 100301 is also on row 2: each child must be in the header file once',
      'episodes file, row 3, column CHILD: CHILD 100399 is not in the header file',
    ]);
    expect(lines[4]).toBe('5 data-quality findings as well, which would not stop the import:');
    expect(lines).toContain(
      'header file, row 3, column SEX: SEX ‘3’ must be 1 (male) or 2 (female), so their gender is not imported',
    );
    expect(lines).toHaveLength(10);
    expect(await held()).toEqual(before);
  }, 180_000);

  it('imports a return with data-quality findings, and lists them', async () => {
    const result = await kindred(
      'import-ssda903',
      '--organisation',
      council.code,
      '--header',
      'header-council.csv',
      '--episodes',
      'episodes-council.csv',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Imported into Northshire Council.',
      'Children and young people: 6 added, 0 updated, 0 with no change',
      'Placement episodes: 12 added, 0 updated, 0 with no change',
      '11 data-quality findings, kept with this import in Kindred’s import history:',
    ]);
    expect(lines).toContain(
      'episodes file, row 13, column DECOM: DECOM 01/01/2030 is in the future',
    );
    expect(lines).toHaveLength(15);
    const run = await owner.db
      .selectFrom('ssda903_import_runs')
      .select(['via', 'header_file_name', 'finding_count'])
      .where('organisation_id', '=', council.id)
      .orderBy('imported_at', 'desc')
      .executeTakeFirst();
    expect(run).toEqual({
      via: 'command-line',
      header_file_name: 'header-council.csv',
      finding_count: 11,
    });
  }, 180_000);

  it('prints its usage for --help, and exits with 0', async () => {
    for (const args of [['import-ssda903', '--help'], ['--help'], ['help']]) {
      const result = await kindred(...args);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(
        'Usage: npm run kindred -- import-ssda903 --organisation CODE --header header.csv --episodes episodes.csv [--dry-run]',
      );
      expect(result.stdout).toContain('--help          show this help');
    }
  }, 180_000);

  it('says clearly when the organisation code or a file is wrong', async () => {
    const unknown = await kindred('import-ssda903', '--organisation', 'NOSUCHORG', ...files);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No organisation has the code NOSUCHORG.');

    const noFile = await kindred(
      'import-ssda903',
      '--organisation',
      council.code,
      '--header',
      'missing.csv',
      '--episodes',
      'episodes.csv',
    );
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Could not read the header file');

    const usage = await kindred('import-ssda903', '--organisation', council.code);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Missing --header, --episodes');
    expect(usage.stderr).toContain('Usage: npm run kindred -- import-ssda903');
  }, 180_000);
});

describe('npm run kindred on a database that npm start has not prepared', () => {
  it('prepares a data folder that Kindred has never opened, as npm start does', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kindred-cli-fresh-'));
    try {
      const settings = { KINDRED_DATA_DIR: dataDir, KINDRED_DEMO: 'true' };
      const files = ['--header', 'header.csv', '--episodes', 'episodes.csv'];
      const first = await kindredWith(
        settings,
        'import-ssda903',
        '--organisation',
        'DEMO',
        ...files,
      );
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Imported into Demo Council.');
      expect(first.stdout).toContain('Children and young people: 4 added');
      // The folder is Kindred's now: the same command again finds what it imported.
      const second = await kindredWith(
        settings,
        'import-ssda903',
        '--organisation',
        'DEMO',
        ...files,
      );
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('0 added, 0 updated, 4 with no change');
      expect(await readdir(dataDir)).toEqual(expect.arrayContaining(['postgres', 'secrets.json']));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('says in one sentence that a database of the council’s own has not been set up', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kindred-cli-unmigrated-'));
    // A fresh PostgreSQL with Kindred's two roles and an empty database: never migrated.
    const server = await startEmbeddedDatabase({
      dataDir,
      port: 0,
      logger: pino({ level: 'silent' }),
    });
    try {
      const result = await kindredWith(
        { DATABASE_URL: server.appUrl, MIGRATION_DATABASE_URL: server.ownerUrl },
        'import-ssda903',
        '--organisation',
        'DEMO',
        '--header',
        'header.csv',
        '--episodes',
        'episodes.csv',
      );
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'The database at DATABASE_URL has not been set up for this version of Kindred: start Kindred once with npm start, which runs the migrations, then run this command again.\n',
      );
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
