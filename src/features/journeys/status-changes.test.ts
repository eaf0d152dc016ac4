import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  eventKinds,
  journeyAuditActions,
  journeyRow,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

describe('pausing, resuming and ending a journey', () => {
  it('pauses with a reason, shows a banner, then resumes', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);

    const form = await coordinator.get(`/journeys/${journeyId}/pause`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Why is the journey being paused?');
    const paused = await coordinator.post(`/journeys/${journeyId}/pause`, {
      reason: 'Jordan asked for a break during exams',
    });
    expect(paused.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).status).toBe('paused');

    const casePage = await coordinator.get(`/journeys/${journeyId}`);
    expect(casePage.body).toContain('This journey is paused');
    expect(casePage.body).toContain('Jordan asked for a break during exams');
    expect(casePage.body).toContain('Resume the journey');

    // Straight after pausing: one banner, saying what was done and what that means.
    const afterPausing = await coordinator.get(String(paused.headers.location));
    expect(afterPausing.body.match(/data-module="govuk-notification-banner"/g)).toHaveLength(1);
    expect(afterPausing.body).toContain('The journey is paused.');
    expect(afterPausing.body).toContain('Nothing is sent to anyone while it is paused.');

    const again = await coordinator.post(`/journeys/${journeyId}/pause`, { reason: 'Again' });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('This journey is already paused.');

    const moving = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: 'Try',
    });
    expect(moving.statusCode).toBe(400);
    expect(moving.body).toContain('This journey is paused. Resume it before moving it on.');

    const resumed = await coordinator.post(`/journeys/${journeyId}/resume`, {
      reason: 'Exams are over and Jordan wants to carry on',
    });
    expect(resumed.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).status).toBe('active');
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual([
      'opened',
      'paused',
      'resumed',
    ]);
    const actions = await journeyAuditActions(context.ownerDb.db, journeyId);
    expect(actions).toEqual(expect.arrayContaining(['journey.paused', 'journey.resumed']));
  });

  it('needs a reason, and writes nothing without one', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const response = await coordinator.post(`/journeys/${journeyId}/end`, { reason: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter why the journey is ending');
    expect(response.body).toContain('href="#reason"');
    expect((await journeyRow(context.ownerDb.db, journeyId)).status).toBe('active');
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened']);
  });

  it('refuses to resume a journey that is not paused', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const manager = await signedIn(context.app, cast.manager);
    const page = await manager.get(`/journeys/${journeyId}/resume`);
    expect(page.body).toContain('This journey is not paused.');
    const response = await manager.post(`/journeys/${journeyId}/resume`, { reason: 'Why not' });
    expect(response.statusCode).toBe(400);
  });

  it('ends a journey, which then is read-only', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const ended = await coordinator.post(`/journeys/${journeyId}/end`, {
      reason: 'Jordan has decided to stop',
    });
    expect(ended.statusCode).toBe(303);
    const row = await journeyRow(context.ownerDb.db, journeyId);
    expect(row.status).toBe('ended');
    expect(row.ended_at).not.toBeNull();
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toContain('journey.ended');

    const casePage = await coordinator.get(`/journeys/${journeyId}`);
    expect(casePage.body).toContain('This journey ended on');
    expect(casePage.body).toContain('Jordan has decided to stop');
    for (const link of ['/move"', '/pause"', '/end"', '/notes/new"', '/consent/reconfirm"']) {
      expect(casePage.body).not.toContain(`${journeyId}${link}`);
    }
    expect(casePage.body).not.toContain('name="body"');

    const form = await coordinator.get(`/journeys/${journeyId}/pause`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('This journey has ended, so it cannot be changed.');
    expect(form.body).not.toContain('name="reason"');

    for (const [path, body] of [
      ['resume', { reason: 'Back again' }],
      ['pause', { reason: 'Pause' }],
      ['move', { toStage: '3', reason: 'Move' }],
      ['notes', { body: 'A note' }],
      ['consent/withdraw', { giver: 'young_person', reason: 'x', outcome: 'end' }],
      ['planning-meeting/schedule', { venue: 'Room 1' }],
    ] as const) {
      const response = await coordinator.post(`/journeys/${journeyId}/${path}`, body);
      expect(response.statusCode, path).toBe(409);
      expect(response.body).toContain('This journey has ended, so it cannot be changed.');
    }
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened', 'ended']);
  });
});
