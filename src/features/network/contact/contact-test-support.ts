import { expect } from 'vitest';
import type { TestAgent } from '../../../../tests/support/agent.ts';
import { type ArrangedCase, dateFields } from '../../journeys/journeys-test-support.ts';

/**
 * A person in a child's network whom the young person said yes to, located, with a safety
 * check, signed off by the manager when asked: ready to be contacted. Returns their page.
 */
export async function readyMember(
  agents: { coordinator: TestAgent; manager: TestAgent },
  arranged: ArrangedCase,
  person: { child?: number; firstName: string; lastName?: string; signOff?: boolean },
) {
  const { coordinator, manager } = agents;
  const added = await coordinator.post(`/journeys/${arranged.journeyId}/network/people`, {
    child: arranged.childIds[person.child ?? 0] ?? '',
    firstName: person.firstName,
    lastName: person.lastName ?? 'Okafor',
    kind: 'extended_family',
    gender: 'female',
    foundBy: 'records',
  });
  expect(added.statusCode).toBe(303);
  const href = String(added.headers.location).split('?')[0] ?? '';
  expect((await coordinator.post(`${href}/say`, { say: 'yes' })).statusCode).toBe(303);
  const today = new Date().toISOString().slice(0, 10);
  const located = await coordinator.post(`${href}/progress`, {
    step: 'located',
    ...dateFields('on', today),
  });
  expect(located.statusCode).toBe(303);
  expect((await coordinator.post(`${href}/safety`, { outcome: 'safe' })).statusCode).toBe(303);
  if (person.signOff ?? true) {
    expect((await manager.post(`${href}/safety/sign-off`, {})).statusCode).toBe(303);
  }
  return { href, memberId: href.split('/').at(-1) ?? '' };
}
