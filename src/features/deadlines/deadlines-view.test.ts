import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../tests/support/agent.ts';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { type CastApp, createCastApp, signedIn } from '../journeys/journeys-test-support.ts';

/**
 * The team's due-and-overdue view in pages (ADR 0035): 110 journeys' kept deadlines, a referral
 * waiting for a decision and a supervision date to look again, walked page by page in each order.
 */

let setup: CastApp;
let manager: TestAgent;
const today = todayInLondon();
const JOURNEYS = 110;

interface Row {
  href: string;
  names: string;
  what: string;
  dueOn: string;
  owner: string;
}

const ROW =
  /<th scope="row" class="govuk-table__header">\s*<a class="govuk-link" href="([^"]+)">([^<]+)<\/a>[\s\S]*?<\/th>\s*<td class="govuk-table__cell">([^<]+)<\/td>\s*<td class="govuk-table__cell kindred-nowrap">([^<]+)<\/td>\s*<td class="govuk-table__cell">([^<]+)<\/td>/g;

function rowsOf(body: string): Row[] {
  return [...body.matchAll(ROW)].map(([, href, names, what, dueOn, owner]) => ({
    href: href ?? '',
    names: names ?? '',
    what: what ?? '',
    dueOn: dueOn ?? '',
    owner: owner ?? '',
  }));
}

function link(body: string, rel: 'next' | 'prev'): string | null {
  const found = body.match(new RegExp(`href="([^"]+)" rel="${rel}"`));
  return found?.[1] ? found[1].replaceAll('&amp;', '&') : null;
}

/** Every page from `start`, following one kind of link. */
async function walk(start: string, rel: 'next' | 'prev'): Promise<Row[][]> {
  const pages: Row[][] = [];
  let address: string | null = start;
  while (address && pages.length < 10) {
    const response = await manager.get(address);
    expect(response.statusCode).toBe(200);
    pages.push(rowsOf(response.body));
    address = link(response.body, rel);
  }
  return pages;
}

const time = (dueOn: string) => Date.parse(`${dueOn} UTC`);
const identity = (row: Row) => `${row.href} ${row.what}`;

beforeAll(async () => {
  setup = await createCastApp();
  manager = await signedIn(setup.context.app, setup.cast.manager);
  const { cast } = setup;
  const organisationId = cast.organisation.id;
  const db = setup.context.ownerDb.db;
  await sql`insert into children (organisation_id, first_name, last_name, date_of_birth,
      looked_after, case_record_id)
    select ${organisationId}::uuid, 'Kid' || lpad(n::text, 3, '0'), 'Pager',
      date '2011-01-01' + n, true, 'PAGER-' || n
    from generate_series(1, ${JOURNEYS}) n`.execute(db);
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id,
      referrer_role, coordinator_id, matched_by, decided_by, submitted_at, decided_at)
    select ${organisationId}::uuid, 'LL-P' || n, 'lifelong_links', 'accepted',
      ${cast.referrer.id}::uuid, 'social_worker',
      case when n % 3 = 0 then ${cast.otherCoordinator.id}::uuid else ${cast.coordinator.id}::uuid end,
      ${cast.manager.id}::uuid, ${cast.manager.id}::uuid, now(), now()
    from generate_series(1, ${JOURNEYS}) n`.execute(db);
  await sql`insert into referral_children (organisation_id, referral_id, child_id)
    select r.organisation_id, r.id, c.id from referrals r
      join children c on c.organisation_id = r.organisation_id
        and c.case_record_id = 'PAGER-' || substr(r.reference, 5)
    where r.organisation_id = ${organisationId}::uuid`.execute(db);
  // Dates from ten days ago to a month ahead, many shared by several journeys.
  await sql`insert into journeys (organisation_id, referral_id, kind, stage, coordinator_id,
      consent_reconfirmation_due)
    select r.organisation_id, r.id, 'lifelong_links', 3, r.coordinator_id,
      current_date + (substr(r.reference, 5)::int * 7 % 40 - 10)
    from referrals r where r.organisation_id = ${organisationId}::uuid`.execute(db);
  // A referral waiting for the team's decision, and a supervision date to look again.
  const [waitingChild, laterChild] = await db
    .insertInto('children')
    .values([
      {
        organisation_id: organisationId,
        first_name: 'Aaron',
        last_name: 'Waiting',
        date_of_birth: '2011-02-02',
        looked_after: true,
      },
      {
        organisation_id: organisationId,
        first_name: 'Zara',
        last_name: 'Later',
        date_of_birth: '2010-03-03',
        looked_after: true,
      },
    ])
    .returning('id')
    .execute();
  const waiting = await db
    .insertInto('referrals')
    .values({
      organisation_id: organisationId,
      reference: 'LL-WAIT',
      kind: 'lifelong_links',
      status: 'submitted',
      referrer_id: cast.referrer.id,
      referrer_role: 'social_worker',
      submitted_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('referral_children')
    .values({
      organisation_id: organisationId,
      referral_id: waiting.id,
      child_id: waitingChild?.id ?? '',
    })
    .execute();
  await db
    .insertInto('supervision_decisions')
    .values({
      organisation_id: organisationId,
      child_id: laterChild?.id ?? '',
      reason: 'later',
      discussed_on: addDays(today, -30),
      look_again_on: addDays(today, 3),
      recorded_by: cast.practiceManager.id,
    })
    .execute();
});
afterAll(() => setup.context.close());

describe('the team’s due and overdue view, in pages', () => {
  const orders: Array<{
    sort: string;
    order: 'asc' | 'desc';
    inOrder: (a: Row, b: Row) => boolean;
  }> = [
    { sort: 'due', order: 'asc', inOrder: (a, b) => time(a.dueOn) <= time(b.dueOn) },
    { sort: 'due', order: 'desc', inOrder: (a, b) => time(a.dueOn) >= time(b.dueOn) },
    { sort: 'what', order: 'asc', inOrder: (a, b) => a.what.toLowerCase() <= b.what.toLowerCase() },
    {
      sort: 'name',
      order: 'asc',
      inOrder: (a, b) => a.names.toLowerCase() <= b.names.toLowerCase(),
    },
    {
      sort: 'name',
      order: 'desc',
      inOrder: (a, b) => a.names.toLowerCase() >= b.names.toLowerCase(),
    },
    {
      sort: 'owner',
      order: 'asc',
      inOrder: (a, b) => a.owner.toLowerCase() <= b.owner.toLowerCase(),
    },
  ];

  for (const { sort, order, inOrder } of orders) {
    it(`shows every deadline once, in order, forwards and back (by ${sort}, ${order})`, async () => {
      const forwards = await walk(`/deadlines?sort=${sort}&order=${order}`, 'next');
      expect(forwards.map((page) => page.length)).toEqual([50, 50, 12]);
      const rows = forwards.flat();
      expect(new Set(rows.map(identity)).size).toBe(JOURNEYS + 2);
      for (let at = 1; at < rows.length; at += 1) {
        const [before, after] = [rows[at - 1], rows[at]];
        if (before && after && !inOrder(before, after)) {
          expect.fail(
            `${before.names} (${before.dueOn}) came before ${after.names} (${after.dueOn})`,
          );
        }
      }
      expect(rows.map((row) => row.names)).toContain('Aaron Waiting');
      expect(rows.map((row) => row.names)).toContain('Zara Later');

      // Back from the last page: the same pages, last first.
      const response = await manager.get(`/deadlines?sort=${sort}&order=${order}`);
      const second = link(response.body, 'next') ?? '';
      const third = link((await manager.get(second)).body, 'next') ?? '';
      const backwards = await walk(third, 'prev');
      expect(backwards.map((page) => page.map(identity))).toEqual(
        forwards.map((page) => page.map(identity)).reverse(),
      );
    });
  }

  it('counts every open deadline and the overdue ones, and keeps each coordinator to their own', async () => {
    const first = await manager.get('/deadlines');
    const overdue = rowsOf(first.body).filter((row) => time(row.dueOn) < time(today)).length;
    expect(first.body).toContain(`${overdue} of ${JOURNEYS + 2} deadlines are overdue.`);
    const coordinator = await signedIn(setup.context.app, setup.cast.otherCoordinator);
    const theirs = await coordinator.get('/deadlines');
    // Every third journey is theirs: 36 of the 110, with no referral or supervision date.
    expect(theirs.body).toContain('of 36 deadlines are overdue.');
    expect(theirs.body).not.toContain('Aaron Waiting');
  });

  it('starts at the first page when the address holds a key it cannot read', async () => {
    const badKey = Buffer.from(JSON.stringify(['', 'not a date', 'x'])).toString('base64url');
    const response = await manager.get(`/deadlines?after=${badKey}`);
    expect(response.statusCode).toBe(200);
    expect(rowsOf(response.body)).toHaveLength(50);
    expect(link(response.body, 'prev')).toBeNull();
  });
});
