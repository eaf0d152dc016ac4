/**
 * How long an SSDA903 import takes: a made-up return is generated, imported into an empty
 * organisation, then imported again unchanged (which must change nothing).
 *
 * Run: `npm run bench:import` (3,000 children, 5,000 episodes), or
 * `npm run bench:import -- --large` (100,000 children and about 166,700 episodes).
 * Embedded PostgreSQL, or TEST_DATABASE_URL when set. About 1 episode in 100 has a reason it
 * ended but no end date, so the import reports findings as a council's real return would.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { connectDatabase } from '../src/db/database.ts';
import { importSsda903 } from '../src/features/children/ssda903-import.service.ts';
import { createTestDatabase } from '../tests/support/test-database.ts';

const LARGE = process.argv.includes('--large');
const CHILDREN = LARGE ? 100_000 : 3_000;
const EPISODES = Math.round((CHILDREN * 5) / 3);

/** A small seeded generator, so every run imports the same return. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function slashed(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${day}/${month}/${date.getUTCFullYear()}`;
}

const DAY = 86_400_000;
const ETHNIC = ['WBRI', 'WOTH', 'MWBC', 'BAFR', 'AIND', 'CHNE', 'OOTH'];
const PLACE = ['U1', 'U3', 'U4', 'U6', 'K2', 'R1'];
const LS = ['C1', 'C2', 'V2', 'E1'];

/** A header and an episodes file: every child has one episode, some have two in a row. */
export function generateReturn(children: number, episodes: number) {
  const next = random(20_261_202);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const header = ['CHILD,SEX,DOB,ETHNIC,UPN'];
  const rows = [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  ];
  const twice = episodes - children;
  for (let index = 0; index < children; index += 1) {
    const child = `B${String(index + 1).padStart(6, '0')}`;
    const born = Date.UTC(2006, 0, 1) + Math.floor(next() * 16 * 365) * DAY;
    header.push(
      `${child},${1 + Math.floor(next() * 2)},${slashed(new Date(born))},${pick(ETHNIC)},`,
    );
    const start = born + (1 + Math.floor(next() * 700)) * DAY;
    const end = start + (30 + Math.floor(next() * 500)) * DAY;
    const line = (from: number, rne: string, to: number | null, rec: string) =>
      `${child},${slashed(new Date(from))},${rne},${pick(LS)},N1,${pick(PLACE)},PR1,${to ? slashed(new Date(to)) : ''},${rec},,,,`;
    if (index < twice) {
      rows.push(line(start, 'S', end, 'X1'));
      const closes = next() < 0.3;
      // About 1 in 100: a reason it ended but no end date (a finding, imported as sent).
      const broken = next() < 0.01;
      rows.push(line(end, 'P', closes && !broken ? end + 200 * DAY : null, closes ? 'E4A' : ''));
    } else {
      rows.push(line(start, 'S', null, ''));
    }
  }
  return { header: `${header.join('\n')}\n`, episodes: `${rows.join('\n')}\n` };
}

async function main() {
  const generated = performance.now();
  const files = generateReturn(CHILDREN, EPISODES);
  console.log(
    `generated ${CHILDREN} children and ${EPISODES} episodes (${((files.header.length + files.episodes.length) / 1e6).toFixed(1)} MB) in ${((performance.now() - generated) / 1000).toFixed(2)} s`,
  );
  const database = await createTestDatabase('bench');
  const logger = pino({ level: 'silent' });
  const app = connectDatabase(database.appUrl, logger, { max: 2 });
  const owner = connectDatabase(database.ownerUrl, logger, { max: 1 });
  try {
    const organisation = await owner.db
      .insertInto('organisations')
      .values({ code: 'BENCHIMP', name: 'Bench import' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const actor = { organisationId: organisation.id, userId: null, via: 'command-line' as const };
    for (const label of ['first import', 'second import (identical)']) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = await importSsda903(
        app.db,
        actor,
        { ...files, names: { header: 'header.csv', episodes: 'episodes.csv' } },
        { dryRun: false, today: '2026-12-02' },
      );
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      // Node's own processor time: on a shared machine, the part that does not wait for others.
      const cpuSeconds = (used.user + used.system) / 1e6;
      if (result.outcome !== 'imported') throw new Error(`The import was ${result.outcome}`);
      const counts = result.plan.counts;
      console.log(
        `${label}: ${seconds.toFixed(2)} s (Node processor time ${cpuSeconds.toFixed(2)} s); children ${counts.childrenAdded} added, ${counts.childrenUpdated} updated, ${counts.childrenUnchanged} unchanged; episodes ${counts.episodesAdded} added, ${counts.episodesUpdated} updated, ${counts.episodesUnchanged} unchanged; ${result.findings.length} findings`,
      );
    }
  } finally {
    await app.close();
    await owner.close();
    await database.teardown();
  }
}

// Run as a script (the generator can be imported by other benchmarks).
if (import.meta.url === `file://${process.argv[1]}`) await main();
