import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { DatabaseNotReadyError, prepareDatabase } from '../db/prepare-database.ts';
import { describeProblem, type Ssda903Problem } from '../domain/ssda903.ts';
import type { ImportCounts } from '../domain/ssda903-plan.ts';
import { importSsda903 } from '../features/children/ssda903-import.service.ts';

/**
 * `npm run kindred -- <command>`: Kindred's commands for operators and nightly feeds.
 *
 *   import-ssda903 --organisation CODE --header header.csv --episodes episodes.csv [--dry-run]
 *
 * Exit status: 0 when imported (or, with --dry-run, when nothing stops the import), with any
 * data-quality findings listed; 1 when a problem stops the import (each on standard error,
 * nothing written); 2 when the command cannot run.
 */

export const USAGE = `Usage: npm run kindred -- import-ssda903 --organisation CODE --header header.csv --episodes episodes.csv [--dry-run]

  Imports the looked-after children list (the SSDA903 return) into an organisation.
  --organisation  the organisation's code
  --header        the header file (CHILD, SEX, DOB, ETHNIC, UPN)
  --episodes      the episodes file (CHILD, DECOM, RNE, LS, CIN, PLACE, ...)
  --dry-run       check the files and show what would change, without writing anything
  --help          show this help

  Problems that stop the import (a missing column, a child whose ID or date of birth cannot
  be read, ...) are listed on standard error, and nothing is written. Data-quality findings
  (what the DfE's checks would flag) are listed too, but the import goes ahead and keeps them:
  team managers can download them from the import history in Kindred.

  It uses the same database settings as npm start. On the embedded database it prepares the
  data folder as npm start does, or joins the Kindred running on it.

  Exit status: 0 imported (or a dry run with nothing that stops the import); 1 a problem in
  the files stops the import; 2 the command could not run.
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const standardOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function summary(counts: ImportCounts, tense: 'would' | 'did'): string {
  const verb = (would: string, did: string) => (tense === 'would' ? would : did);
  return [
    `Children and young people: ${counts.childrenAdded} ${verb('to add', 'added')}, ${counts.childrenUpdated} ${verb('to update', 'updated')}, ${counts.childrenUnchanged} with no change`,
    `Placement episodes: ${counts.episodesAdded} ${verb('to add', 'added')}, ${counts.episodesUpdated} ${verb('to update', 'updated')}, ${counts.episodesUnchanged} with no change`,
  ].join('\n');
}

function listed(output: Output['out'], heading: string, problems: readonly Ssda903Problem[]) {
  if (problems.length === 0) return;
  output(`${heading}\n`);
  for (const problem of problems) output(`${describeProblem(problem)}\n`);
}

function findingsHeading(count: number, what: string): string {
  return `${count} data-quality ${count === 1 ? 'finding' : 'findings'}${what}:`;
}

function importOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      organisation: { type: 'string' },
      header: { type: 'string' },
      episodes: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help' as const;
  const missing = (['organisation', 'header', 'episodes'] as const).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new UsageError(`Missing ${missing.map((name) => `--${name}`).join(', ')}`);
  }
  return {
    organisation: String(values.organisation),
    header: String(values.header),
    episodes: String(values.episodes),
    dryRun: values['dry-run'] === true,
  };
}

async function readInput(file: string, what: string): Promise<Buffer> {
  // `npm run` starts in the project folder; a relative path means where the person typed it.
  const where = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    return await readFile(where);
  } catch (error) {
    throw new UsageError(`Could not read the ${what} ${file}: ${(error as Error).message}`);
  }
}

export async function importSsda903Command(args: string[], output: Output): Promise<number> {
  const options = importOptions(args);
  if (options === 'help') {
    output.out(USAGE);
    return 0;
  }
  const header = await readInput(options.header, 'header file');
  const episodes = await readInput(options.episodes, 'episodes file');

  const config = loadConfig();
  // Logs go to standard error, so standard output holds only the summary.
  const logger = pino(
    { level: config.logLevel === 'info' ? 'warn' : config.logLevel },
    pino.destination(2),
  );
  const database = await prepareDatabase(config, logger, {
    joinRunning: true,
    ownDatabase: 'check',
  });
  try {
    // Organisations are hidden from the app role outside a request; the owner looks up the code.
    const owner = connectDatabase(database.ownerUrl, logger, { max: 1 });
    const organisation = await owner.db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('code', '=', options.organisation)
      .executeTakeFirst()
      .finally(() => owner.close());
    if (!organisation) {
      output.err(`No organisation has the code ${options.organisation}.\n`);
      return 2;
    }

    const app = connectDatabase(database.appUrl, logger, { max: 1 });
    try {
      const result = await importSsda903(
        app.db,
        {
          organisationId: organisation.id,
          userId: null,
          requestId: randomUUID(),
          via: 'command-line',
        },
        {
          header,
          episodes,
          names: {
            header: path.basename(options.header),
            episodes: path.basename(options.episodes),
          },
        },
        { dryRun: options.dryRun },
      );
      if (result.outcome === 'blocked') {
        const count = result.blocking.length;
        listed(
          output.err,
          `The files have ${count} ${count === 1 ? 'problem' : 'problems'} that stop the import. Nothing was imported.`,
          result.blocking,
        );
        listed(
          output.err,
          findingsHeading(result.findings.length, ' as well, which would not stop the import'),
          result.findings,
        );
        return 1;
      }
      if (result.outcome === 'previewed') {
        output.out(
          `Dry run for ${organisation.name}: nothing was written.\n${summary(result.plan.counts, 'would')}\n`,
        );
        listed(
          output.out,
          findingsHeading(result.findings.length, ', which would not stop the import'),
          result.findings,
        );
        return 0;
      }
      output.out(`Imported into ${organisation.name}.\n${summary(result.plan.counts, 'did')}\n`);
      listed(
        output.out,
        findingsHeading(
          result.findings.length,
          ', kept with this import in Kindred’s import history',
        ),
        result.findings,
      );
      return 0;
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

export async function kindredCommand(
  argv: string[],
  output: Output = standardOutput,
): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'import-ssda903') return await importSsda903Command(args, output);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      output.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command: ${command}`);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      output.err(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof DatabaseNotReadyError) {
      output.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  kindredCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    },
  );
}
