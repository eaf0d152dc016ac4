/**
 * The benchmark harness: Kindred with production settings on a generated database, beside a bare
 * Fastify + Nunjucks + govuk-frontend page (the ceiling), measured with autocannon in alternating
 * runs: the bare page, then a Kindred page, then the bare page again, and so on.
 *
 *   npm run bench [-- --children 1000,100000 --duration 5 --rounds 1 --connections 20 --pages case,register,journeys]
 *
 * For each page it prints throughput as a ratio to the bare page, p50 and p99, and the number of
 * statements sent to PostgreSQL per view (counted by Kindred when BENCH=1, one request at a time).
 * A missing bench database is generated first (`npm run bench:data`); later runs reuse it.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import {
  argument,
  type BenchFacts,
  benchDataDir,
  readFacts,
  startBenchDatabase,
} from './bench-database.ts';
import { signIn, startKindred, startNode, stopProcesses, waitFor } from './bench-servers.ts';
import { generateBenchData } from './data.ts';

const sizes = argument('children', '1000,100000').split(',').map(Number);
const duration = Number(argument('duration', '5'));
const rounds = Number(argument('rounds', '1'));
const connections = Number(argument('connections', '20'));
const onlyPages = argument('pages', '');
const KINDRED_PORT = Number(argument('port', '3890'));
const BARE_PORT = KINDRED_PORT + 1;

interface BenchPage {
  name: string;
  path: (facts: BenchFacts) => string;
  /** Signed in as the team manager, or not at all. */
  signedIn: boolean;
  /** A list whose p50 should not grow with the register. */
  list?: boolean;
}

const PAGES: BenchPage[] = [
  { name: 'case', path: (f) => `/journeys/${f.journeyId}`, signedIn: true },
  { name: 'child', path: (f) => `/children/${f.childId}`, signedIn: true },
  { name: 'register', path: () => '/children', signedIn: true, list: true },
  { name: 'search', path: (f) => `/children?q=${f.searchText}`, signedIn: true, list: true },
  { name: 'inbox', path: () => '/inbox', signedIn: true, list: true },
  { name: 'journeys', path: () => '/journeys', signedIn: true, list: true },
  { name: 'home', path: () => '/', signedIn: true },
  { name: 'sign-in', path: () => '/sign-in', signedIn: false },
];

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

async function measure(url: string, cookie: string | null): Promise<Measured> {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Statements per view: one request at a time, after a first one has warmed the caches. */
async function statementsPerView(url: string, cookie: string | null): Promise<number> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  await fetch(url, { headers });
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
  return Number(response.headers.get('x-kindred-statements') ?? Number.NaN);
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

interface Row {
  page: string;
  ratio: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statements: number;
  failures: number;
  list: boolean;
}

async function benchSize(children: number): Promise<Row[]> {
  const dataDir = benchDataDir(children);
  let facts = await readFacts(dataDir);
  if (facts?.children !== children) {
    process.stdout.write(`Generating ${children} children in ${dataDir}…\n`);
    facts = await generateBenchData(children, dataDir);
  }
  const database = await startBenchDatabase(dataDir);
  const kindred = startKindred(database, KINDRED_PORT);
  const bare = startNode('bare', ['bench/bare-page.ts', String(BARE_PORT)], {});
  const base = `http://127.0.0.1:${KINDRED_PORT}`;
  const bareUrl = `http://127.0.0.1:${BARE_PORT}/`;
  try {
    await Promise.all([waitFor(`${base}/health/live`), waitFor(bareUrl)]);
    const cookie = await signIn(base, facts.accounts.manager);
    const pages = PAGES.filter((page) => !onlyPages || onlyPages.split(',').includes(page.name));
    const rows: Row[] = [];
    for (const page of pages) {
      const url = `${base}${page.path(facts)}`;
      const pageCookie = page.signedIn ? cookie : null;
      const statements = await statementsPerView(url, pageCookie);
      const bareRuns: Measured[] = [];
      const pageRuns: Measured[] = [];
      for (let round = 0; round < rounds; round += 1) {
        bareRuns.push(await measure(bareUrl, null));
        pageRuns.push(await measure(url, pageCookie));
      }
      bareRuns.push(await measure(bareUrl, null));
      const requestsPerSecond = mean(pageRuns.map((run) => run.requestsPerSecond));
      const row: Row = {
        page: page.name,
        ratio: requestsPerSecond / mean(bareRuns.map((run) => run.requestsPerSecond)),
        requestsPerSecond,
        p50: mean(pageRuns.map((run) => run.p50)),
        p99: mean(pageRuns.map((run) => run.p99)),
        statements,
        failures: pageRuns.reduce((sum, run) => sum + run.failures, 0),
        list: Boolean(page.list),
      };
      rows.push(row);
      process.stdout.write(
        `${children} children, ${row.page}: ${row.ratio.toFixed(2)} of bare, p50 ${row.p50} ms\n`,
      );
    }
    return rows;
  } finally {
    await stopProcesses(kindred, bare);
    await database.stop();
  }
}

function table(children: number, rows: Row[]): string {
  const lines = [
    `### ${children.toLocaleString('en-GB')} children`,
    '',
    '| page | ÷ bare page | requests/s | p50 ms | p99 ms | statements per view | failures |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.ratio.toFixed(2)} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.statements} | ${row.failures} |`,
    ),
  ];
  return lines.join('\n');
}

async function main() {
  const results = new Map<number, Row[]>();
  for (const children of sizes) results.set(children, await benchSize(children));
  const cpus = os.cpus();
  process.stdout.write(
    `\nKindred benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, Node ${process.version}, ${connections} connections, ${duration} s runs × ${rounds}\n\n`,
  );
  for (const [children, rows] of results) process.stdout.write(`${table(children, rows)}\n\n`);
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  if (smallest !== largest) {
    process.stdout.write(`### p50 of each list at ${largest} ÷ at ${smallest} children\n\n`);
    for (const row of results.get(largest) ?? []) {
      const small = results.get(smallest)?.find((found) => found.page === row.page);
      if (row.list && small) {
        process.stdout.write(`- ${row.page}: ${(row.p50 / Math.max(small.p50, 1)).toFixed(2)}\n`);
      }
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
