/**
 * The due and overdue view for a team with 2,000 open deadlines, beside a journey's case page
 * (issue 9 asks for the view to be as fast as the case page), and the home pages, which count
 * them (ADR 0035). 2,000 active journeys, each with a consent reconfirmation date spread from
 * 30 days ago to 300 days ahead, shared by two coordinators. Every page is asked for through
 * `app.inject()`, in alternation, after a warm-up; the median and the 95th percentile of each
 * are printed, with each page's ratio to the case page. With `BENCH=1` set, the statements sent
 * to PostgreSQL for one view are printed too.
 *
 * Run: `npm run bench:deadlines` (`-- --rounds 50`; embedded PostgreSQL, or TEST_DATABASE_URL).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/database.ts';
import { arrangeJourney, createCast } from '../src/features/journeys/journeys-test-support.ts';
import { TestAgent } from '../tests/support/agent.ts';
import { createTestDatabase } from '../tests/support/test-database.ts';

const DEADLINES = 2_000;
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 50;
const WARM_UP = 10;

const silent = pino({ level: 'silent' });
const database = await createTestDatabase('deadlines_bench');
const appDb = connectDatabase(database.appUrl, silent, { max: 4 });
const ownerDb = connectDatabase(database.ownerUrl, silent, { max: 2 });
try {
  const cast = await createCast(ownerDb.db);
  const arranged = await arrangeJourney(ownerDb.db, cast);
  const organisationId = cast.organisation.id;
  const started = performance.now();
  await sql`insert into children (organisation_id, first_name, last_name, date_of_birth,
      looked_after, case_record_id)
    select ${organisationId}::uuid, 'Child' || n, 'Bench' || (n % 97),
      date '2009-01-01' + (n % 2000), true, 'BENCH-' || n
    from generate_series(1, ${DEADLINES}) n`.execute(ownerDb.db);
  await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id,
      referrer_role, coordinator_id, matched_by, decided_by, submitted_at, decided_at)
    select ${organisationId}::uuid, 'LL-B' || n, 'lifelong_links', 'accepted',
      ${cast.referrer.id}::uuid, 'social_worker',
      case when n % 2 = 0 then ${cast.coordinator.id}::uuid else ${cast.otherCoordinator.id}::uuid end,
      ${cast.manager.id}::uuid, ${cast.manager.id}::uuid,
      now() - interval '200 days', now() - interval '190 days'
    from generate_series(1, ${DEADLINES}) n`.execute(ownerDb.db);
  await sql`insert into referral_children (organisation_id, referral_id, child_id)
    select r.organisation_id, r.id, c.id from referrals r
      join children c on c.organisation_id = r.organisation_id
        and c.case_record_id = 'BENCH-' || substr(r.reference, 5)
    where r.organisation_id = ${organisationId}::uuid and r.reference ~ '^LL-B[0-9]+$'`.execute(
    ownerDb.db,
  );
  await sql`insert into journeys (organisation_id, referral_id, kind, stage, coordinator_id,
      opened_at, consent_reconfirmation_due)
    select r.organisation_id, r.id, 'lifelong_links', 3, r.coordinator_id,
      now() - interval '180 days',
      current_date + (substr(r.reference, 5)::int * 37 % 331 - 30)
    from referrals r
    where r.organisation_id = ${organisationId}::uuid and r.reference ~ '^LL-B[0-9]+$'`.execute(
    ownerDb.db,
  );
  await sql`analyze`.execute(ownerDb.db);
  console.log(
    `generated ${DEADLINES} journeys with a deadline in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    KINDRED_DEMO: 'false',
    SIGN_IN_RATE_LIMIT: '100000',
  });
  const app = await buildApp({ config, db: appDb.db });
  await app.ready();
  const coordinator = new TestAgent(app);
  await coordinator.signIn(cast.coordinator.email, cast.coordinator.password);
  const manager = new TestAgent(app);
  await manager.signIn(cast.manager.email, cast.manager.password);

  const pages = {
    'case page (coordinator)': { agent: coordinator, path: `/journeys/${arranged.journeyId}` },
    'due and overdue, the team (2,000)': { agent: manager, path: '/deadlines' },
    'due and overdue, a coordinator (1,000)': { agent: coordinator, path: '/deadlines' },
    'home, team manager (2,000 counted)': { agent: manager, path: '/' },
    'home, coordinator (1,000 counted)': { agent: coordinator, path: '/' },
  };
  type Name = keyof typeof pages;
  const names = Object.keys(pages) as Name[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    Name,
    number[]
  >;
  const statements: Partial<Record<Name, string>> = {};
  for (let round = 0; round < ROUNDS + WARM_UP; round += 1) {
    for (const name of names) {
      const { agent, path } = pages[name];
      const t = performance.now();
      const response = await agent.get(path);
      const took = performance.now() - t;
      if (response.statusCode !== 200) throw new Error(`${name} answered ${response.statusCode}`);
      if (round >= WARM_UP) times[name].push(took);
      const counted = response.headers['x-kindred-statements'];
      if (counted !== undefined) statements[name] = String(counted);
    }
  }
  const at = (list: number[], share: number) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length * share)] ?? 0;
  const caseMedian = at(times['case page (coordinator)'], 0.5);
  for (const name of names) {
    const median = at(times[name], 0.5);
    console.log(
      `${name}: median ${median.toFixed(1)} ms, p95 ${at(times[name], 0.95).toFixed(1)} ms, ` +
        `÷ case page ${(median / caseMedian).toFixed(2)}` +
        (statements[name] ? `, ${statements[name]} statements` : '') +
        ` (${ROUNDS} requests)`,
    );
  }
  await app.close();
} finally {
  await appDb.close();
  await ownerDb.close();
  await database.teardown();
}
