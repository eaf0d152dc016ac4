import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import { pageText } from '../children/children-test-support.ts';
import { createSignedInAdministrator, type SignedInAdministrator } from './admin-test-support.ts';

/** The administrators' list of users in pages of 50, by name. */

let setup: SignedInAdministrator;
const numbered = (n: number) => `Paged User ${String(n).padStart(3, '0')}`;

beforeAll(async () => {
  setup = await createSignedInAdministrator();
  const { context, organisation } = setup;
  const db = context.ownerDb.db;
  // 116 more people (with the administrator and two named below: 119 in all).
  await sql`insert into users (organisation_id, team_id, display_name, email, password_hash, roles)
    select ${organisation.id}::uuid, ${organisation.teamId}::uuid, 'Paged User ' || lpad(n::text, 3, '0'),
           'paged.' || n || '.' || ${organisation.id}::text || '@test.kindred.example', 'not-a-hash',
           array['social_worker']
    from generate_series(1, 116) n`.execute(db);
  await createUser(db, organisation, ['iro'], { displayName: "Siobhán O'Neill" });
  await createUser(db, organisation, ['coordinator'], { displayName: 'Zoë Ångström' });
}, 120_000);
afterAll(() => setup.context.close());

function namesIn(body: string): string[] {
  return [...body.matchAll(/<th scope="row" class="govuk-table__header"><a[^>]*>([^<]+)/g)]
    .map((match) => match[1]?.trim() ?? '')
    .map((name) => name.replaceAll('&#39;', "'"));
}
const link = (body: string, rel: 'prev' | 'next') =>
  new RegExp(`href="([^"]+)" rel="${rel}"`).exec(body)?.[1]?.replaceAll('&amp;', '&');

describe('the users list in pages', () => {
  it('walks from the first page to the last and back, in name order, each person once', async () => {
    const { admin } = setup;
    const first = await admin.get('/admin/users');
    expect(pageText(first.body)).toContain('119 users');
    const firstNames = namesIn(first.body);
    expect(firstNames).toHaveLength(50);
    expect(firstNames[0]).toBe('Ada Administrator');
    expect(link(first.body, 'prev')).toBeUndefined();

    const middle = await admin.get(link(first.body, 'next') ?? '');
    const middleNames = namesIn(middle.body);
    expect(middleNames).toHaveLength(50);

    const last = await admin.get(link(middle.body, 'next') ?? '');
    const lastNames = namesIn(last.body);
    expect(lastNames).toHaveLength(19);
    expect(link(last.body, 'next')).toBeUndefined();
    expect(lastNames.slice(-2)).toEqual(["Siobhán O'Neill", 'Zoë Ångström']);

    const everyone = [...firstNames, ...middleNames, ...lastNames];
    expect(new Set(everyone).size).toBe(119);
    expect(everyone.filter((name) => name.startsWith('Paged'))).toEqual(
      Array.from({ length: 116 }, (_, index) => numbered(index + 1)),
    );
    const back = await admin.get(link(last.body, 'prev') ?? '');
    expect(namesIn(back.body)).toEqual(middleNames);
  });

  it('keeps the filters in the page links, and finds names whatever their accents', async () => {
    const { admin } = setup;
    const workers = await admin.get('/admin/users?role=social_worker');
    expect(pageText(workers.body)).toContain('116 users found');
    expect(link(workers.body, 'next')).toContain('role=social_worker');
    for (const typed of ['zoe', 'ANGSTROM', "o'neill", 'Siobhan']) {
      const found = await admin.get(`/admin/users?q=${encodeURIComponent(typed)}`);
      expect(namesIn(found.body), typed).toHaveLength(1);
      expect(pageText(found.body), typed).toContain('1 user found');
    }
  });

  it('shows an organisation with no users but its administrator on one page', async () => {
    const { context } = setup;
    const quiet = await createOrganisation(context.ownerDb.db);
    const only = await createUser(context.ownerDb.db, quiet, ['administrator']);
    const agent = new TestAgent(context.app);
    await agent.signIn(only.email, only.password);
    const body = (await agent.get('/admin/users')).body;
    expect(pageText(body)).toContain('1 user');
    expect(link(body, 'next')).toBeUndefined();
  });
});
