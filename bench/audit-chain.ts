/**
 * How fast audited writes go in one organisation, with 1, 8 and 20 concurrent writers, and how
 * fast the chain is sealed and verified.
 * Run: `npm run bench:audit` (embedded PostgreSQL, or TEST_DATABASE_URL when set).
 * Settings: BENCH_EVENTS (events per run, default 2000), BENCH_WRITERS (default "1,8,20").
 * The sealer runs as it does in Kindred, every second, while the writers write (ADR 0016).
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { connectDatabase, inOrganisation } from '../src/db/database.ts';
import { recordAudit } from '../src/platform/audit/audit.ts';
import { sealAuditEvents, startAuditSealer } from '../src/platform/audit/audit-sealer.ts';
import { verifyAuditChain } from '../src/platform/audit/audit-verify.ts';
import { createTestDatabase } from '../tests/support/test-database.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const WRITERS = (process.env.BENCH_WRITERS ?? '1,8,20').split(',').map(Number);

function perSecond(count: number, milliseconds: number): string {
  return `${((count * 1000) / milliseconds).toFixed(0)}/s`;
}

async function main() {
  const database = await createTestDatabase('bench');
  const logger = pino({ level: 'warn' });
  // Connections end when the benchmark's database stops: nothing to report then.
  const quiet = pino({ level: 'silent' });
  const app = connectDatabase(database.appUrl, quiet, { max: Math.max(...WRITERS) + 1 });
  const owner = connectDatabase(database.ownerUrl, quiet, { max: 2 });
  try {
    for (const writers of WRITERS) {
      // A fresh organisation per run, so every run starts from an empty chain.
      const { id: organisationId } = await owner.db
        .insertInto('organisations')
        .values({ code: `BENCH${writers}`, name: `Bench ${writers}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      const sealer = startAuditSealer(app.db, logger);
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: writers }, async (_, worker) => {
          while (next < EVENTS) {
            next += 1;
            await inOrganisation(app.db, { organisationId }, (tx) =>
              recordAudit(tx, {
                organisationId,
                actorUserId: null,
                action: 'bench.event',
                subjectType: 'child',
                subjectId: String(next),
                detail: { worker },
              }),
            );
          }
        }),
      );
      const elapsed = performance.now() - started;
      await sealer.stop();
      console.log(
        `append, one organisation, ${String(writers).padStart(2)} writers: ${EVENTS} events in ${(elapsed / 1000).toFixed(2)} s = ${perSecond(EVENTS, elapsed)}`,
      );
    }

    // Sealing on its own: a backlog, as after Kindred was stopped without sealing.
    const { id: organisationId } = await owner.db
      .insertInto('organisations')
      .values({ code: 'BENCHSEAL', name: 'Bench sealing' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await inOrganisation(app.db, { organisationId }, async (tx) => {
      for (let index = 0; index < EVENTS; index += 1) {
        await recordAudit(tx, { organisationId, actorUserId: null, action: 'bench.backlog' });
      }
    });
    let started = performance.now();
    const sealed = await sealAuditEvents(app.db, logger);
    console.log(
      `seal a backlog: ${sealed} events = ${perSecond(sealed, performance.now() - started)}`,
    );

    started = performance.now();
    const result = await verifyAuditChain(owner.db);
    const elapsed = performance.now() - started;
    console.log(
      `verify: ${result.events} events = ${perSecond(result.events, elapsed)} (${result.ok ? 'whole' : 'BROKEN'}, ${result.unsealed.count} unsealed)`,
    );
  } finally {
    await app.close();
    await owner.close();
    await database.teardown();
  }
}

await main();
