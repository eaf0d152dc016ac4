/**
 * How fast audited changes can be written and the chain verified.
 * Run: `npm run bench` (embedded PostgreSQL, or TEST_DATABASE_URL when set).
 * Every audited request in one organisation queues on that organisation's chain head, so this
 * is the ceiling for audited writes per organisation; organisations do not wait for each other.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { connectDatabase, inOrganisation } from '../src/db/database.ts';
import { recordAudit } from '../src/platform/audit/audit.ts';
import { verifyAuditChain } from '../src/platform/audit/audit-verify.ts';
import { createTestDatabase } from '../tests/support/test-database.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function main() {
  const database = await createTestDatabase('bench');
  const logger = pino({ level: 'silent' });
  const app = connectDatabase(database.appUrl, logger, { max: CONCURRENCY });
  const owner = connectDatabase(database.ownerUrl, logger, { max: 2 });
  try {
    const organisations = [];
    for (const code of ['BENCHA', 'BENCHB']) {
      organisations.push(
        await owner.db
          .insertInto('organisations')
          .values({ code, name: code })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    }
    for (const [label, orgs] of [
      ['one organisation', organisations.slice(0, 1)],
      ['two organisations', organisations],
    ] as const) {
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, worker) => {
          while (next < EVENTS) {
            next += 1;
            const organisationId = orgs[worker % orgs.length]?.id ?? '';
            await inOrganisation(app.db, { organisationId }, (tx) =>
              recordAudit(tx, {
                organisationId,
                actorUserId: null,
                action: 'bench.event',
                detail: { worker },
              }),
            );
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `append, ${label}: ${EVENTS} events in ${seconds.toFixed(2)} s = ${(EVENTS / seconds).toFixed(0)} events/s`,
      );
    }
    const started = performance.now();
    const result = await verifyAuditChain(owner.db);
    const seconds = (performance.now() - started) / 1000;
    const count = result.events;
    console.log(
      `verify: ${count} events in ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(0)} events/s (${result.ok ? 'whole' : 'BROKEN'})`,
    );
  } finally {
    await app.close();
    await owner.close();
    await database.teardown();
  }
}

await main();
