import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CastAppWithCase,
  createCast,
  createCastAppWithCase,
  journeyAuditActions,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastAppWithCase;

beforeAll(async () => {
  setup = await createCastAppWithCase();
});
afterAll(() => setup.context.close());

describe('the case page', () => {
  it('shows the coordinator the young person, stage, what is due and the history', async () => {
    const { context, cast, arranged } = setup;
    const agent = await signedIn(context.app, cast.coordinator);
    const page = await agent.get(`/journeys/${arranged.journeyId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Jordan Rivers');
    expect(page.body).toContain(`href="/children/${arranged.childIds[0]}"`);
    expect(page.body).toContain(arranged.reference);
    expect(page.body).toContain('Lifelong Links');
    expect(page.body).toContain('Stage 2 of 8: Planning');
    expect(page.body).toContain('Schedule the planning meeting');
    expect(page.body).toMatch(/Consent reconfirmation due \d{1,2} \w+ \d{4}/);
    expect(page.body).toContain('Cara Coordinator');
    expect(page.body).toContain('Sasha Socialworker');
    expect(page.body).toContain('moj-timeline');
    expect(page.body).toContain('Journey opened at stage 2, Planning');
    expect(page.body).toContain('Move on to the next stage');
    expect(page.body).toContain('Robin Rivers (Mother)');
  });

  it('is audited as a read of the journey', async () => {
    const { context, cast, arranged } = setup;
    const agent = await signedIn(context.app, cast.iro);
    await agent.get(`/journeys/${arranged.journeyId}`);
    const actions = await journeyAuditActions(context.ownerDb.db, arranged.journeyId);
    expect(actions).toContain('journey.viewed');
  });

  it('shows the referrer and the child’s IRO the case without the change links', async () => {
    const { context, cast, arranged } = setup;
    for (const person of [cast.referrer, cast.iro]) {
      const agent = await signedIn(context.app, person);
      const page = await agent.get(`/journeys/${arranged.journeyId}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Jordan Rivers');
      expect(page.body).not.toContain('Move on to the next stage');
      expect(page.body).not.toContain('Add a case note');
    }
  });

  it('is shown to managers, who see every case', async () => {
    const { context, cast, arranged } = setup;
    for (const person of [cast.manager, cast.practiceManager]) {
      const agent = await signedIn(context.app, person);
      expect((await agent.get(`/journeys/${arranged.journeyId}`)).statusCode).toBe(200);
    }
  });

  it('is not found for an unrelated coordinator or IRO, a made-up id or a malformed one', async () => {
    const { context, cast, arranged } = setup;
    for (const person of [cast.otherCoordinator, cast.otherIro]) {
      const agent = await signedIn(context.app, person);
      const page = await agent.get(`/journeys/${arranged.journeyId}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Jordan Rivers');
    }
    const agent = await signedIn(context.app, cast.manager);
    expect((await agent.get(`/journeys/${randomUUID()}`)).statusCode).toBe(404);
    expect((await agent.get('/journeys/not-a-journey')).statusCode).toBe(404);
  });

  it('is not found from another organisation, even for its managers', async () => {
    const { context, arranged } = setup;
    const elsewhere = await createCast(context.ownerDb.db);
    const agent = await signedIn(context.app, elsewhere.manager);
    const page = await agent.get(`/journeys/${arranged.journeyId}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain('Jordan Rivers');
  });

  it('is forbidden to administrators', async () => {
    const { context, cast, arranged } = setup;
    const agent = await signedIn(context.app, cast.administrator);
    expect((await agent.get(`/journeys/${arranged.journeyId}`)).statusCode).toBe(403);
  });
});
