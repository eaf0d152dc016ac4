import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../tests/support/agent.ts';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { pageText, signedInAs } from '../children/children-test-support.ts';

/** The referrer's own referrals in pages of 50: drafts first, then the latest change first. */

let context: TestContext;
let referrer: TestAgent;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.ownerDb.db;
  const council = await createOrganisation(db, 'Referrershire Council');
  const socialWorker = await createUser(db, council, ['social_worker']);
  const colleague = await createUser(db, council, ['social_worker']);
  // 5 drafts and 113 submitted referrals, each changed a day after the one before.
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id, submitted_at, updated_at)
    select ${council.id}::uuid, 'LL-2026-' || lpad(n::text, 4, '0'), 'lifelong_links',
           case when n <= 5 then 'draft' else 'submitted' end, ${socialWorker.id}::uuid,
           case when n > 5 then timestamptz '2026-01-01 09:00Z' + n * interval '1 day' end,
           timestamptz '2026-01-01 09:00Z' + n * interval '1 day'
    from generate_series(1, 118) n`.execute(db);
  // Two referrals about children whose names have an apostrophe and accents, changed earliest.
  await sql`with made as (
      select * from (values ('LL-2026-0901', 'Niamh', 'O''Brien'), ('LL-2026-0902', 'Zoë', 'Ångström'))
        as v(reference, first_name, last_name)),
    referral as (
      insert into referrals (organisation_id, reference, kind, status, referrer_id, submitted_at, updated_at)
      select ${council.id}::uuid, reference, 'lifelong_links', 'submitted', ${socialWorker.id}::uuid,
             timestamptz '2025-01-01 09:00Z', timestamptz '2025-01-01 09:00Z'
      from made returning id, reference),
    child as (
      insert into children (organisation_id, first_name, last_name, date_of_birth)
      select ${council.id}::uuid, first_name, last_name, date '2012-05-05' from made
      returning id, first_name)
    insert into referral_children (organisation_id, referral_id, child_id)
    select ${council.id}::uuid, referral.id, child.id from made
      join referral using (reference) join child using (first_name)`.execute(db);
  // Someone else's referral is never in this list.
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id)
    values (${council.id}::uuid, 'LL-2026-0999', 'lifelong_links', 'draft', ${colleague.id}::uuid)`.execute(
    db,
  );
  referrer = await signedInAs(context.app, socialWorker);
}, 120_000);
afterAll(() => context.close());

const references = (body: string) =>
  [...body.matchAll(/>((?:LL|FGC)-2026-\d{4})</g)].map((match) => match[1]);
const link = (body: string, rel: 'prev' | 'next') =>
  new RegExp(`href="([^"]+)" rel="${rel}"`).exec(body)?.[1]?.replaceAll('&amp;', '&');
const numbered = (n: number) => `LL-2026-${String(n).padStart(4, '0')}`;

describe('your referrals in pages', () => {
  it('walks from the first page to the last and back, drafts first, each referral once', async () => {
    const first = await referrer.get('/referrals');
    expect(pageText(first.body)).toContain('120 referrals, drafts first');
    const firstPage = references(first.body);
    expect(firstPage).toHaveLength(50);
    expect(firstPage.slice(0, 6)).toEqual([5, 4, 3, 2, 1, 118].map(numbered));
    expect(link(first.body, 'prev')).toBeUndefined();

    const middle = await referrer.get(link(first.body, 'next') ?? '');
    const middlePage = references(middle.body);
    expect(middlePage).toHaveLength(50);
    expect(pageText(middle.body)).toContain('Back to the first page');

    const last = await referrer.get(link(middle.body, 'next') ?? '');
    const lastPage = references(last.body);
    expect(lastPage).toHaveLength(20);
    expect(link(last.body, 'next')).toBeUndefined();
    expect(lastPage.slice(-2).sort()).toEqual(['LL-2026-0901', 'LL-2026-0902']);

    const everyone = [...firstPage, ...middlePage, ...lastPage];
    expect(new Set(everyone).size).toBe(120);
    expect(everyone).not.toContain('LL-2026-0999');

    const back = await referrer.get(link(last.body, 'prev') ?? '');
    expect(references(back.body)).toEqual(middlePage);
  });

  it('finds a referral by a child’s name whatever its accents, or by its reference', async () => {
    for (const typed of ['zoe', 'Ångström', "o'brien"]) {
      const found = await referrer.get(`/referrals?q=${encodeURIComponent(typed)}`);
      expect(references(found.body), typed).toHaveLength(1);
      expect(pageText(found.body), typed).toContain('1 referral matches');
    }
    const byReference = await referrer.get('/referrals?q=LL-2026-011');
    expect(references(byReference.body)).toEqual(
      [118, 117, 116, 115, 114, 113, 112, 111, 110].map(numbered),
    );
    const none = await referrer.get('/referrals?q=Nobody');
    expect(pageText(none.body)).toContain('None of your referrals match');
  });

  it('shows an empty list with what to do next, and no pages', async () => {
    const db = context.ownerDb.db;
    const empty = await createOrganisation(db, 'Quietshire Council');
    const agent = await signedInAs(context.app, await createUser(db, empty, ['social_worker']));
    const body = (await agent.get('/referrals')).body;
    expect(pageText(body)).toContain('You have not made any referrals yet');
    expect(link(body, 'next')).toBeUndefined();
  });

  it('counts the referrer’s drafts and submitted referrals on the home page', async () => {
    const home = pageText((await referrer.get('/')).body);
    expect(home).toContain('You have 5 drafts to finish, 115 referrals waiting for a decision');
  });
});
