import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../tests/support/agent.ts';
import {
  type CastAppWithCase,
  createCastAppWithCase,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';

let setup: CastAppWithCase;
let base: string;
let coordinator: TestAgent;
/** Kim is Jordan's birth mum, Rose is Kim's, and Dev is Kim's partner. */
const ids = { jordan: '', kim: '', rose: '', dev: '' };
const links = { kimJordan: '', roseKim: '', kimDev: '' };

async function relationships() {
  return setup.context.ownerDb.db
    .selectFrom('network_relationships')
    .selectAll()
    .where('organisation_id', '=', setup.cast.organisation.id)
    .orderBy('created_at')
    .execute();
}

async function add(body: Record<string, string>) {
  const answer = await coordinator.post(`${base}/relatives`, {
    existingPersonId: '',
    gender: 'female',
    ...body,
  });
  expect(answer.statusCode).toBe(303);
  return (await relationships()).at(-1);
}

beforeAll(async () => {
  setup = await createCastAppWithCase();
  base = `/journeys/${setup.arranged.journeyId}/children/${setup.arranged.childIds[0]}/genogram`;
  coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
  const kimJordan = await add({
    as: 'parent',
    personId: '',
    firstName: 'Kim',
    lastName: 'Rivers',
    birthYear: '1988',
    parentKind: 'birth',
  });
  ids.kim = kimJordan?.from_person_id ?? '';
  ids.jordan = kimJordan?.to_person_id ?? '';
  links.kimJordan = kimJordan?.id ?? '';
  const roseKim = await add({
    as: 'parent',
    personId: ids.kim,
    firstName: 'Rose',
    birthYear: '1960',
    parentKind: 'birth',
  });
  ids.rose = roseKim?.from_person_id ?? '';
  links.roseKim = roseKim?.id ?? '';
  const kimDev = await add({
    as: 'partner',
    personId: ids.kim,
    firstName: 'Dev',
    gender: 'male',
    partnershipStatus: 'married',
  });
  ids.dev = kimDev?.to_person_id ?? '';
  links.kimDev = kimDev?.id ?? '';
});
afterAll(() => setup.context.close());

describe('changing a genogram relationship', () => {
  it('lists each relationship with links to change or remove it', async () => {
    const page = await coordinator.get(base);
    expect(page.body).toContain('Relationships recorded');
    expect(page.body).toContain('Kim Rivers is Jordan Rivers&#39;s birth parent');
    expect(page.body).toContain(`${base}/relationships/${links.kimJordan}/change`);
    expect(page.body).toContain(`${base}/relationships/${links.kimDev}/remove`);
  });

  it('corrects the kind of parent, audited', async () => {
    const form = await coordinator.get(`${base}/relationships/${links.kimJordan}/change`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Change a relationship');
    expect(form.body).toContain('Recorded now: Kim Rivers is Jordan Rivers&#39;s birth parent.');
    const saved = await coordinator.post(`${base}/relationships/${links.kimJordan}/change`, {
      fromPersonId: ids.kim,
      toPersonId: ids.jordan,
      parentKind: 'adoptive',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${base}?notice=relationship-changed`);
    const row = (await relationships()).find((r) => r.id === links.kimJordan);
    expect(row?.parent_kind).toBe('adoptive');
    const page = await coordinator.get(`${base}?notice=relationship-changed`);
    expect(page.body).toContain('The relationship was changed.');
    expect(page.body).toContain('Kim Rivers is Jordan Rivers&#39;s adoptive parent');
    const actions = await journeyAuditActions(setup.context.ownerDb.db, setup.arranged.journeyId);
    expect(actions).toContain('genogram.relationship_changed');
  });

  it('refuses a change that would make someone their own ancestor, writing nothing', async () => {
    const before = await relationships();
    // Rose is Kim's mum: Kim cannot become Rose's parent.
    const refused = await coordinator.post(`${base}/relationships/${links.kimJordan}/change`, {
      fromPersonId: ids.kim,
      toPersonId: ids.rose,
      parentKind: 'birth',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('Nobody can be their own ancestor');
    // The answers are kept.
    expect(refused.body).toMatch(new RegExp(`value="${ids.rose}" selected`));
    expect(await relationships()).toEqual(before);
  });

  it('refuses a person as their own partner, and an empty choice, writing nothing', async () => {
    const before = await relationships();
    const ownPartner = await coordinator.post(`${base}/relationships/${links.kimDev}/change`, {
      fromPersonId: ids.kim,
      toPersonId: ids.kim,
      partnershipStatus: 'separated',
    });
    expect(ownPartner.statusCode).toBe(400);
    expect(ownPartner.body).toContain('Kim Rivers cannot be their own partner');
    const empty = await coordinator.post(`${base}/relationships/${links.kimDev}/change`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Choose how they are partners');
    expect(await relationships()).toEqual(before);
  });

  it('is not found for a relationship that is not on this genogram', async () => {
    const other = await coordinator.get(`${base}/relationships/${randomUUID()}/change`);
    expect(other.statusCode).toBe(404);
    const referrer = await signedIn(setup.context.app, setup.cast.referrer);
    const refused = await referrer.get(`${base}/relationships/${links.kimDev}/change`);
    expect(refused.statusCode).toBe(403);
  });
});

describe('removing a genogram relationship', () => {
  it('asks first, keeps it on "no", and removes it on "yes", audited', async () => {
    const url = `${base}/relationships/${links.kimDev}/remove`;
    const ask = await coordinator.get(url);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Are you sure you want to remove this relationship?');
    expect(ask.body).toContain('Kim Rivers and Dev are married or civil partners');

    const unanswered = await coordinator.post(url, {});
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.body).toContain('Choose yes to remove the relationship, or no to keep it');
    const kept = await coordinator.post(url, { remove: 'no' });
    expect(kept.statusCode).toBe(303);
    expect(kept.headers.location).toBe(base);
    expect((await relationships()).map((r) => r.id)).toContain(links.kimDev);

    const removed = await coordinator.post(url, { remove: 'yes' });
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toBe(`${base}?notice=relationship-removed`);
    expect((await relationships()).map((r) => r.id)).not.toContain(links.kimDev);
    const page = await coordinator.get(`${base}?notice=relationship-removed`);
    expect(page.body).toContain('The relationship was removed from the genogram.');
    // Dev stays in the network: only the link went.
    expect(page.body).toContain('Dev');
    const actions = await journeyAuditActions(setup.context.ownerDb.db, setup.arranged.journeyId);
    expect(actions).toContain('genogram.relationship_removed');
    expect((await coordinator.get(url)).statusCode).toBe(404);
  });
});
