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
import { sealAuditEvents } from '../platform/audit/audit-sealer.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

// A database of its own: this test breaks the chain on purpose.
let database: TestDatabase;
let owner: DatabaseHandle;
let app: DatabaseHandle;
let organisationId: string;

async function auditVerify(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/audit-verify.ts', ...args],
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
  app = connectDatabase(database.appUrl, pino({ level: 'silent' }), { max: 1 });
  organisationId = (await createOrganisation(owner.db)).id;
  for (const action of ['test.first', 'test.second', 'test.third']) {
    await inOrganisation(app.db, { organisationId }, (tx) =>
      recordAudit(tx, { organisationId, actorUserId: null, action }),
    );
  }
});
afterAll(async () => {
  await app.close();
  await owner.close();
  await database.teardown();
});

// Each test starts the command in a new Node process, which is slow on a busy machine.
describe('npm run audit:verify', { timeout: 120_000 }, () => {
  it('reports events not sealed yet without failing, while they are recent', async () => {
    const result = await auditVerify();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Audit chain verified: 0 sealed events in 0 organisations, no broken link.',
    );
    expect(result.stdout).toMatch(
      /3 events not sealed yet; the oldest was written \d+ seconds? ago\./,
    );
  });

  it('exits 3 when events have waited longer than the limit to be sealed', async () => {
    const result = await auditVerify('--max-unsealed-age', '0');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Events have waited more than 0 seconds to be sealed');
  });

  it('exits 2 when the limit is not a number of seconds', async () => {
    const result = await auditVerify('--max-unsealed-age', 'soon');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-unsealed-age must be a whole number of seconds');
  });

  it('says the sealed chain is whole, and exits 0', async () => {
    await sealAuditEvents(app.db);
    const result = await auditVerify();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Audit chain verified: 3 sealed events in 1 organisation, no broken link.\nNo event is waiting to be sealed.',
    );
  });

  it('names the first broken link, and exits 1', async () => {
    await owner.db.transaction().execute(async (tx) => {
      await sql`alter table audit_events disable trigger audit_events_append_only`.execute(tx);
      await sql`update audit_events set action = 'test.forged' where chain_seq = 2`.execute(tx);
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
