import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { testConfig } from '../../../tests/support/test-app.ts';
import { connectDatabase, type DatabaseHandle, inOrganisation } from '../../db/database.ts';
import { useEmailSettings } from './email/email-settings.ts';
import { notify } from './notify.service.ts';

const silent = pino({ level: 'silent' });
let owner: DatabaseHandle;
let app: DatabaseHandle;
let council: TestOrganisation;
let coordinator: TestUser;

const smtpOn = testConfig({
  EMAIL_PROVIDER: 'smtp',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: '2525',
  EMAIL_FROM: 'kindred@council.example',
}).email;

async function outboxFor(userId: string) {
  return owner.db
    .selectFrom('outbox_messages')
    .select(['id', 'kind', 'to_address', 'status'])
    .where('user_id', '=', userId)
    .execute();
}

async function sendJobsFor(messageId: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs
      where task_identifier = 'send-email' and key = ${`send-email:${messageId}`}`.execute(
    owner.db,
  );
  return result.rows[0]?.n ?? 0;
}

beforeAll(async () => {
  owner = connectDatabase(inject('ownerUrl'), silent, { max: 2 });
  app = connectDatabase(inject('appUrl'), silent, { max: 2 });
  council = await createOrganisation(owner.db);
  coordinator = await createUser(owner.db, council, ['coordinator']);
});
afterAll(async () => {
  await app.close();
  await owner.close();
});

const notice = () => ({
  organisationId: council.id,
  userId: coordinator.id,
  kind: 'deadline_missed' as const,
  subject: 'The plan for Jordan Smith is overdue',
  link: '/journeys/123',
});

describe('notify()', () => {
  it('writes the notice, the outbox row and its job in the caller’s transaction', async () => {
    useEmailSettings(smtpOn);
    const result = await inOrganisation(app.db, { organisationId: council.id }, (tx) =>
      notify(tx, notice()),
    );
    expect(result.email).toBe('queued');
    const messages = await outboxFor(coordinator.id);
    expect(messages).toEqual([
      expect.objectContaining({
        kind: 'deadline_missed',
        to_address: coordinator.email,
        status: 'pending',
      }),
    ]);
    expect(await sendJobsFor(messages[0]?.id ?? '')).toBe(1);
  });

  it('leaves nothing behind when the change that caused it rolls back', async () => {
    useEmailSettings(smtpOn);
    const someone = await createUser(owner.db, council, ['iro']);
    await expect(
      inOrganisation(app.db, { organisationId: council.id }, async (tx) => {
        await notify(tx, { ...notice(), userId: someone.id });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const notices = await owner.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', someone.id)
      .execute();
    expect(notices).toEqual([]);
    expect(await outboxFor(someone.id)).toEqual([]);
  });

  it('keeps a notice in Kindred only when email is off or the person chose not to', async () => {
    const someone = await createUser(owner.db, council, ['social_worker']);
    useEmailSettings(testConfig().email);
    const off = await inOrganisation(app.db, { organisationId: council.id }, (tx) =>
      notify(tx, { ...notice(), userId: someone.id }),
    );
    expect(off).toMatchObject({ email: 'email-off', noticeId: expect.any(String) });

    useEmailSettings(smtpOn);
    await owner.db
      .insertInto('notification_preferences')
      .values({
        organisation_id: council.id,
        user_id: someone.id,
        kind: 'deadline_missed',
        by_email: false,
      })
      .execute();
    const unwanted = await inOrganisation(app.db, { organisationId: council.id }, (tx) =>
      notify(tx, { ...notice(), userId: someone.id }),
    );
    expect(unwanted.email).toBe('not-wanted');
    expect(await outboxFor(someone.id)).toEqual([]);
  });

  it('adds a notice once for one dedupe key, however often a job runs', async () => {
    useEmailSettings(smtpOn);
    const someone = await createUser(owner.db, council, ['practice_manager']);
    const once = { ...notice(), userId: someone.id, dedupeKey: 'plan-overdue:123:2026-12-02' };
    for (let run = 0; run < 3; run += 1) {
      await inOrganisation(app.db, { organisationId: council.id }, (tx) => notify(tx, once));
    }
    const notices = await owner.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', someone.id)
      .execute();
    expect(notices).toHaveLength(1);
    expect(await outboxFor(someone.id)).toHaveLength(1);
  });
});
