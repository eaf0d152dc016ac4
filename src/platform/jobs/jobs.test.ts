import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { connectDatabase, type DatabaseHandle, inOrganisation } from '../../db/database.ts';
import { enqueueJob } from './enqueue.ts';
import { defineJob } from './job-registry.ts';
import { jobRunsPage } from './job-runs.repository.ts';
import { eventually, startTestRunner } from './jobs-test-support.ts';

const silent = pino({ level: 'silent' });
let owner: DatabaseHandle;
let app: DatabaseHandle;
let council: TestOrganisation;

// Jobs of this file only, named so no other test file's runner takes them.
const handled: string[] = [];
defineJob(
  'test-jobs-count',
  z.object({ organisationId: z.uuid(), mark: z.string() }),
  async (p) => {
    handled.push(p.mark);
  },
);
defineJob(
  'test-jobs-refuse',
  z.object({ organisationId: z.uuid() }),
  async () => {
    throw new Error('The mail server said no to jordan.smith@example.org');
  },
  { maxAttempts: 1 },
);

async function jobsWaiting(name: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs
      where task_identifier = ${name}`.execute(owner.db);
  return result.rows[0]?.n ?? 0;
}

beforeAll(async () => {
  owner = connectDatabase(inject('ownerUrl'), silent, { max: 2 });
  app = connectDatabase(inject('appUrl'), silent, { max: 2 });
  council = await createOrganisation(owner.db);
});
afterAll(async () => {
  await app.close();
  await owner.close();
});

describe('queued jobs', () => {
  it('are queued only if the transaction that queues them commits', async () => {
    const organisationId = council.id;
    await expect(
      inOrganisation(app.db, { organisationId }, async (tx) => {
        await enqueueJob(tx, 'test-jobs-count', { organisationId, mark: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await jobsWaiting('test-jobs-count')).toBe(0);

    await inOrganisation(app.db, { organisationId }, (tx) =>
      enqueueJob(tx, 'test-jobs-count', { organisationId, mark: 'committed' }),
    );
    expect(await jobsWaiting('test-jobs-count')).toBe(1);
  });

  it('refuses a job nobody defined, or a payload its job does not take', async () => {
    await expect(enqueueJob(app.db, 'test-jobs-unknown', {})).rejects.toThrow(/No job/);
    await expect(enqueueJob(app.db, 'test-jobs-count', { mark: 1 })).rejects.toThrow(/payload/);
  });

  it('run once each with two Kindred processes on one database', async () => {
    const organisationId = council.id;
    const marks = Array.from({ length: 30 }, (_, i) => `job-${i}`);
    await inOrganisation(app.db, { organisationId }, async (tx) => {
      for (const mark of marks) await enqueueJob(tx, 'test-jobs-count', { organisationId, mark });
    });
    const [first, second] = await Promise.all([startTestRunner(), startTestRunner()]);
    try {
      await eventually(
        () => jobsWaiting('test-jobs-count'),
        (n) => n === 0,
      );
    } finally {
      await Promise.all([first?.stop(), second?.stop()]);
    }
    const ofThisTest = handled.filter((mark) => mark.startsWith('job-'));
    expect(ofThisTest.sort()).toEqual([...marks].sort());
    expect(handled).toContain('committed');
    expect(handled).not.toContain('rolled-back');
  });

  it('are logged for administrators, a failure with its reason and no email address', async () => {
    const organisationId = council.id;
    await enqueueJob(app.db, 'test-jobs-refuse', { organisationId });
    const runner = await startTestRunner();
    let runs: Awaited<ReturnType<typeof jobRunsPage>> = [];
    try {
      runs = await eventually(
        () =>
          inOrganisation(app.db, { organisationId }, (tx) =>
            jobRunsPage(tx, { beforeId: null, size: 50, onlyFailed: true }),
          ),
        (rows) => rows.some((row) => row.job_name === 'test-jobs-refuse'),
      );
    } finally {
      await runner.stop();
    }
    const failed = runs.find((row) => row.job_name === 'test-jobs-refuse');
    expect(failed).toMatchObject({ outcome: 'failed', attempt: 1, for_service: false });
    expect(failed?.error).toContain('The mail server said no to [address]');
    expect(failed?.error).not.toContain('jordan.smith');

    // Another organisation's administrator does not see it.
    const other = await createOrganisation(owner.db);
    const seenByOther = await inOrganisation(app.db, { organisationId: other.id }, (tx) =>
      jobRunsPage(tx, { beforeId: null, size: 200, onlyFailed: true }),
    );
    expect(seenByOther.map((row) => row.job_name)).not.toContain('test-jobs-refuse');
  });
});
