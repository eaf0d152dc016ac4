/**
 * The monthly turning-15 build and the supervision list's first page, over 100,000 made-up
 * children in one organisation (50 IROs). Not asserted: figures go into bench/README.md.
 *
 * Run: `node --import tsx bench/turning-fifteen.ts` (embedded PostgreSQL, or TEST_DATABASE_URL).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pino from 'pino';
import { connectDatabase, inOrganisation } from '../src/db/database.ts';
import { supervisionPage } from '../src/features/oversight/supervision.repository.ts';
import { TurningFifteenService } from '../src/features/oversight/turning-fifteen.service.ts';
import { createTestDatabase } from '../tests/support/test-database.ts';

const CHILDREN = 100_000;
const database = await createTestDatabase('bench-fifteen');
const logger = pino({ level: 'silent' });
const app = connectDatabase(database.appUrl, logger, { max: 2 });
const owner = connectDatabase(database.ownerUrl, logger, { max: 1 });
try {
  const organisation = await owner.db
    .insertInto('organisations')
    .values({ code: 'BENCH15', name: 'Bench turning 15' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const organisationId = organisation.id;
  await sql`insert into users (organisation_id, display_name, email, roles)
    select ${organisationId}::uuid, 'IRO ' || n, 'iro' || n || '@bench.example', '{iro}'
    from generate_series(1, 50) n`.execute(owner.db);
  await sql`insert into users (organisation_id, display_name, email, roles)
    values (${organisationId}::uuid, 'Manager', 'manager@bench.example', '{team_manager}')`.execute(
    owner.db,
  );
  const started = performance.now();
  // Births spread over 2005–2026; 4 in 5 looked after; an IRO for most.
  await sql`insert into children (organisation_id, first_name, last_name, date_of_birth, looked_after, iro_id)
    select ${organisationId}::uuid, 'Child' || n, 'Bench' || (n % 997),
      date '2005-01-01' + (n * 7919 % 8000),
      n % 5 <> 0,
      (select id from users where organisation_id = ${organisationId}::uuid and 'iro' = any(roles)
        order by id offset (n % 50) limit 1)
    from generate_series(1, ${CHILDREN}) n`.execute(owner.db);
  await sql`analyze`.execute(owner.db);
  console.log(
    `generated ${CHILDREN} children in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const service = new TurningFifteenService(app.db);
  for (const run of ['first build (December 2026)', 'again (nothing owed)']) {
    const t = performance.now();
    const built = await service.buildDue(organisationId, new Date('2026-12-01T08:00:00Z'));
    console.log(
      `${run}: ${(performance.now() - t).toFixed(1)} ms wall, ${built.map((b) => `${b.month}: ${b.youngPeople} young people, ${b.iros.length} IROs`).join('; ') || 'nothing built'}`,
    );
  }
  // Database time of the build's one query over the register, as the app role runs it.
  await inOrganisation(app.db, { organisationId }, async (tx) => {
    const plan = await sql<{
      'QUERY PLAN': string;
    }>`explain (analyze, buffers) select iro_id, count(*)::int
      from children where organisation_id = ${organisationId}::uuid and looked_after
        and date_of_birth >= '2011-12-01' and date_of_birth <= '2011-12-31' group by iro_id`.execute(
      tx,
    );
    console.log(
      'turning-15 recipients query:',
      plan.rows
        .map((r) => r['QUERY PLAN'])
        .filter((l) => /Execution Time|Index|Seq Scan/.test(l))
        .join(' | '),
    );
    const t = performance.now();
    const page = await supervisionPage(
      tx,
      organisationId,
      { bornBy: '2011-12-02', today: '2026-12-02' },
      { everything: true },
      { direction: 'after', key: null, size: 50 },
    );
    console.log(
      `supervision list, first page of 50: ${(performance.now() - t).toFixed(1)} ms wall, ${page.length} rows`,
    );
  });
} finally {
  await app.close();
  await owner.close();
  await database.teardown();
}
