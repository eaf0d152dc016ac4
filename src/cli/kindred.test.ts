import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrganisation, type TestOrganisation } from '../../tests/support/factories.ts';
import { connectDatabase, type DatabaseHandle } from '../db/database.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'src/features/children/fixtures');

let owner: DatabaseHandle;
let council: TestOrganisation;

/** Runs the command as an operator would, against the test run's database. */
async function kindred(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/kindred.ts', ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: inject('appUrl'),
          MIGRATION_DATABASE_URL: inject('ownerUrl'),
          INIT_CWD: fixtures,
        },
      },
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
  }, 60_000);

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
  }, 60_000);

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
    expect(lines[0]).toBe('The files have 8 problems. Nothing was imported.');
    expect(lines).toContain(
      'header file, row 3, column SEX: SEX ‘3’ must be 1 (male) or 2 (female)',
    );
    expect(lines).toContain(
      'episodes file, row 3, column CHILD: CHILD 100399 is not in the header file',
    );
    expect(lines).toHaveLength(9);
    expect(await held()).toEqual(before);
  }, 60_000);

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
  }, 60_000);
});
