import {
  FILE_NAMES,
  missingColumns,
  readCsv,
  type Ssda903FileKind,
  type Ssda903Problem,
} from './ssda903-csv.ts';
import {
  type EpisodeRecord,
  type HeaderRecord,
  overlapProblems,
  readEpisodeRows,
  readHeaderRows,
} from './ssda903-rows.ts';

export { FILE_NAMES, type Ssda903FileKind, type Ssda903Problem } from './ssda903-csv.ts';
export type { EpisodeRecord, HeaderRecord } from './ssda903-rows.ts';

/**
 * The looked-after children return (SSDA903) as Kindred reads it: a header file (one row per
 * child) and an episodes file (one row per episode of care). Every problem is collected, so a
 * person can fix a file in one go; the import writes nothing unless there are none.
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
    }
  | { ok: false; problems: Ssda903Problem[] };

function byPlace(a: Ssda903Problem, b: Ssda903Problem): number {
  const files: Ssda903FileKind[] = ['header', 'episodes'];
  return files.indexOf(a.file) - files.indexOf(b.file) || (a.row ?? 0) - (b.row ?? 0);
}

/**
 * Reads and checks both files of a return. `today` is the date in the UK (no date may be after
 * it). Either every row is good, or every problem found is returned.
 */
export function readSsda903(upload: Ssda903Upload, today: string): Ssda903Reading {
  const header = readCsv(upload.header, 'header');
  const episodesFile = readCsv(upload.episodes, 'episodes');
  const problems: Ssda903Problem[] = [];

  let children: HeaderRecord[] = [];
  let birthDates: Map<string, string | null> | null = null;
  if (!header.ok) {
    problems.push(...header.problems);
  } else if (header.headings.includes('DECOM') && !header.headings.includes('DOB')) {
    problems.push({
      file: 'header',
      row: 1,
      column: null,
      message:
        'The header file has the columns of an episodes file: check you chose each file in the right place',
    });
  } else {
    const missing = missingColumns(header.headings, HEADER_COLUMNS, 'header');
    problems.push(...missing);
    if (missing.length === 0) {
      if (header.rows.length === 0) {
        problems.push({
          file: 'header',
          row: null,
          column: null,
          message: 'The header file has no children in it',
        });
      }
      const read = readHeaderRows(header.rows, today);
      problems.push(...read.problems);
      children = read.children;
      birthDates = read.known;
    }
  }

  let episodes: EpisodeRecord[] = [];
  if (!episodesFile.ok) {
    problems.push(...episodesFile.problems);
  } else if (episodesFile.headings.includes('DOB') && !episodesFile.headings.includes('DECOM')) {
    problems.push({
      file: 'episodes',
      row: 1,
      column: null,
      message:
        'The episodes file has the columns of a header file: check you chose each file in the right place',
    });
  } else {
    const missing = missingColumns(episodesFile.headings, EPISODE_COLUMNS, 'episodes');
    problems.push(...missing);
    if (missing.length === 0) {
      const read = readEpisodeRows(episodesFile.rows, today, birthDates);
      problems.push(...read.problems, ...overlapProblems(read.episodes));
      episodes = read.episodes;
    }
  }

  if (problems.length > 0 || !header.ok || !episodesFile.ok) {
    return { ok: false, problems: problems.sort(byPlace) };
  }
  return {
    ok: true,
    texts: { header: header.text, episodes: episodesFile.text },
    children,
    episodes,
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
