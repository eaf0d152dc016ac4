import {
  FILE_NAMES,
  missingColumns,
  readCsv,
  type Ssda903FileKind,
  type Ssda903Problem,
} from './ssda903-csv.ts';
import { checkEpisodesTogether, type EpisodeRecord, readEpisodeRows } from './ssda903-episodes.ts';
import { type HeaderRecord, readHeaderRows, type Ssda903Problems } from './ssda903-rows.ts';

export { FILE_NAMES, type Ssda903FileKind, type Ssda903Problem } from './ssda903-csv.ts';
export type { EpisodeRecord } from './ssda903-episodes.ts';
export type { HeaderRecord } from './ssda903-rows.ts';

/**
 * The looked-after children return (SSDA903) as Kindred reads it: a header file (one row per
 * child) and an episodes file (one row per episode of care). Every problem of both files is
 * collected at once, so a person can fix them in one go, and split in two:
 *
 * - blocking: a file that cannot be read as CSV, a missing column, a child whose ID or date of
 *   birth cannot be read, a child twice in the header, an episode of a child not in the header.
 *   Nothing is imported while there is one.
 * - findings: what else the DfE's validation rules flag (codes, dates, episodes that overlap or
 *   do not follow on). The import goes ahead and the findings are kept with the import run.
 *
 * Columns Kindred does not keep are accepted and ignored: HOME_POST and PL_POST (where the child
 * lives), URN, MOTHER and MC_DOB.
 */
export const HEADER_COLUMNS = ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN'] as const;
export const EPISODE_COLUMNS = [
  'CHILD',
  'DECOM',
  'RNE',
  'LS',
  'CIN',
  'PLACE',
  'PLACE_PROVIDER',
  'DEC',
  'REC',
  'REASON_PLACE_CHANGE',
] as const;

export interface Ssda903Upload {
  header: Uint8Array | string;
  episodes: Uint8Array | string;
}

export type Ssda903Reading =
  | {
      ok: true;
      texts: { header: string; episodes: string };
      children: HeaderRecord[];
      episodes: EpisodeRecord[];
      findings: Ssda903Problem[];
    }
  | { ok: false; blocking: Ssda903Problem[]; findings: Ssda903Problem[] };

const FILE_ORDER: Ssda903FileKind[] = ['header', 'episodes'];

/** In file order, then row order; a row's problems keep the order they were found in. */
function byPlace(a: Ssda903Problem, b: Ssda903Problem): number {
  return FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || (a.row ?? 0) - (b.row ?? 0);
}

function swapped(file: Ssda903FileKind): Ssda903Problem {
  const other = file === 'header' ? 'an episodes file' : 'a header file';
  return {
    file,
    row: 1,
    column: null,
    message: `The ${FILE_NAMES[file]} has the columns of ${other}: check you chose each file in the right place`,
  };
}

/**
 * Reads and checks both files of a return. `today` is the date in the UK: a date after it is a
 * finding. The reading is ok when nothing blocks; its findings come with it either way.
 */
export function readSsda903(upload: Ssda903Upload, today: string): Ssda903Reading {
  const header = readCsv(upload.header, 'header');
  const episodesFile = readCsv(upload.episodes, 'episodes');
  const problems: Ssda903Problems = { blocking: [], findings: [] };

  let children: HeaderRecord[] = [];
  let birthDates: Map<string, string | null> | null = null;
  if (!header.ok) {
    problems.blocking.push(...header.problems);
  } else if (header.headings.includes('DECOM') && !header.headings.includes('DOB')) {
    problems.blocking.push(swapped('header'));
  } else {
    const missing = missingColumns(header.headings, HEADER_COLUMNS, 'header');
    problems.blocking.push(...missing);
    if (missing.length === 0) {
      if (header.rows.length === 0) {
        problems.blocking.push({
          file: 'header',
          row: null,
          column: null,
          message: 'The header file has no children in it',
        });
      }
      const read = readHeaderRows(header.rows, today, problems);
      children = read.children;
      birthDates = read.known;
    }
  }

  let episodes: EpisodeRecord[] = [];
  if (!episodesFile.ok) {
    problems.blocking.push(...episodesFile.problems);
  } else if (episodesFile.headings.includes('DOB') && !episodesFile.headings.includes('DECOM')) {
    problems.blocking.push(swapped('episodes'));
  } else {
    const missing = missingColumns(episodesFile.headings, EPISODE_COLUMNS, 'episodes');
    problems.blocking.push(...missing);
    if (missing.length === 0) {
      const read = readEpisodeRows(episodesFile.rows, today, birthDates, problems);
      episodes = checkEpisodesTogether(read, problems.findings);
    }
  }

  const findings = problems.findings.sort(byPlace);
  if (problems.blocking.length > 0 || !header.ok || !episodesFile.ok) {
    return { ok: false, blocking: problems.blocking.sort(byPlace), findings };
  }
  return {
    ok: true,
    texts: { header: header.text, episodes: episodesFile.text },
    children,
    episodes,
    findings,
  };
}

/** "episodes file, row 4, column LS: LS ‘Z9’ is not a legal status code": for the command line. */
export function describeProblem(problem: Ssda903Problem): string {
  const where = [
    FILE_NAMES[problem.file],
    problem.row === null ? null : `row ${problem.row}`,
    problem.column === null ? null : `column ${problem.column}`,
  ].filter(Boolean);
  return `${where.join(', ')}: ${problem.message}`;
}
