import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { inOrganisation } from '../../db/database.ts';
import { notify } from './notify.service.ts';

let context: TestContext;
let council: TestOrganisation;
let coordinator: TestUser;
let colleague: TestUser;
let statements = 0;

async function give(user: TestUser, subject: string, link = '/journeys') {
  const result = await inOrganisation(context.appDb.db, { organisationId: council.id }, (tx) =>
    notify(tx, {
      organisationId: council.id,
      userId: user.id,
      kind: 'deadline_reminder',
      subject,
      link,
    }),
  );
  return result.noticeId ?? '';
}

function unreadInHeader(body: string): string | null {
  return /Notifications <span class="kindred-unread-count">(\d+\+?)<span/.exec(body)?.[1] ?? null;
}

beforeAll(async () => {
  context = await createTestContext();
  // Count the statements the app sends, to see what the header's count costs.
  context.appDb.pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  council = await createOrganisation(context.ownerDb.db);
  coordinator = await createUser(context.ownerDb.db, council, ['coordinator']);
  colleague = await createUser(context.ownerDb.db, council, ['coordinator']);
});
afterAll(async () => {
  await context.close();
});

describe('the notification centre', () => {
  it('lists a person’s own notices, newest first, with the unread count in the header', async () => {
    await give(coordinator, 'Planning meeting for Jordan is due in 3 days');
    await give(coordinator, 'The plan for Jordan is overdue');
    await give(colleague, 'A notice for someone else');
    const agent = new TestAgent(context.app);
    await agent.signIn(coordinator.email, coordinator.password);
    const page = await agent.get('/notifications');
    expect(page.statusCode).toBe(200);
    expect(unreadInHeader(page.body)).toBe('2');
    const overdue = page.body.indexOf('The plan for Jordan is overdue');
    const due = page.body.indexOf('Planning meeting for Jordan is due in 3 days');
    expect(overdue).toBeGreaterThan(-1);
    expect(overdue).toBeLessThan(due);
    expect(page.body).not.toContain('A notice for someone else');
    expect(page.body.match(/Not read/g)).toHaveLength(2);
  });

  it('costs no statement of its own: the session check counts the unread notices', async () => {
    const person = await createUser(context.ownerDb.db, council, ['coordinator']);
    await give(person, 'Something to read');
    const agent = new TestAgent(context.app);
    await agent.signIn(person.email, person.password);
    statements = 0;
    const page = await agent.get('/privacy');
    expect(unreadInHeader(page.body)).toBe('1');
    expect(statements).toBe(1);
  });

  it('opens a notice at its record, marks it read, and the count drops', async () => {
    const person = await createUser(context.ownerDb.db, council, ['iro']);
    const noticeId = await give(person, 'Turning 15 list for December', '/children');
    await give(person, 'Another notice');
    const agent = new TestAgent(context.app);
    await agent.signIn(person.email, person.password);
    expect(unreadInHeader((await agent.get('/')).body)).toBe('2');
    const opened = await agent.get(`/notifications/${noticeId}/open`);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/children');
    expect(unreadInHeader((await agent.get('/')).body)).toBe('1');
  });

  it('never opens or marks someone else’s notice', async () => {
    const theirs = await give(colleague, 'Only for the colleague');
    const agent = new TestAgent(context.app);
    await agent.signIn(coordinator.email, coordinator.password);
    expect((await agent.get(`/notifications/${theirs}/open`)).statusCode).toBe(404);
    expect((await agent.post(`/notifications/${theirs}/read`, {})).statusCode).toBe(404);
    const read = await context.ownerDb.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', theirs)
      .executeTakeFirstOrThrow();
    expect(read.read_at).toBeNull();
  });

  it('marks one, then all, as read without JavaScript, and says so', async () => {
    const person = await createUser(context.ownerDb.db, council, ['social_worker']);
    const first = await give(person, 'First');
    await give(person, 'Second');
    await give(person, 'Third');
    const agent = new TestAgent(context.app);
    await agent.signIn(person.email, person.password);
    await agent.get('/notifications');
    const one = await agent.post(`/notifications/${first}/read`, {});
    expect(one.headers.location).toBe('/notifications?done=read');
    const afterOne = await agent.get('/notifications?done=read');
    expect(afterOne.body).toContain('The notification is marked as read.');
    expect(unreadInHeader(afterOne.body)).toBe('2');
    await agent.post('/notifications/read-all', {});
    const afterAll = await agent.get('/notifications?done=all-read');
    expect(afterAll.body).toContain('All your notifications are marked as read.');
    expect(unreadInHeader(afterAll.body)).toBeNull();
    expect(afterAll.body).not.toContain('Not read');
  });

  it('pages through many notices with no notice twice or missed', async () => {
    const person = await createUser(context.ownerDb.db, council, ['practice_manager']);
    await context.ownerDb.db
      .insertInto('notifications')
      .values(
        Array.from({ length: 45 }, (_, i) => ({
          organisation_id: council.id,
          user_id: person.id,
          kind: 'deadline_reminder',
          subject: `Notice number ${i + 1}.`,
          link: '/journeys',
          // Several in the same instant: the id breaks the tie.
          created_at: new Date(Date.UTC(2026, 10, 1, 9, Math.floor(i / 3))),
        })),
      )
      .execute();
    const agent = new TestAgent(context.app);
    await agent.signIn(person.email, person.password);
    const seen: string[] = [];
    let url: string | null = '/notifications';
    while (url) {
      const page = await agent.get(url);
      const subjects = page.body.matchAll(/kindred-notice__subject"[^>]*>Notice number (\d+)\./g);
      seen.push(...[...subjects].map((m) => m[1] ?? ''));
      const next = /<a[^>]+href="([^"]+)"[^>]*rel="next"/.exec(page.body)?.[1];
      url = next ? next.replaceAll('&amp;', '&') : null;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect(unreadInHeader((await agent.get('/')).body)).toBe('45');
  });

  it('keeps each person’s email choices, and refuses a kind that does not exist', async () => {
    const person = await createUser(context.ownerDb.db, council, ['team_manager']);
    const agent = new TestAgent(context.app);
    await agent.signIn(person.email, person.password);
    const form = await agent.get('/notifications/preferences');
    expect(form.body).toContain('Kindred does not send emails at the moment');
    const saved = await agent.post('/notifications/preferences', {
      byEmail: ['safety_concern', 'deadline_missed'],
    });
    expect(saved.headers.location).toBe('/notifications?done=preferences-saved');
    const choices = await context.ownerDb.db
      .selectFrom('notification_preferences')
      .select(['kind', 'by_email'])
      .where('user_id', '=', person.id)
      .where('by_email', '=', true)
      .orderBy('kind')
      .execute();
    expect(choices.map((c) => c.kind)).toEqual(['deadline_missed', 'safety_concern']);

    const refused = await agent.post('/notifications/preferences', { byEmail: 'sms_everything' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('Choose from the kinds of notification listed');
  });
});
