import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../tests/support/agent.ts';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { createChild, pageText, signedInAs } from './children-test-support.ts';

/** The register in pages of 50: first, middle and last page, searches, and capped counts. */

let context: TestContext;
let manager: TestAgent;

const numbered = (index: number) => `Paging${String(index).padStart(3, '0')}`;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.ownerDb.db;
  const council = await createOrganisation(db, 'Pageshire Council');
  // 118 numbered children plus two whose names have an apostrophe and accents: 120 in all.
  await sql`insert into children (organisation_id, first_name, last_name, date_of_birth, case_record_id)
    select ${council.id}::uuid, 'Child', 'Paging' || lpad(n::text, 3, '0'), date '2012-01-01' + n, 'PG-' || n
    from generate_series(1, 118) n`.execute(db);
  await createChild(db, council.id, {
    first_name: 'Niamh',
    last_name: "O'Brien",
    case_record_id: 'NS-7731',
  });
  await createChild(db, council.id, { first_name: 'Zoë', last_name: 'Ångström' });
  manager = await signedInAs(context.app, await createUser(db, council, ['team_manager']));
}, 120_000);
afterAll(() => context.close());

/** The names in the register's table, in the order shown. */
function namesIn(body: string): string[] {
  return [...body.matchAll(/<th scope="row" class="govuk-table__header">\s*(?:<a[^>]*>)?([^<]+)/g)]
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

describe('the register in pages', () => {
  it('walks from the first page to the last and back, each child once, in name order', async () => {
    const first = await manager.get('/children');
    expect(pageText(first.body)).toContain('120 children and young people');
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
    expect(everyone).toContain("Niamh O'Brien");
    expect(everyone).toContain('Zoë Ångström');
    const numberedOrder = everyone.filter((name) => name.startsWith('Child Paging'));
    expect(numberedOrder).toEqual(
      Array.from({ length: 118 }, (_, index) => `Child ${numbered(index + 1)}`),
    );

    const back = await manager.get(linkTo(last.body, 'Previous page') ?? '');
    expect(namesIn(back.body)).toEqual(middleNames);
    const backToFirst = await manager.get(linkTo(back.body, 'Back to the first page') ?? '');
    expect(namesIn(backToFirst.body)).toEqual(firstNames);
  });

  it('finds a child by part of a name, apostrophes and accents included', async () => {
    const brien = pageText((await manager.get("/children?q=o'bri")).body);
    expect(brien).toContain('1 match');
    expect(brien).toContain("Niamh O'Brien");
    const zoe = pageText((await manager.get(`/children?q=${encodeURIComponent('zoë')}`)).body);
    expect(zoe).toContain('Zoë Ångström');
    expect(zoe).toContain('1 match');
    const twoWords = pageText((await manager.get('/children?q=child+paging11')).body);
    expect(twoWords).toContain('9 matches');
    expect(twoWords).toContain('Child Paging110');
  });

  it('finds a name typed without its accents, and one typed with accents it does not have', async () => {
    for (const typed of ['Zoe', 'ANGSTROM', 'zoe angstr']) {
      const found = pageText((await manager.get(`/children?q=${encodeURIComponent(typed)}`)).body);
      expect(found, typed).toContain('Zoë Ångström');
      expect(found, typed).toContain('1 match');
    }
    const db = context.ownerDb.db;
    const plain = await createOrganisation(db, 'Plainshire Council');
    await createChild(db, plain.id, { first_name: 'Zoe', last_name: 'Renee' });
    const agent = await signedInAs(context.app, await createUser(db, plain, ['team_manager']));
    const found = pageText(
      (await agent.get(`/children?q=${encodeURIComponent('zoë renée')}`)).body,
    );
    expect(found).toContain('Zoe Renee');
    expect(found).toContain('1 match');
  });

  it('finds a child by their exact record ID, and not by part of it', async () => {
    const exact = pageText((await manager.get('/children?q=NS-7731')).body);
    expect(exact).toContain('1 match');
    expect(exact).toContain("Niamh O'Brien");
    const part = pageText((await manager.get('/children?q=NS-773')).body);
    expect(part).toContain('No children or young people match your search');
  });

  it('keeps the search in the next page link', async () => {
    const first = await manager.get('/children?q=paging');
    expect(pageText(first.body)).toContain('118 matches');
    const next = linkTo(first.body, 'Next page') ?? '';
    expect(next).toContain('q=paging');
    const second = await manager.get(next);
    const names = namesIn(second.body);
    expect(names).toHaveLength(50);
    expect(names.every((name) => name.startsWith('Child Paging'))).toBe(true);
    expect(pageText(second.body)).toContain('118 matches');
  });

  it('shows an empty register without pages', async () => {
    const db = context.ownerDb.db;
    const empty = await createOrganisation(db, 'Emptyshire Council');
    const agent = await signedInAs(context.app, await createUser(db, empty, ['team_manager']));
    const body = (await agent.get('/children')).body;
    expect(pageText(body)).toContain('No children or young people yet');
    expect(linkTo(body, 'Next page')).toBeUndefined();
  });

  it('says "more than 1,000" rather than counting a large register to the end', async () => {
    const db = context.ownerDb.db;
    const large = await createOrganisation(db, 'Largeshire Council');
    await sql`insert into children (organisation_id, first_name, last_name, date_of_birth)
      select ${large.id}::uuid, 'Child', 'Large' || n, date '2010-01-01'
      from generate_series(1, 1001) n`.execute(db);
    const agent = await signedInAs(context.app, await createUser(db, large, ['team_manager']));
    const text = pageText((await agent.get('/children')).body);
    expect(text).toContain('More than 1,000 children and young people');
  });
});
