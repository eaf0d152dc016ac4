import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../tests/support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { connectDatabase, type DatabaseHandle, inOrganisation } from '../db/database.ts';
import { recordAudit } from '../platform/audit/audit.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

// A database of its own: this test breaks the chain on purpose.
let database: TestDatabase;
let owner: DatabaseHandle;
let organisationId: string;

async function auditVerify() {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/audit-verify.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.appUrl,
          MIGRATION_DATABASE_URL: database.ownerUrl,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  database = await createTestDatabase('auditcli');
  owner = connectDatabase(database.ownerUrl, pino({ level: 'silent' }), { max: 1 });
  const app = connectDatabase(database.appUrl, pino({ level: 'silent' }), { max: 1 });
  organisationId = (await createOrganisation(owner.db)).id;
  for (const action of ['test.first', 'test.second', 'test.third']) {
    await inOrganisation(app.db, { organisationId }, (tx) =>
      recordAudit(tx, { organisationId, actorUserId: null, action }),
    );
  }
  await app.close();
});
afterAll(async () => {
  await owner.close();
  await database.teardown();
});

describe('npm run audit:verify', () => {
  it('says the chain is whole, and exits 0', async () => {
    const result = await auditVerify();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Audit chain verified: 3 events in 1 organisation, no broken link.',
    );
  });

  it('names the first broken link, and exits 1', async () => {
    await owner.db.transaction().execute(async (tx) => {
      await sql`alter table audit_events disable trigger audit_events_append_only`.execute(tx);
      await sql`update audit_events set action = 'test.forged' where seq = 2`.execute(tx);
      await sql`alter table audit_events enable trigger audit_events_append_only`.execute(tx);
    });
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Audit chain broken at organisation ${organisationId}, event 2: its contents do not match its hash.`,
    );
    expect(result.stderr).toContain('1 event before it was verified');
  });
});
