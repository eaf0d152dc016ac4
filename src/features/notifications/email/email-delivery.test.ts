import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../../tests/support/factories.ts';
import { testConfig } from '../../../../tests/support/test-app.ts';
import { connectDatabase, type DatabaseHandle, inOrganisation } from '../../../db/database.ts';
import { NOTICE_KINDS } from '../../../domain/notice-kinds.ts';
import { eventually, startTestRunner } from '../../../platform/jobs/jobs-test-support.ts';
import { notify } from '../notify.service.ts';
import { useEmailSettings } from './email-settings.ts';
import { NOTIFY_KEY, startNotifyStub, startSmtpServer } from './email-test-servers.ts';

const silent = pino({ level: 'silent' });
const TEMPLATE_ID = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
let owner: DatabaseHandle;
let app: DatabaseHandle;
let council: TestOrganisation;

beforeAll(async () => {
  owner = connectDatabase(inject('ownerUrl'), silent, { max: 2 });
  app = connectDatabase(inject('appUrl'), silent, { max: 2 });
  council = await createOrganisation(owner.db);
});
afterAll(async () => {
  await app.close();
  await owner.close();
});

/** A notice about a young person, for someone who wants this kind by email. */
async function noticeFor(user: TestUser) {
  await inOrganisation(app.db, { organisationId: council.id }, (tx) =>
    notify(tx, {
      organisationId: council.id,
      userId: user.id,
      kind: 'safety_concern',
      subject: 'A safety concern about Jordan Smith',
      body: 'Jordan’s uncle was seen near the school.',
      link: '/journeys/abc',
    }),
  );
}

function messageOf(user: TestUser) {
  return owner.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
}

function settled(user: TestUser) {
  return eventually(
    () => messageOf(user),
    (message) => message.status !== 'pending',
  );
}

describe('email by SMTP', () => {
  it('sends the kind’s words and a sign-in link, and nothing about the young person', async () => {
    const smtp = await startSmtpServer();
    const env = {
      EMAIL_PROVIDER: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      EMAIL_FROM: 'Kindred <kindred@council.example>',
      KINDRED_PUBLIC_URL: 'https://kindred.council.example',
    };
    useEmailSettings(testConfig(env).email);
    const person = await createUser(owner.db, council, ['coordinator']);
    const runner = await startTestRunner(env);
    try {
      await noticeFor(person);
      const message = await settled(person);
      expect(message).toMatchObject({ status: 'sent', provider: 'smtp', attempts: 1 });
    } finally {
      await runner.stop();
      await smtp.close();
    }
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail?.to).toEqual([person.email]);
    expect(mail?.from).toBe('kindred@council.example');
    expect(mail?.raw).toContain(`Subject: ${NOTICE_KINDS.safety_concern.emailSubject}`);
    expect(mail?.raw).toContain('https://kindred.council.example/notifications');
    expect(mail?.raw).not.toMatch(/Jordan|uncle|school/);
  });

  it('tries again after a refusal, then keeps the message as failed for administrators', async () => {
    const smtp = await startSmtpServer({
      refuseWith: () => ({ code: 451, message: 'Try again later' }),
    });
    const env = {
      EMAIL_PROVIDER: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      EMAIL_FROM: 'kindred@council.example',
      EMAIL_MAX_ATTEMPTS: '3',
      EMAIL_RETRY_SECONDS: '0',
    };
    useEmailSettings(testConfig(env).email);
    const person = await createUser(owner.db, council, ['iro']);
    const runner = await startTestRunner(env);
    let message: Awaited<ReturnType<typeof messageOf>>;
    try {
      await noticeFor(person);
      message = await settled(person);
    } finally {
      await runner.stop();
      await smtp.close();
    }
    expect(smtp.refusals()).toBe(3);
    expect(smtp.received).toEqual([]);
    expect(message).toMatchObject({ status: 'failed', attempts: 3 });
    expect(message.failed_at).not.toBeNull();
    expect(message.last_error).toContain('Try again later');
    expect(message.last_error).not.toContain(person.email);
    // The notice itself is still there for the person.
    const notices = await owner.db
      .selectFrom('notifications')
      .select('subject')
      .where('user_id', '=', person.id)
      .execute();
    expect(notices).toEqual([{ subject: 'A safety concern about Jordan Smith' }]);
  });
});

describe('email by GOV.UK Notify', () => {
  it('sends through Notify’s API with a valid token and the kind’s words only', async () => {
    const stub = await startNotifyStub([201]);
    const env = {
      EMAIL_PROVIDER: 'notify',
      NOTIFY_API_KEY: NOTIFY_KEY,
      NOTIFY_TEMPLATE_ID: TEMPLATE_ID,
      NOTIFY_BASE_URL: stub.baseUrl,
      KINDRED_PUBLIC_URL: 'https://kindred.council.example',
    };
    useEmailSettings(testConfig(env).email);
    const person = await createUser(owner.db, council, ['team_manager']);
    const runner = await startTestRunner(env);
    let message: Awaited<ReturnType<typeof messageOf>>;
    try {
      await noticeFor(person);
      message = await settled(person);
    } finally {
      await runner.stop();
      await stub.close();
    }
    expect(message).toMatchObject({
      status: 'sent',
      provider: 'notify',
      provider_reference: 'notify-1',
    });
    expect(stub.requests).toHaveLength(1);
    const request = stub.requests[0];
    expect(request?.path).toBe('/v2/notifications/email');
    expect(request?.tokenProblem).toBeNull();
    expect(request?.body).toEqual({
      template_id: TEMPLATE_ID,
      email_address: person.email,
      personalisation: {
        subject: NOTICE_KINDS.safety_concern.emailSubject,
        message: NOTICE_KINDS.safety_concern.emailMessage,
        sign_in_link: 'https://kindred.council.example/notifications',
      },
      reference: message.id,
    });
  });

  it('uses the one template for every kind of notice, filled from the kind’s words', async () => {
    const stub = await startNotifyStub([201]);
    const env = {
      EMAIL_PROVIDER: 'notify',
      NOTIFY_API_KEY: NOTIFY_KEY,
      NOTIFY_TEMPLATE_ID: TEMPLATE_ID,
      NOTIFY_BASE_URL: stub.baseUrl,
      KINDRED_PUBLIC_URL: 'https://kindred.council.example',
    };
    useEmailSettings(testConfig(env).email);
    const person = await createUser(owner.db, council, ['coordinator']);
    const runner = await startTestRunner(env);
    try {
      await noticeFor(person);
      await inOrganisation(app.db, { organisationId: council.id }, (tx) =>
        notify(tx, {
          organisationId: council.id,
          userId: person.id,
          kind: 'deadline_missed',
          subject: 'Overdue: Reconfirm consent for Jordan Smith',
          link: '/journeys/abc',
        }),
      );
      await eventually(
        () =>
          owner.db
            .selectFrom('outbox_messages')
            .select('status')
            .where('user_id', '=', person.id)
            .execute(),
        (rows) => rows.length === 2 && rows.every((row) => row.status === 'sent'),
      );
    } finally {
      await runner.stop();
      await stub.close();
    }
    const sent = stub.requests.map(
      (request) => request.body as { template_id: string; personalisation: { subject: string } },
    );
    expect(sent.map((body) => body.template_id)).toEqual([TEMPLATE_ID, TEMPLATE_ID]);
    const byKind = (kind: 'deadline_missed' | 'safety_concern') => ({
      subject: NOTICE_KINDS[kind].emailSubject,
      message: NOTICE_KINDS[kind].emailMessage,
      sign_in_link: 'https://kindred.council.example/notifications',
    });
    expect(
      sent.map((body) => body.personalisation).sort((a, b) => a.subject.localeCompare(b.subject)),
    ).toEqual(
      [byKind('safety_concern'), byKind('deadline_missed')].sort((a, b) =>
        a.subject.localeCompare(b.subject),
      ),
    );
    expect(JSON.stringify(stub.requests)).not.toMatch(/Jordan|uncle|school/);
  });

  it('never loses a refused email: it is kept, tried again and sent', async () => {
    const stub = await startNotifyStub([500, 201]);
    const env = {
      EMAIL_PROVIDER: 'notify',
      NOTIFY_API_KEY: NOTIFY_KEY,
      NOTIFY_TEMPLATE_ID: TEMPLATE_ID,
      NOTIFY_BASE_URL: stub.baseUrl,
      EMAIL_RETRY_SECONDS: '2',
    };
    useEmailSettings(testConfig(env).email);
    const person = await createUser(owner.db, council, ['practice_manager']);
    const runner = await startTestRunner(env);
    try {
      await noticeFor(person);
      // After the refusal: still pending, the reason kept, the next try booked.
      const waiting = await eventually(
        () => messageOf(person),
        (row) => row.attempts === 1,
      );
      expect(waiting).toMatchObject({ status: 'pending' });
      expect(waiting.last_error).toContain('Notify refused the email (status 500');
      expect(waiting.next_attempt_at.getTime()).toBeGreaterThan(waiting.created_at.getTime());
      const sent = await settled(person);
      expect(sent).toMatchObject({ status: 'sent', attempts: 2, provider_reference: 'notify-2' });
    } finally {
      await runner.stop();
      await stub.close();
    }
    expect(stub.requests.map((r) => r.tokenProblem)).toEqual([null, null]);
  });
});
