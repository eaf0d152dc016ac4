import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';

/** Where the benchmark keeps a generated database of a given size, and what is in it. */

export const BENCH_PASSWORD = 'bench-password-made-up-data-only';

export interface BenchFacts {
  children: number;
  organisations: number;
  generatedAt: string;
  seconds: number;
  /** The accounts the harness signs in with, in the benchmark organisation. */
  accounts: { manager: string; coordinator: string; socialWorker: string };
  /** A journey (case page) and its child (child record) in the benchmark organisation. */
  journeyId: string;
  childId: string;
  /** A part of a surname that a person might type into the register's search. */
  searchText: string;
}

export function benchDataDir(children: number, dir?: string): string {
  return dir ?? path.join(os.tmpdir(), `kindred-bench-${children}`);
}

export const factsFile = (dataDir: string) => path.join(dataDir, 'bench.json');

export async function readFacts(dataDir: string): Promise<BenchFacts | undefined> {
  try {
    return JSON.parse(await readFile(factsFile(dataDir), 'utf8')) as BenchFacts;
  } catch {
    return undefined;
  }
}

/** The embedded PostgreSQL in the bench folder, migrated (as `npm start` would). */
export async function startBenchDatabase(
  dataDir: string,
  logger: Logger = pino({ level: 'warn' }),
): Promise<EmbeddedDatabase> {
  const database = await startEmbeddedDatabase({ dataDir, port: 0, logger });
  await migrate(database.ownerUrl, 'kindred_app');
  return database;
}

/** `--name value` from the command line, or the fallback. */
export function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value ?? fallback;
}
