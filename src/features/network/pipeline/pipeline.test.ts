import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../../tests/support/agent.ts';
import {
  type CastAppWithCase,
  createCastAppWithCase,
  signedIn,
} from '../../journeys/journeys-test-support.ts';

let setup: CastAppWithCase;
let coordinator: TestAgent;
let manager: TestAgent;

beforeAll(async () => {
  setup = await createCastAppWithCase();
  coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
  manager = await signedIn(setup.context.app, setup.cast.manager);
}, 60_000);
afterAll(() => setup.context.close());

const network = () => `/journeys/${setup.arranged.journeyId}/network`;
const today = new Date().toISOString().slice(0, 10).split('-');
const on = {
  'on-day': String(Number(today[2])),
  'on-month': String(Number(today[1])),
  'on-year': today[0] ?? '',
};

async function addPerson(firstName: string): Promise<string> {
  const added = await coordinator.post(`${network()}/people`, {
    child: setup.arranged.childIds[0] ?? '',
    firstName,
    lastName: 'Rivers',
    kind: 'extended_family',
    gender: 'male',
    foundBy: 'records',
  });
  expect(added.statusCode).toBe(303);
  return String(added.headers.location).split('?')[0] ?? '';
}

async function member(href: string) {
  const id = href.split('/').at(-1) ?? '';
  return setup.context.ownerDb.db
    .selectFrom('network_members')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe('the pipeline of a person in a network', () => {
  it('goes from identified to agreed, with the first contact refused until the sign-off', async () => {
    const href = await addPerson('Uncle Mo');
    expect(
      (
        await coordinator.post(`${href}/say`, {
          say: 'yes',
          ownWords: 'He used to take me fishing',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (await coordinator.post(`${href}/progress`, { step: 'located', ...on })).statusCode,
    ).toBe(303);
    expect(
      (await coordinator.post(`${href}/safety`, { riskNotes: 'None known', outcome: 'safe' }))
        .statusCode,
    ).toBe(303);

    const early = await coordinator.post(`${href}/progress`, { step: 'contacted', ...on });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(
      'The safety check must be signed off by the team manager or the social worker before the first contact.',
    );
    expect((await member(href)).status).toBe('located');

    // The coordinator may not sign off their own check.
    expect((await coordinator.post(`${href}/safety/sign-off`, {})).statusCode).toBe(403);
    const signed = await manager.post(`${href}/safety/sign-off`, {});
    expect(signed.statusCode).toBe(303);
    expect((await member(href)).status).toBe('safety_checked');

    expect(
      (await coordinator.post(`${href}/progress`, { step: 'contacted', ...on })).statusCode,
    ).toBe(303);
    expect((await coordinator.post(`${href}/progress`, { step: 'agreed', ...on })).statusCode).toBe(
      303,
    );
    const page = await coordinator.get(href);
    expect(page.body).toContain('Agreed to take part');
    expect(page.body).toContain('He used to take me fishing');
    expect(page.body).toContain('own words');
  });

  it('lets a team manager allow contact before the sign-off, with a reason', async () => {
    const href = await addPerson('Grandad Joe');
    await coordinator.post(`${href}/say`, { say: 'yes' });
    await coordinator.post(`${href}/progress`, { step: 'located', ...on });
    const empty = await manager.post(`${href}/safety/override`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Say why contact cannot wait for the sign-off');
    expect(
      (
        await manager.post(`${href}/safety/override`, {
          reason: 'He is in hospital; the checks take weeks',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (await coordinator.post(`${href}/progress`, { step: 'contacted', ...on })).statusCode,
    ).toBe(303);
    expect((await member(href)).status).toBe('contacted');
  });

  it('keeps a person the young person said no to out of contact', async () => {
    const href = await addPerson('Cousin Lee');
    await coordinator.post(`${href}/say`, { say: 'yes' });
    await coordinator.post(`${href}/progress`, { step: 'located', ...on });
    await coordinator.post(`${href}/safety`, { outcome: 'safe' });
    await manager.post(`${href}/safety/sign-off`, {});
    expect(
      (
        await coordinator.post(`${href}/say`, {
          say: 'no',
          ownWords: 'I don’t want him to know where I am',
        })
      ).statusCode,
    ).toBe(303);
    const refused = await coordinator.post(`${href}/progress`, { step: 'contacted', ...on });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('closed');
    expect(await member(href)).toMatchObject({
      young_person_say: 'no',
      off_ramp: 'young_person_said_no',
    });
    const page = await coordinator.get(href);
    expect(page.body).toContain('No. This person’s part in the network has been closed.');
  });

  it('keeps the reason a person is not safe from the referrer', async () => {
    const href = await addPerson('Mr Danger');
    await coordinator.post(`${href}/say`, { say: 'yes' });
    await coordinator.post(`${href}/progress`, { step: 'located', ...on });
    const noReason = await coordinator.post(`${href}/close`, { reason: 'not_safe', notes: '' });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await coordinator.post(`${href}/close`, {
          reason: 'not_safe',
          notes: 'Schedule 1 offender',
        })
      ).statusCode,
    ).toBe(303);
    expect((await coordinator.get(href)).body).toContain('Schedule 1 offender');
    const referrer = await signedIn(setup.context.app, setup.cast.referrer);
    const seen = await referrer.get(href);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain('Schedule 1 offender');
    expect(seen.body).not.toContain('Not safe');
  });
});
