import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';

let setup: CastApp;
let fgc: ArrangedCase;
let lifelongLinks: ArrangedCase;

beforeAll(async () => {
  setup = await createCastApp();
  fgc = await arrangeJourney(setup.context.ownerDb.db, setup.cast, { kind: 'fgc' });
  lifelongLinks = await arrangeJourney(setup.context.ownerDb.db, setup.cast);
});
afterAll(() => setup.context.close());

const outcomes = (journeyId: string) =>
  setup.context.ownerDb.db
    .selectFrom('journey_outcomes')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .orderBy('outcome_on')
    .execute();

describe('the outcomes of an FGC journey', () => {
  it('refuses an outcome without a date or in the future, keeping what was chosen', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const href = `/journeys/${fgc.journeyId}/outcomes/new`;
    expect((await coordinator.get(href)).body).toContain('Alternative family carers found');
    const empty = await coordinator.post(href, { outcome: 'stepped_down' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the date of the outcome');
    expect(empty.body).toMatch(/value="stepped_down"\s+checked/);
    const future = await coordinator.post(href, {
      outcome: 'stepped_down',
      ...dateFields('outcomeOn', addDays(todayInLondon(), 3)),
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The date of the outcome must be today or in the past');
    expect(await outcomes(fgc.journeyId)).toHaveLength(0);
  });

  it('records more than one over time and shows them on the case page', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const href = `/journeys/${fgc.journeyId}/outcomes/new`;
    const first = await coordinator.post(href, {
      outcome: 'alternative_carers_found',
      ...dateFields('outcomeOn', addDays(todayInLondon(), -20)),
      notes: 'Her aunt and uncle',
    });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/journeys/${fgc.journeyId}?notice=outcome-recorded`);
    await coordinator.post(href, {
      outcome: 'stepped_down',
      ...dateFields('outcomeOn', todayInLondon()),
    });
    expect((await outcomes(fgc.journeyId)).map((row) => row.outcome)).toEqual([
      'alternative_carers_found',
      'stepped_down',
    ]);
    expect(await journeyAuditActions(setup.context.ownerDb.db, fgc.journeyId)).toContain(
      'journey.outcome-recorded',
    );
    const casePage = await coordinator.get(`/journeys/${fgc.journeyId}?notice=outcome-recorded`);
    expect(casePage.body).toContain('The outcome has been recorded.');
    expect(casePage.body).toContain('Alternative family carers found. Her aunt and uncle');
    expect(casePage.body).toContain('Stepped down');
    // The referrer and the IRO see the outcomes but may not record one.
    for (const reader of [setup.cast.referrer, setup.cast.iro]) {
      const agent = await signedIn(setup.context.app, reader);
      const page = await agent.get(`/journeys/${fgc.journeyId}`);
      expect(page.body).toContain('Alternative family carers found');
      expect(page.body).not.toContain('Record an outcome');
      expect((await agent.post(href, { outcome: 'case_closed' })).statusCode).toBe(403);
    }
  });

  it('is refused for a Lifelong Links journey, which has no FGC outcomes', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const href = `/journeys/${lifelongLinks.journeyId}/outcomes/new`;
    expect((await coordinator.get(href)).body).toContain(
      'Outcomes are recorded for Family Group Conference journeys',
    );
    const refused = await coordinator.post(href, {
      outcome: 'entered_care',
      ...dateFields('outcomeOn', todayInLondon()),
    });
    expect(refused.statusCode).toBe(400);
    expect(await outcomes(lifelongLinks.journeyId)).toHaveLength(0);
    expect((await coordinator.get(`/journeys/${lifelongLinks.journeyId}`)).body).not.toContain(
      'Record an outcome',
    );
  });
});
