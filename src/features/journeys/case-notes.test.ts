import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CastAppWithCase,
  createCastAppWithCase,
  journeyAuditActions,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastAppWithCase;

beforeAll(async () => {
  setup = await createCastAppWithCase();
});
afterAll(() => setup.context.close());

async function notes() {
  return setup.context.ownerDb.db
    .selectFrom('case_notes')
    .selectAll()
    .where('journey_id', '=', setup.arranged.journeyId)
    .execute();
}

describe('case notes', () => {
  it('adds a note and a sensitive note, shown in the history', async () => {
    const { context, cast, arranged } = setup;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const added = await coordinator.post(`/journeys/${arranged.journeyId}/notes`, {
      body: 'Met Jordan at school. Talked about the aunt in Leeds.',
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(`/journeys/${arranged.journeyId}?notice=note-added`);
    const sensitive = await coordinator.post(`/journeys/${arranged.journeyId}/notes`, {
      body: 'Jordan disclosed worries about an older cousin.',
      sensitive: 'yes',
    });
    expect(sensitive.statusCode).toBe(303);
    expect((await notes()).map((note) => note.sensitive).sort()).toEqual([false, true]);
    const actions = await journeyAuditActions(context.ownerDb.db, arranged.journeyId);
    expect(actions.filter((action) => action === 'case-note.added')).toHaveLength(2);

    const page = await coordinator.get(`/journeys/${arranged.journeyId}`);
    expect(page.body).toContain('Talked about the aunt in Leeds.');
    expect(page.body).toContain('Jordan disclosed worries about an older cousin.');
  });

  it('shows the sensitive note to the team manager, but only that one was recorded to the IRO and referrer', async () => {
    const { context, cast, arranged } = setup;
    const manager = await signedIn(context.app, cast.manager);
    expect((await manager.get(`/journeys/${arranged.journeyId}`)).body).toContain(
      'Jordan disclosed worries about an older cousin.',
    );
    for (const person of [cast.iro, cast.referrer, cast.practiceManager]) {
      const agent = await signedIn(context.app, person);
      const page = await agent.get(`/journeys/${arranged.journeyId}`);
      expect(page.body).toContain('Talked about the aunt in Leeds.');
      expect(page.body).toContain('A sensitive note was recorded.');
      expect(page.body).not.toContain('older cousin');
    }
  });

  it('shows a sensitive note to its author when they are not the coordinator', async () => {
    const { context, cast, arranged } = setup;
    const manager = await signedIn(context.app, cast.manager);
    await manager.post(`/journeys/${arranged.journeyId}/notes`, {
      body: 'Supervision: coordinator to check in weekly.',
      sensitive: 'yes',
    });
    const page = await manager.get(`/journeys/${arranged.journeyId}`);
    expect(page.body).toContain('Supervision: coordinator to check in weekly.');
  });

  it('refuses an empty note and keeps what was ticked', async () => {
    const { context, cast, arranged } = setup;
    const before = (await notes()).length;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const page = await coordinator.get(`/journeys/${arranged.journeyId}/notes/new`);
    expect(page.statusCode).toBe(200);
    const response = await coordinator.post(`/journeys/${arranged.journeyId}/notes`, {
      body: '   ',
      sensitive: 'yes',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter the note');
    expect(response.body).toMatch(/name="sensitive" type="checkbox" value="yes" checked/);
    expect((await notes()).length).toBe(before);
  });

  it('cannot be added by the IRO, or by a coordinator of other journeys', async () => {
    const { context, cast, arranged } = setup;
    const iro = await signedIn(context.app, cast.iro);
    expect(
      (await iro.post(`/journeys/${arranged.journeyId}/notes`, { body: 'From the IRO' }))
        .statusCode,
    ).toBe(403);
    const other = await signedIn(context.app, cast.otherCoordinator);
    expect(
      (await other.post(`/journeys/${arranged.journeyId}/notes`, { body: 'Not mine' })).statusCode,
    ).toBe(404);
  });
});
