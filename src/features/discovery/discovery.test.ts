import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  journeyRow,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { atDiscovery, recordEveryTool } from './discovery-test-support.ts';

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

const COMPLETED_AND_DISCUSSED = {
  ...dateFields('offeredOn', '2026-03-02'),
  outcome: 'completed',
  discussedWithYoungPerson: 'yes',
  discussedWithProfessionals: 'yes',
  nextSteps: 'Write to Aunt Jo',
};

async function toolRows(journeyId: string) {
  return setup.context.ownerDb.db
    .selectFrom('discovery_tools')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .execute();
}

describe('the discovery tools', () => {
  it('keep a Lifelong Links journey in discovery until every tool is offered and discussed, naming the next', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);

    const casePage = await coordinator.get(`/journeys/${journeyId}`);
    expect(casePage.body).toContain('Offer the timeline tool to the young person');
    expect(casePage.body).toContain(`href="/journeys/${journeyId}/discovery/tools/timeline"`);

    const hub = await coordinator.get(`/journeys/${journeyId}/discovery`);
    expect(hub.statusCode).toBe(200);
    expect(hub.body).toContain('Mobility mapping');
    expect(hub.body.match(/Not offered yet/g)).toHaveLength(6);

    const refused = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '4',
      reason: 'Ready',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Every discovery tool must be offered');
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(3);

    for (const tool of ['timeline', 'chronology', 'genogram', 'online_searches']) {
      const saved = await coordinator.post(
        `/journeys/${journeyId}/discovery/tools/${tool}`,
        COMPLETED_AND_DISCUSSED,
      );
      expect(saved.statusCode).toBe(303);
    }
    // Offered and completed, but its results not yet discussed: still outstanding.
    await coordinator.post(`/journeys/${journeyId}/discovery/tools/mobility_mapping`, {
      ...COMPLETED_AND_DISCUSSED,
      discussedWithYoungPerson: '',
      discussedWithProfessionals: '',
      nextSteps: '',
    });
    await coordinator.post(`/journeys/${journeyId}/discovery/tools/social_connections`, {
      ...dateFields('offeredOn', '2026-03-04'),
      outcome: 'declined',
    });
    const stillDue = await coordinator.get(`/journeys/${journeyId}`);
    expect(stillDue.body).toContain(
      'Discuss the results of the mobility mapping with the young person',
    );
    expect((await coordinator.get(`/journeys/${journeyId}/move`)).body).toContain(
      'Go to the discovery tools',
    );

    await coordinator.post(
      `/journeys/${journeyId}/discovery/tools/mobility_mapping`,
      COMPLETED_AND_DISCUSSED,
    );
    const moved = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '4',
      reason: 'Every tool offered and discussed',
    });
    expect(moved.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(4);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toContain(
      'discovery-tool.recorded',
    );
  });

  it('ask an FGC only for the genogram: its lighter stage 3', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast, { kind: 'fgc' });
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    expect((await coordinator.get(`/journeys/${journeyId}`)).body).toContain(
      'Offer the genogram tool to the young person',
    );
    await recordEveryTool(
      context.ownerDb.db,
      { organisationId: cast.organisation.id, journeyId, userId: cast.coordinator.id },
      ['genogram'],
    );
    const moved = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '4',
      reason: 'Genogram done',
    });
    expect(moved.statusCode).toBe(303);
  });

  it('refuse a bad tool record with the GOV.UK errors, keeping the input and writing nothing', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const bad = await coordinator.post(`/journeys/${journeyId}/discovery/tools/genogram`, {
      ...dateFields('offeredOn', '2099-01-01'),
      outcome: '',
      discussedWithProfessionals: 'yes',
      nextSteps: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toContain('The date the tool was offered must be today or in the past');
    expect(bad.body).toContain(
      'Select whether the young person completed or declined the tool, or not yet',
    );
    expect(bad.body).toContain('Enter the next steps agreed with the social worker and carer');
    expect(bad.body).toContain('value="2099"');
    expect(await toolRows(journeyId)).toHaveLength(0);
    // An unknown tool is not a page.
    expect((await coordinator.get(`/journeys/${journeyId}/discovery/tools/tarot`)).statusCode).toBe(
      404,
    );
  });

  it('are recorded only from stage 3, and shown only to the coordinator, managers and referrer', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast, {
      socialWorker: cast.referrer,
    });
    const coordinator = await signedIn(context.app, cast.coordinator);
    const early = await coordinator.post(
      `/journeys/${journeyId}/discovery/tools/genogram`,
      COMPLETED_AND_DISCUSSED,
    );
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('once the journey has moved on to stage 3, Discovery');
    expect(await toolRows(journeyId)).toHaveLength(0);

    expect(
      (await (await signedIn(context.app, cast.referrer)).get(`/journeys/${journeyId}/discovery`))
        .statusCode,
    ).toBe(200);
    expect(
      (await (await signedIn(context.app, cast.manager)).get(`/journeys/${journeyId}/discovery`))
        .statusCode,
    ).toBe(200);
    // The IRO sees the case, not the discovery work; another coordinator sees neither.
    const iro = await signedIn(context.app, cast.iro);
    expect((await iro.get(`/journeys/${journeyId}`)).statusCode).toBe(200);
    expect((await iro.get(`/journeys/${journeyId}/discovery`)).statusCode).toBe(404);
    const other = await signedIn(context.app, cast.otherCoordinator);
    expect((await other.get(`/journeys/${journeyId}/discovery`)).statusCode).toBe(404);
  });
});

describe('sessions with the young person', () => {
  it('keep their words exactly as said, marked as theirs, in the order the sessions were held', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const words = '  I miss my nan.\nShe made   the best <b>cakes</b>.';
    const later = await coordinator.post(`/journeys/${journeyId}/discovery/sessions/new`, {
      ...dateFields('heldOn', '2026-03-10'),
      place: 'Youth club',
      whoWasThere: 'Jordan and Cara',
      tools: ['timeline', 'mobility_mapping'],
      ownWords: words,
      wantsNext: 'Find my nan',
    });
    expect(later.statusCode).toBe(303);
    expect(later.headers.location).toBe(`/journeys/${journeyId}/discovery?notice=session-recorded`);
    await coordinator.post(`/journeys/${journeyId}/discovery/sessions/new`, {
      ...dateFields('heldOn', '2026-03-03'),
      place: 'School',
      whoWasThere: 'Jordan, Cara and a teacher',
      ownWords: 'First meeting',
    });
    const stored = await context.ownerDb.db
      .selectFrom('young_person_sessions')
      .select(['own_words', 'tools'])
      .where('journey_id', '=', journeyId)
      .where('place', '=', 'Youth club')
      .executeTakeFirstOrThrow();
    expect(stored.own_words).toBe(words);
    expect(stored.tools).toEqual(['timeline', 'mobility_mapping']);

    const hub = await coordinator.get(`/journeys/${journeyId}/discovery?notice=session-recorded`);
    expect(hub.body).toContain('The session with the young person has been recorded.');
    expect(hub.body).toContain('In their own words');
    expect(hub.body).toContain('  I miss my nan.\nShe made   the best &lt;b&gt;cakes&lt;/b&gt;.');
    expect(hub.body.indexOf('School')).toBeLessThan(hub.body.indexOf('Youth club'));
    expect(hub.body).toContain('Timeline, Mobility mapping');
  });

  it('refuse a session with no date, place or people, and a future date', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await atDiscovery(context.ownerDb.db, journeyId);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const bad = await coordinator.post(`/journeys/${journeyId}/discovery/sessions/new`, {
      place: '',
      whoWasThere: '',
      ownWords: 'Kept when refused',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the date of the session');
    expect(bad.body).toContain('Enter where you met');
    expect(bad.body).toContain('Enter who was there');
    expect(bad.body).toContain('Kept when refused');
    const future = await coordinator.post(`/journeys/${journeyId}/discovery/sessions/new`, {
      ...dateFields('heldOn', '2099-03-03'),
      place: 'School',
      whoWasThere: 'Jordan',
    });
    expect(future.body).toContain('The date of the session must be today or in the past');
    const rows = await context.ownerDb.db
      .selectFrom('young_person_sessions')
      .select('id')
      .where('journey_id', '=', journeyId)
      .execute();
    expect(rows).toHaveLength(0);
  });
});
