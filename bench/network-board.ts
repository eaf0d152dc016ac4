/**
 * The network board for a young person with 80 people beside their journey's case page (issue
 * 10 asks for the board in under 1.5 times the case page). Both are asked for through
 * `app.inject()` as the coordinator, in alternation, after a warm-up; the median and the 95th
 * percentile of each are printed, and their ratio.
 *
 * Run: `npm run bench:network` (embedded PostgreSQL, or TEST_DATABASE_URL when set).
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/database.ts';
import type { MemberStatus } from '../src/db/schema.ts';
import { arrangeJourney, createCast } from '../src/features/journeys/journeys-test-support.ts';
import { TestAgent } from '../tests/support/agent.ts';
import { createTestDatabase } from '../tests/support/test-database.ts';

const PEOPLE = 80;
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 200;
const STATUSES: MemberStatus[] = [
  'identified',
  'located',
  'safety_checked',
  'contacted',
  'agreed_to_engage',
];

const silent = pino({ level: 'silent' });
const database = await createTestDatabase('network_bench');
const appDb = connectDatabase(database.appUrl, silent, { max: 4 });
const ownerDb = connectDatabase(database.ownerUrl, silent, { max: 2 });
try {
  const cast = await createCast(ownerDb.db);
  const arranged = await arrangeJourney(ownerDb.db, cast);
  const childId = arranged.childIds[0] ?? '';
  for (let index = 0; index < PEOPLE; index += 1) {
    const person = await ownerDb.db
      .insertInto('network_people')
      .values({
        organisation_id: cast.organisation.id,
        first_name: `Person${index}`,
        last_name: `Family${index % 12}`,
        kind: index % 7 === 0 ? 'friend' : 'extended_family',
        birth_year: 1940 + (index % 70),
        birth_year_approximate: index % 3 === 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ownerDb.db
      .insertInto('network_members')
      .values({
        organisation_id: cast.organisation.id,
        child_id: childId,
        person_id: person.id,
        journey_id: arranged.journeyId,
        relationship: 'relative',
        found_by: 'records',
        status: STATUSES[index % STATUSES.length] ?? 'identified',
        young_person_say: 'yes',
      })
      .execute();
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    KINDRED_DEMO: 'false',
    SIGN_IN_RATE_LIMIT: '100000',
  });
  const app = await buildApp({ config, db: appDb.db });
  await app.ready();
  const agent = new TestAgent(app);
  await agent.signIn(cast.coordinator.email, cast.coordinator.password);

  const pages = {
    case: `/journeys/${arranged.journeyId}`,
    board: `/journeys/${arranged.journeyId}/network`,
  };
  const times: Record<keyof typeof pages, number[]> = { case: [], board: [] };
  for (let round = 0; round < ROUNDS + 20; round += 1) {
    for (const name of Object.keys(pages) as Array<keyof typeof pages>) {
      const started = performance.now();
      const response = await agent.get(pages[name]);
      const took = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`${name} answered ${response.statusCode}`);
      if (round >= 20) times[name].push(took);
    }
  }
  const at = (list: number[], share: number) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length * share)] ?? 0;
  for (const name of Object.keys(times) as Array<keyof typeof pages>) {
    console.log(
      `${name}: median ${at(times[name], 0.5).toFixed(1)} ms, p95 ${at(times[name], 0.95).toFixed(1)} ms (${ROUNDS} requests)`,
    );
  }
  console.log(
    `board / case page (medians): ${(at(times.board, 0.5) / at(times.case, 0.5)).toFixed(2)}`,
  );
  await app.close();
} finally {
  await appDb.close();
  await ownerDb.close();
  await database.teardown();
}
