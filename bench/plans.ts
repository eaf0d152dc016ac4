/**
 * The query plans of every list and search, as Kindred really runs them: PostgreSQL's
 * auto_explain logs the plan of each statement the app role sends while the harness opens each
 * page once. Prints, per page, every scan in every plan, and flags a sequential scan.
 *
 *   npm run bench:plans [-- --children 100000]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import pino from 'pino';
import { argument, benchDataDir, readFacts, startBenchDatabase } from './bench-database.ts';
import { signIn, startKindred, stopProcesses, waitFor } from './bench-servers.ts';
import { generateBenchData } from './data.ts';

const children = Number(argument('children', '100000'));
const PORT = Number(argument('port', '3892'));

const PAGES: Array<[string, (facts: { journeyId: string; childId: string }) => string]> = [
  ['register, first page', () => '/children'],
  ['register, search by part of a name', () => '/children?q=lindqv'],
  ['register, search by record ID', () => '/children?q=LL0004242'],
  ['register, search by date of birth', () => '/children?dob-day=1&dob-month=6&dob-year=2012'],
  ['inbox, waiting', () => '/inbox'],
  ['inbox, accepted', () => '/inbox?status=accepted'],
  ['journeys', () => '/journeys'],
  ['my referrals', () => '/referrals'],
  ['users (administrators)', () => '/admin/users'],
  ['case page', (facts) => `/journeys/${facts.journeyId}`],
  ['child record', (facts) => `/children/${facts.childId}`],
  ['home', () => '/'],
];

const CASE_TABLES =
  /Seq Scan on (children|referrals|referral_children|journeys|journey_events|case_notes|chronology_entries|consents|audit_events|planning_meetings|users)\b/;

async function main() {
  const dataDir = benchDataDir(children);
  const facts = (await readFacts(dataDir)) ?? (await generateBenchData(children, dataDir));
  const logged: string[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => logged.push(JSON.parse(line).postgres ?? '') },
  );
  const database = await startBenchDatabase(dataDir, logger);
  const secrets = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'));
  const superuserUrl = new URL(database.ownerUrl);
  superuserUrl.username = 'postgres';
  superuserUrl.password = secrets.superuserPassword;
  const superuser = new pg.Client({ connectionString: superuserUrl.toString() });
  await superuser.connect();
  const settings = [
    "session_preload_libraries = 'auto_explain'",
    'auto_explain.log_min_duration = 0',
    'auto_explain.log_nested_statements = on',
  ];
  for (const setting of settings) await superuser.query(`alter role kindred_app set ${setting}`);
  const kindred = startKindred(database, PORT);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/health/live`);
    const manager = await signIn(base, facts.accounts.manager);
    const admin = await signIn(base, 'administrator1@bench.kindred.example');
    const socialWorker = await signIn(base, facts.accounts.socialWorker);
    for (const [name, pathOf] of PAGES) {
      const cookie = name.startsWith('users')
        ? admin
        : name === 'my referrals'
          ? socialWorker
          : manager;
      await sleep(300);
      logged.length = 0;
      const response = await fetch(`${base}${pathOf(facts)}`, { headers: { cookie } });
      await response.arrayBuffer();
      await sleep(500);
      const scans = logged
        .flatMap((message) => message.split('\n'))
        .filter((line) => /Scan|Query Text/.test(line))
        .map((line) => line.replace(/^\[STDERR\]\s*/, '').trim());
      const sequential = scans.filter((line) => CASE_TABLES.test(line));
      process.stdout.write(
        `\n## ${name} (${response.status}): ${sequential.length ? `SEQUENTIAL SCAN: ${sequential.join('; ')}` : 'no sequential scan of a case table'}\n`,
      );
      for (const line of scans) {
        if (!/Query Text/.test(line)) process.stdout.write(`  ${line}\n`);
      }
    }
  } finally {
    await stopProcesses(kindred);
    await superuser.query('alter role kindred_app reset all');
    await superuser.end();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
