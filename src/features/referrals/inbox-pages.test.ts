import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../tests/support/agent.ts';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { pageText, signedInAs } from '../children/children-test-support.ts';

/** The team inbox in pages of 50, in its order, with the filters kept in the page links. */

let context: TestContext;
let manager: TestAgent;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.ownerDb.db;
  const council = await createOrganisation(db, 'Inboxshire Council');
  const referrer = await createUser(db, council, ['social_worker']);
  // 55 waiting Lifelong Links referrals, submitted one a day (number 1 the longest ago), and
  // 3 FGC ones; 2 accepted, decided on different days.
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id, submitted_at)
    select ${council.id}::uuid, 'LL-2026-' || lpad(n::text, 4, '0'), 'lifelong_links', 'submitted',
           ${referrer.id}::uuid, timestamptz '2026-01-01 09:00Z' + n * interval '1 day'
    from generate_series(1, 55) n`.execute(db);
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id, submitted_at)
    select ${council.id}::uuid, 'FGC-2026-' || lpad(n::text, 4, '0'), 'fgc', 'submitted',
           ${referrer.id}::uuid, timestamptz '2026-03-01 09:00Z' + n * interval '1 day'
    from generate_series(1, 3) n`.execute(db);
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id, submitted_at, decided_at)
    values (${council.id}::uuid, 'LL-2026-0901', 'lifelong_links', 'accepted', ${referrer.id}::uuid, '2026-01-01', '2026-02-01'),
           (${council.id}::uuid, 'LL-2026-0902', 'lifelong_links', 'accepted', ${referrer.id}::uuid, '2026-01-01', '2026-02-05')`.execute(
    db,
  );
  manager = await signedInAs(context.app, await createUser(db, council, ['team_manager']));
}, 120_000);
afterAll(() => context.close());

const references = (body: string) =>
  [...body.matchAll(/>((?:LL|FGC)-2026-\d{4})</g)].map((m) => m[1]);
const link = (body: string, rel: 'prev' | 'next') =>
  new RegExp(`href="([^"]+)" rel="${rel}"`).exec(body)?.[1]?.replaceAll('&amp;', '&');

describe('the team inbox in pages', () => {
  it('shows the longest-waiting referrals first, 50 to a page, with the filter kept', async () => {
    const first = await manager.get('/inbox?status=waiting&kind=lifelong_links');
    const firstPage = references(first.body);
    expect(firstPage).toHaveLength(50);
    expect(firstPage[0]).toBe('LL-2026-0001');
    expect(firstPage[49]).toBe('LL-2026-0050');
    expect(link(first.body, 'prev')).toBeUndefined();

    const next = link(first.body, 'next') ?? '';
    expect(next).toContain('kind=lifelong_links');
    expect(next).toContain('status=waiting');
    const last = await manager.get(next);
    expect(references(last.body)).toEqual([
      'LL-2026-0051',
      'LL-2026-0052',
      'LL-2026-0053',
      'LL-2026-0054',
      'LL-2026-0055',
    ]);
    expect(link(last.body, 'next')).toBeUndefined();

    const back = await manager.get(link(last.body, 'prev') ?? '');
    expect(references(back.body)).toEqual(firstPage);
  });

  it('first shows everything waiting for the manager: a decision or a coordinator', async () => {
    const toDo = references((await manager.get('/inbox?kind=lifelong_links')).body);
    expect(toDo).toHaveLength(50);
    // The two accepted referrals have no coordinator yet and were submitted first (on the same
    // day, so either may lead), then the longest-waiting decision.
    expect(toDo.slice(0, 2).sort()).toEqual(['LL-2026-0901', 'LL-2026-0902']);
    expect(toDo[2]).toBe('LL-2026-0001');
  });

  it('lists decided referrals newest decision first, and counts a short list', async () => {
    const accepted = await manager.get('/inbox?status=accepted');
    expect(references(accepted.body)).toEqual(['LL-2026-0902', 'LL-2026-0901']);
    expect(pageText(accepted.body)).toContain('Accepted (2)');
    expect(link(accepted.body, 'next')).toBeUndefined();
  });

  it('says how many are waiting on the home page', async () => {
    expect(pageText((await manager.get('/')).body)).toContain('58 referrals are waiting');
  });
});
