import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { atDiscovery } from './discovery-test-support.ts';

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

const SEARCH = {
  ...dateFields('searchedOn', '2026-03-05'),
  source: 'electoral_roll',
  terms: 'Joanne Rivers, Leeds',
  result: 'One match in Headingley, 2019 register',
  lawfulBasis: 'DPIA-2026-014',
  safeToShare: 'no',
};

describe('the online search log', () => {
  it('logs a search on the journey; the referrer sees that it was done, not what was found', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const logged = await coordinator.post(`/journeys/${journeyId}/discovery/searches/new`, SEARCH);
    expect(logged.statusCode).toBe(303);
    const log = await coordinator.get(
      `/journeys/${journeyId}/discovery/searches?notice=search-logged`,
    );
    expect(log.body).toContain('The online search has been logged.');
    expect(log.body).toContain('Joanne Rivers, Leeds');
    expect(log.body).toContain('One match in Headingley');
    expect(log.body).toContain('Electoral roll');
    expect(log.body).toContain('DPIA-2026-014');
    expect(log.body).toContain('Cara Coordinator');

    const referrer = await signedIn(context.app, cast.referrer);
    const theirs = await referrer.get(`/journeys/${journeyId}/discovery/searches`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).toContain('DPIA-2026-014');
    expect(theirs.body).not.toContain('Joanne Rivers');
    expect(theirs.body).not.toContain('Headingley');
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toEqual(
      expect.arrayContaining(['online-search.logged', 'online-searches.viewed']),
    );
  });

  it('refuses a search without its source, terms, result or lawful basis, writing nothing', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const bad = await coordinator.post(`/journeys/${journeyId}/discovery/searches/new`, {
      ...dateFields('searchedOn', '2026-03-05'),
      terms: 'Kept terms',
    });
    expect(bad.statusCode).toBe(400);
    for (const message of [
      'Select where you searched',
      'Enter what the search found, or that it found nothing',
      'Enter the lawful basis reference',
      'Select yes if the result is safe to share with the young person',
    ]) {
      expect(bad.body).toContain(message);
    }
    expect(bad.body).toContain('Kept terms');
    const rows = await context.ownerDb.db
      .selectFrom('online_searches')
      .select('id')
      .where('journey_id', '=', journeyId)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('shows the team manager every search of the team, newest first, a page at a time and searchable', async () => {
    const { context, cast } = setup;
    const first = await arrangeJourney(context.ownerDb.db, cast);
    const second = await arrangeJourney(context.ownerDb.db, cast, {
      coordinator: cast.otherCoordinator,
    });
    const rows = [];
    for (let day = 1; day <= 27; day += 1) {
      rows.push({
        organisation_id: cast.organisation.id,
        journey_id: day % 2 ? first.journeyId : second.journeyId,
        searched_by: day % 2 ? cast.coordinator.id : cast.otherCoordinator.id,
        searched_on: `2026-01-${String(day).padStart(2, '0')}`,
        source: 'genealogy' as const,
        terms: day === 27 ? 'Zebedee Quill' : `Search number ${day}`,
        result: 'Nothing found',
        lawful_basis: 'DPIA-1',
        safe_to_share: true,
      });
    }
    await context.ownerDb.db.insertInto('online_searches').values(rows).execute();
    const manager = await signedIn(context.app, cast.manager);
    const page = await manager.get('/searches');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Zebedee Quill');
    expect(page.body).toContain(first.reference);
    expect(page.body).toContain(second.reference);
    expect(page.body).toContain('Olly Othercoordinator');
    expect(page.body).not.toContain('Search number 1<');
    const next = /href="(\/searches\?after=[^"]+)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toBeDefined();
    const second_page = await manager.get(next ?? '');
    expect(second_page.body).toContain('Search number 1<');
    expect(second_page.body).not.toContain('Zebedee Quill');

    const found = await manager.get('/searches?q=zebedee');
    expect(found.body).toContain('Zebedee Quill');
    expect(found.body).not.toContain('Search number 2<');
    const none = await manager.get('/searches?q=nobody-at-all');
    expect(none.body).toContain('No searches match');

    const coordinator = await signedIn(context.app, cast.coordinator);
    expect((await coordinator.get('/searches')).statusCode).toBe(403);
  });
});
