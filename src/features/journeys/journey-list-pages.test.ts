import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../tests/support/agent.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { pageText } from '../children/children-test-support.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
  signedIn,
} from './journeys-test-support.ts';

/** The journeys list in pages of 50: first, middle and last page, searches and the home page. */

let context: TestContext;
let cast: Cast;
let manager: TestAgent;
let niamh: ArrangedCase;

const numbered = (index: number) => `Child Journey${String(index).padStart(3, '0')}`;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.ownerDb.db;
  cast = await createCast(db);
  const organisationId = cast.organisation.id;
  // 118 journeys, each about one child, with a reconfirmation due one day after the other.
  await sql`with made as (
      select n, gen_random_uuid() as child_id, gen_random_uuid() as referral_id
      from generate_series(1, 118) n),
    children_made as (
      insert into children (id, organisation_id, first_name, last_name, date_of_birth)
      select child_id, ${organisationId}::uuid, 'Child', 'Journey' || lpad(n::text, 3, '0'), date '2012-01-01'
      from made),
    referrals_made as (
      insert into referrals (id, organisation_id, reference, kind, status, referrer_id, referrer_role,
        coordinator_id, submitted_at, decided_at)
      select referral_id, ${organisationId}::uuid, 'LL-PAGE-' || n, 'lifelong_links', 'accepted',
        ${cast.referrer.id}::uuid, 'social_worker', ${cast.coordinator.id}::uuid, now(), now()
      from made)
    select 1`.execute(db);
  await sql`insert into referral_children (organisation_id, referral_id, child_id)
    select ${organisationId}::uuid, r.id, c.id from referrals r
    join children c on c.organisation_id = r.organisation_id
      and c.last_name = 'Journey' || lpad(substr(r.reference, 9), 3, '0')
    where r.organisation_id = ${organisationId}::uuid and r.reference like 'LL-PAGE-%'`.execute(db);
  await sql`insert into journeys (organisation_id, referral_id, kind, stage, coordinator_id, consent_reconfirmation_due)
    select organisation_id, id, 'lifelong_links', 3, coordinator_id,
      date '2099-01-01' + substr(reference, 9)::int
    from referrals where organisation_id = ${organisationId}::uuid and reference like 'LL-PAGE-%'`.execute(
    db,
  );
  // Two more with nothing due yet (they come last), whose names have an apostrophe and accents.
  niamh = await arrangeJourney(db, cast, {
    children: [{ firstName: 'Niamh', lastName: "O'Brien" }],
  });
  const zoe = await arrangeJourney(db, cast, {
    children: [{ firstName: 'Zoë', lastName: 'Ångström' }],
  });
  await db
    .updateTable('journeys')
    .set({ consent_reconfirmation_due: null, stage: 3 })
    .where('id', 'in', [niamh.journeyId, zoe.journeyId])
    .execute();
  manager = await signedIn(context.app, cast.manager);
}, 120_000);
afterAll(() => context.close());

/** The young people's names in the list's table, in the order shown. */
function namesIn(body: string): string[] {
  return [...body.matchAll(/<th scope="row" class="govuk-table__header">\s*<a[^>]*>([^<]+)/g)]
    .map((match) => match[1]?.trim() ?? '')
    .map((name) => name.replaceAll('&#39;', "'"));
}

/** A link by what it says: the pagination's previous and next links carry rel="prev" / "next". */
function linkTo(body: string, text: string): string | undefined {
  const rel = { 'Previous page': 'prev', 'Next page': 'next' }[text];
  const pattern = rel
    ? new RegExp(`href="([^"]+)" rel="${rel}"`)
    : new RegExp(`href="([^"]+)">${text}</a>`);
  return pattern.exec(body)?.[1]?.replaceAll('&amp;', '&');
}

describe('the journeys list in pages', () => {
  it('walks from the first page to the last and back, each journey once, soonest due first', async () => {
    const first = await manager.get('/journeys');
    expect(pageText(first.body)).toContain('120 journeys, soonest due first');
    const firstNames = namesIn(first.body);
    expect(firstNames).toHaveLength(50);
    expect(linkTo(first.body, 'Previous page')).toBeUndefined();
    expect(pageText(first.body)).not.toContain('Back to the first page');

    const middle = await manager.get(linkTo(first.body, 'Next page') ?? '');
    const middleNames = namesIn(middle.body);
    expect(middleNames).toHaveLength(50);
    expect(pageText(middle.body)).toContain('Back to the first page');

    const last = await manager.get(linkTo(middle.body, 'Next page') ?? '');
    const lastNames = namesIn(last.body);
    expect(lastNames).toHaveLength(20);
    expect(linkTo(last.body, 'Next page')).toBeUndefined();

    const everyone = [...firstNames, ...middleNames, ...lastNames];
    expect(new Set(everyone).size).toBe(120);
    expect(everyone.slice(0, 118)).toEqual(
      Array.from({ length: 118 }, (_, index) => numbered(index + 1)),
    );
    // Nothing due: last, the older journey first.
    expect(everyone.slice(118)).toEqual(["Niamh O'Brien", 'Zoë Ångström']);

    const back = await manager.get(linkTo(last.body, 'Previous page') ?? '');
    expect(namesIn(back.body)).toEqual(middleNames);
    const backToFirst = await manager.get(linkTo(back.body, 'Back to the first page') ?? '');
    expect(namesIn(backToFirst.body)).toEqual(firstNames);
  });

  it('keeps the filters on every page, and reads a key it cannot use as the first page', async () => {
    const first = await manager.get('/journeys?kind=lifelong_links&stage=3');
    expect(pageText(first.body)).toContain('120 journeys');
    const next = linkTo(first.body, 'Next page') ?? '';
    expect(next).toContain('kind=lifelong_links');
    expect(next).toContain('stage=3');
    expect(namesIn((await manager.get(next)).body)[0]).toBe(numbered(51));
    const made = Buffer.from(JSON.stringify(['soon', 'then', 'x'])).toString('base64url');
    const odd = await manager.get(`/journeys?after=${made}`);
    expect(odd.statusCode).toBe(200);
    expect(namesIn(odd.body)[0]).toBe(numbered(1));
  });

  it('finds a name whatever its accents or apostrophe, and a reference exactly as given', async () => {
    for (const typed of ['Zoe Angstrom', 'zoë', 'ANGSTRÖM']) {
      const found = await manager.get(`/journeys?q=${encodeURIComponent(typed)}`);
      expect(namesIn(found.body), typed).toEqual(['Zoë Ångström']);
      expect(pageText(found.body)).toContain('1 journey, soonest due first');
    }
    const apostrophe = await manager.get(`/journeys?q=${encodeURIComponent("o'brien")}`);
    expect(namesIn(apostrophe.body)).toEqual(["Niamh O'Brien"]);
    const byReference = await manager.get(`/journeys?q=${niamh.reference}`);
    expect(namesIn(byReference.body)).toEqual(["Niamh O'Brien"]);
    const none = await manager.get('/journeys?q=Nobody');
    expect(pageText(none.body)).toContain('No journeys found');
  });

  it('moves a journey up when its planning meeting is booked, and back when it is recorded', async () => {
    const db = context.ownerDb.db;
    await db.updateTable('journeys').set({ stage: 2 }).where('id', '=', niamh.journeyId).execute();
    await db
      .insertInto('planning_meetings')
      .values({
        organisation_id: cast.organisation.id,
        journey_id: niamh.journeyId,
        starts_at: new Date('2030-03-04T10:00:00Z'),
        venue: 'Family centre',
      })
      .execute();
    const booked = await manager.get('/journeys');
    expect(namesIn(booked.body)[0]).toBe("Niamh O'Brien");
    await db
      .updateTable('planning_meetings')
      .set({ recorded_at: new Date() })
      .where('journey_id', '=', niamh.journeyId)
      .execute();
    const recorded = await manager.get('/journeys');
    expect(namesIn(recorded.body)[0]).toBe(numbered(1));
  });

  it('shows an empty list with what happens next, and no pages', async () => {
    const elsewhere = await createCast(context.ownerDb.db);
    const empty = await (await signedIn(context.app, elsewhere.manager)).get('/journeys');
    expect(pageText(empty.body)).toContain('No journeys yet');
    expect(linkTo(empty.body, 'Next page')).toBeUndefined();
  });

  it('counts the open journeys on the home page and shows the most urgent first', async () => {
    const home = await (await signedIn(context.app, cast.coordinator)).get('/');
    const text = pageText(home.body);
    expect(text).toContain('You are coordinating 120 journeys');
    expect(text.indexOf(numbered(1))).toBeLessThan(text.indexOf(numbered(2)));
    expect(text).not.toContain(numbered(6));
    const service = await (await signedIn(context.app, cast.practiceManager)).get('/');
    expect(pageText(service.body)).toContain('120 journeys are open across the service');
  });
});
