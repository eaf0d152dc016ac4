import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  signedIn,
} from '../../src/features/journeys/journeys-test-support.ts';

/**
 * WCAG 2.4.2: a page title names what the page is about. Two records of the same kind, on the
 * same page, must not share a title; an error page's title says so first.
 */

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

function titleOf(body: string): string {
  const match = /<title>([^<]*)<\/title>/.exec(body);
  return (match?.[1] ?? '').replace(/\s+/g, ' ').trim();
}

async function twoCases() {
  const { context, cast } = setup;
  const first = await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Jordan', lastName: 'Rivers' }],
  });
  const second = await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Casey', lastName: 'Brook' }],
  });
  return [first, second] as const;
}

describe('page titles', () => {
  it('name the journey on its pages', async () => {
    const cases = await twoCases();
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    for (const page of ['consent/withdraw', 'consent/reconfirm', 'planning-meeting', 'move']) {
      const titles = [];
      for (const arranged of cases) {
        const response = await coordinator.get(`/journeys/${arranged.journeyId}/${page}`);
        expect(response.statusCode).toBe(200);
        titles.push(titleOf(response.body));
        expect(titleOf(response.body)).toMatch(
          new RegExp(`^${arranged.reference} – .+ – Kindred$`),
        );
      }
      expect(titles[0]).not.toBe(titles[1]);
    }
  });

  it('name the referral on its pages', async () => {
    const cases = await twoCases();
    const manager = await signedIn(setup.context.app, setup.cast.manager);
    const titles = [];
    for (const arranged of cases) {
      const response = await manager.get(`/referrals/${arranged.referralId}`);
      expect(response.statusCode).toBe(200);
      expect(titleOf(response.body)).toBe(
        `${arranged.reference} – Lifelong Links referral – Kindred`,
      );
      titles.push(titleOf(response.body));
    }
    expect(titles[0]).not.toBe(titles[1]);
  });

  it('name the child and the user being changed', async () => {
    const [first, second] = await twoCases();
    const manager = await signedIn(setup.context.app, setup.cast.manager);
    const jordan = await manager.get(`/children/${first.childIds[0]}/edit`);
    const casey = await manager.get(`/children/${second.childIds[0]}/edit`);
    expect(titleOf(jordan.body)).toBe('Jordan Rivers – Change their details – Kindred');
    expect(titleOf(casey.body)).toBe('Casey Brook – Change their details – Kindred');

    const administrator = await signedIn(setup.context.app, setup.cast.administrator);
    const cara = await administrator.get(`/admin/users/${setup.cast.coordinator.id}/edit`);
    const morgan = await administrator.get(`/admin/users/${setup.cast.manager.id}/edit`);
    expect(titleOf(cara.body)).toBe('Cara Coordinator – Change details – Kindred');
    expect(titleOf(morgan.body)).toBe('Morgan Manager – Change details – Kindred');
  });

  it('start with "Error: " on an error page', async () => {
    const manager = await signedIn(setup.context.app, setup.cast.manager);
    const missing = await manager.get('/no-such-page');
    expect(missing.statusCode).toBe(404);
    expect(titleOf(missing.body)).toBe('Error: Page not found – Kindred');
    const administrator = await signedIn(setup.context.app, setup.cast.administrator);
    const forbidden = await administrator.get('/journeys');
    expect(forbidden.statusCode).toBe(403);
    expect(titleOf(forbidden.body)).toMatch(/^Error: /);
  });
});
