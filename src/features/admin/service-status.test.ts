import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';

let context: TestContext;
let council: TestOrganisation;
let administrator: TestUser;

async function failedEmail(organisation: TestOrganisation, user: TestUser, error: string) {
  const owner = context.ownerDb.db;
  const notice = await owner
    .insertInto('notifications')
    .values({
      organisation_id: organisation.id,
      user_id: user.id,
      kind: 'safety_concern',
      subject: 'A safety concern',
      link: '/',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('outbox_messages')
    .values({
      organisation_id: organisation.id,
      notification_id: notice.id,
      user_id: user.id,
      kind: 'safety_concern',
      to_address: user.email,
      status: 'failed',
      attempts: 5,
      last_error: error,
      failed_at: new Date(),
    })
    .execute();
}

beforeAll(async () => {
  context = await createTestContext({ EMAIL_PROVIDER: 'smtp', SMTP_HOST: 'mail.example' });
  council = await createOrganisation(context.ownerDb.db);
  administrator = await createUser(context.ownerDb.db, council, ['administrator']);
});
afterAll(async () => {
  await context.close();
});

describe('the administrator’s email page', () => {
  it('says email is off and why, names who email cannot reach, and lists failed emails', async () => {
    const coordinator = await createUser(context.ownerDb.db, council, ['coordinator'], {
      displayName: 'Cara Failed-Email',
    });
    await createUser(context.ownerDb.db, council, ['iro'], {
      email: 'no address',
      displayName: 'Ivo Noaddress',
    });
    await failedEmail(council, coordinator, 'SendRefused: The mail server refused the email (550)');
    const abroad = await createOrganisation(context.ownerDb.db);
    const stranger = await createUser(context.ownerDb.db, abroad, ['coordinator'], {
      displayName: 'Stranger Abroad',
    });
    await failedEmail(abroad, stranger, 'SendRefused: abroad');

    const agent = new TestAgent(context.app);
    await agent.signIn(administrator.email, administrator.password);
    const page = await agent.get('/admin/email');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Email is off');
    expect(page.body).toContain('EMAIL_FROM is not set');
    expect(page.body).toContain('Ivo Noaddress');
    expect(page.body).not.toContain('>Cara Failed-Email</a>');
    expect(page.body).toContain(`Cara Failed-Email (${coordinator.email})`);
    expect(page.body).toContain('The mail server refused the email (550)');
    expect(page.body).toContain('Safety concerns');
    expect(page.body).not.toContain('Stranger Abroad');
  });
});

describe('the jobs log', () => {
  it('shows the organisation’s runs and the service’s, with failures', async () => {
    await sql`select kindred_job_run_record(${council.id}::uuid, 'send-email', '41', 2,
        now(), 'failed', 'SendRefused: Notify refused the email (status 500)')`.execute(
      context.ownerDb.db,
    );
    await sql`select kindred_job_run_record(null, 'outbox-sweep', '42', 1, now(), 'succeeded',
        null)`.execute(context.ownerDb.db);
    const abroad = await createOrganisation(context.ownerDb.db);
    await sql`select kindred_job_run_record(${abroad.id}::uuid, 'send-email', '43', 1, now(),
        'failed', 'an error abroad')`.execute(context.ownerDb.db);

    const agent = new TestAgent(context.app);
    await agent.signIn(administrator.email, administrator.password);
    const all = await agent.get('/admin/jobs');
    expect(all.body).toContain('Notify refused the email (status 500)');
    expect(all.body).toContain('outbox-sweep');
    expect(all.body).not.toContain('an error abroad');
    const failures = await agent.get('/admin/jobs?failed=yes');
    expect(failures.body).toContain('Notify refused the email (status 500)');
    expect(failures.body).toContain('Showing failures only');
  });
});
