import { isoDateFromSlashed } from './dates.ts';
import {
  type Code,
  EPISODE_END_REASON_CODES,
  ETHNICITY_CODES,
  isCodeIn,
  LEGAL_STATUS_CODES,
  NEED_CODES,
  NEW_EPISODE_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_CODES,
  PLACEMENT_PROVIDER_CODES,
  SSDA903_SEX_CODES,
} from './ssda903-codes.ts';
import type { CsvRow, Ssda903FileKind, Ssda903Problem } from './ssda903-csv.ts';

/** Checking the rows of an SSDA903 return, cell by cell, and its episodes against each other. */

export interface HeaderRecord {
  row: number;
  child: string;
  sex: string;
  dateOfBirth: string;
  ethnicity: string;
  /** Null when the file gives none, or a UN code saying why there is none. */
  upn: string | null;
}

export interface EpisodeRecord {
  row: number;
  child: string;
  startsOn: string;
  endsOn: string | null;
  newEpisodeReason: string;
  legalStatus: string;
  need: string;
  placement: string;
  provider: string | null;
  endReason: string | null;
  placementChangeReason: string | null;
}

const CHILD_ID = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,49}$/;
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;
const UPN_REASON = /^UN[1-5]$/;

/** Collects the problems of one row, and the row's values once they are known to be good. */
class RowCheck {
  readonly problems: Ssda903Problem[] = [];
  constructor(
    private readonly file: Ssda903FileKind,
    private readonly row: CsvRow,
  ) {}

  problem(column: string | null, message: string) {
    this.problems.push({ file: this.file, row: this.row.row, column, message });
  }

  value(column: string): string {
    return this.row.cells[column] ?? '';
  }

  required(column: string): string | null {
    const value = this.value(column);
    if (value === '') {
      this.problem(column, `${column} is missing`);
      return null;
    }
    return value;
  }

  code(column: string, list: readonly Code[], kind: string, options: { optional?: boolean } = {}) {
    const value = options.optional ? this.value(column) : this.required(column);
    if (!value) return null;
    const code = value.toUpperCase();
    if (!isCodeIn(list, code)) {
      this.problem(column, `${column} ‘${value}’ is not ${kind}`);
      return null;
    }
    return code;
  }

  date(column: string, today: string, options: { optional?: boolean } = {}): string | null {
    const value = options.optional ? this.value(column) : this.required(column);
    if (!value) return null;
    const date = isoDateFromSlashed(value);
    if (!date) {
      this.problem(column, `${column} ‘${value}’ is not a real date written as DD/MM/YYYY`);
      return null;
    }
    if (date > today) {
      this.problem(column, `${column} ${value} is in the future`);
      return null;
    }
    return date;
  }

  childId(): string | null {
    const value = this.required('CHILD');
    if (value === null) return null;
    if (!CHILD_ID.test(value)) {
      this.problem('CHILD', `CHILD ‘${value}’ must be letters and numbers, up to 50 characters`);
      return null;
    }
    return value;
  }
}

function slashed(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

export function readHeaderRows(rows: CsvRow[], today: string) {
  const problems: Ssda903Problem[] = [];
  const children: HeaderRecord[] = [];
  const firstRowOf = new Map<string, number>();
  /** Every child the file names, with their date of birth when it could be read. */
  const known = new Map<string, string | null>();
  for (const row of rows) {
    const check = new RowCheck('header', row);
    const child = check.childId();
    if (child !== null) {
      const earlier = firstRowOf.get(child);
      if (earlier !== undefined) {
        check.problem(
          'CHILD',
          `CHILD ${child} is also on row ${earlier}: each child must be in the header file once`,
        );
      } else {
        firstRowOf.set(child, row.row);
      }
    }
    let sex = check.required('SEX');
    if (sex !== null && !SSDA903_SEX_CODES.includes(sex)) {
      check.problem('SEX', `SEX ‘${sex}’ must be 1 (male) or 2 (female)`);
      sex = null;
    }
    const dateOfBirth = check.date('DOB', today);
    if (child !== null && !known.has(child)) known.set(child, dateOfBirth);
    const ethnicity = check.code('ETHNIC', ETHNICITY_CODES, 'a DfE ethnicity code, such as WBRI');
    const upnValue = check.value('UPN').toUpperCase();
    let upn: string | null = null;
    if (UPN.test(upnValue)) upn = upnValue;
    else if (upnValue !== '' && !UPN_REASON.test(upnValue)) {
      check.problem(
        'UPN',
        `UPN ‘${check.value('UPN')}’ is not a unique pupil number (a letter and 12 more characters) or a code UN1 to UN5`,
      );
    }
    problems.push(...check.problems);
    if (check.problems.length === 0 && child && sex && dateOfBirth && ethnicity) {
      children.push({ row: row.row, child, sex, dateOfBirth, ethnicity, upn });
    }
  }
  return { problems, children, known };
}

export function readEpisodeRows(
  rows: CsvRow[],
  today: string,
  birthDates: ReadonlyMap<string, string | null> | null,
) {
  const problems: Ssda903Problem[] = [];
  const episodes: EpisodeRecord[] = [];
  for (const row of rows) {
    const check = new RowCheck('episodes', row);
    const child = check.childId();
    const dateOfBirth = child && birthDates ? birthDates.get(child) : null;
    if (child && birthDates && !birthDates.has(child)) {
      check.problem('CHILD', `CHILD ${child} is not in the header file`);
    }
    const startsOn = check.date('DECOM', today);
    if (startsOn && dateOfBirth && startsOn < dateOfBirth) {
      check.problem(
        'DECOM',
        `DECOM ${slashed(startsOn)} is before the child’s date of birth (${slashed(dateOfBirth)})`,
      );
    }
    const endsOn = check.date('DEC', today, { optional: true });
    if (startsOn && endsOn && endsOn < startsOn) {
      check.problem(
        'DEC',
        `DEC ${slashed(endsOn)} is before the episode starts (DECOM ${slashed(startsOn)})`,
      );
    }
    const newEpisodeReason = check.code(
      'RNE',
      NEW_EPISODE_REASON_CODES,
      'a reason for a new episode (S, L, P, T, B or U)',
    );
    const legalStatus = check.code(
      'LS',
      LEGAL_STATUS_CODES,
      'a legal status code, such as C2 or V2',
    );
    const need = check.code('CIN', NEED_CODES, 'a category of need (N1 to N8)');
    const placement = check.code(
      'PLACE',
      PLACEMENT_CODES,
      'a placement type code, such as U4 or K2',
    );
    const provider = check.code(
      'PLACE_PROVIDER',
      PLACEMENT_PROVIDER_CODES,
      'a placement provider code (PR0 to PR5)',
      { optional: true },
    );
    const endReason = check.code(
      'REC',
      EPISODE_END_REASON_CODES,
      'a reason an episode ended, such as E4A or X1',
      { optional: true },
    );
    const placementChangeReason = check.code(
      'REASON_PLACE_CHANGE',
      PLACEMENT_CHANGE_REASON_CODES,
      'a reason for a placement change, such as CARPL',
      { optional: true },
    );
    if (check.value('DEC') !== '' && check.value('REC') === '') {
      check.problem(
        'REC',
        'REC is missing: an episode with an end date (DEC) needs the reason it ended',
      );
    }
    if (check.value('DEC') === '' && check.value('REC') !== '') {
      check.problem(
        'DEC',
        'DEC is missing: an episode with a reason it ended (REC) needs its end date',
      );
    }
    problems.push(...check.problems);
    if (
      check.problems.length === 0 &&
      child &&
      startsOn &&
      newEpisodeReason &&
      legalStatus &&
      need &&
      placement
    ) {
      episodes.push({
        row: row.row,
        child,
        startsOn,
        endsOn,
        newEpisodeReason,
        legalStatus,
        need,
        placement,
        provider,
        endReason,
        placementChangeReason,
      });
    }
  }
  return { problems, episodes };
}

/** Episodes of one child that start on the same day, or run into each other. */
export function overlapProblems(episodes: readonly EpisodeRecord[]): Ssda903Problem[] {
  const problems: Ssda903Problem[] = [];
  const byChild = new Map<string, EpisodeRecord[]>();
  for (const episode of episodes) {
    byChild.set(episode.child, [...(byChild.get(episode.child) ?? []), episode]);
  }
  for (const list of byChild.values()) {
    const sorted = [...list].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.row - b.row);
    for (let index = 1; index < sorted.length; index += 1) {
      const earlier = sorted[index - 1] as EpisodeRecord;
      const later = sorted[index] as EpisodeRecord;
      const problem = (row: number, column: string, message: string) =>
        problems.push({ file: 'episodes', row, column, message });
      if (earlier.startsOn === later.startsOn) {
        problem(
          later.row,
          'DECOM',
          `CHILD ${later.child} already has an episode starting on ${slashed(later.startsOn)} (row ${earlier.row})`,
        );
      } else if (earlier.endsOn === null) {
        problem(
          earlier.row,
          'DEC',
          `This episode has no end date (DEC) but a later episode of CHILD ${earlier.child} starts on row ${later.row}: episodes must not overlap`,
        );
      } else if (earlier.endsOn > later.startsOn) {
        problem(
          later.row,
          'DECOM',
          `This episode starts on ${slashed(later.startsOn)}, before the episode on row ${earlier.row} ends (${slashed(earlier.endsOn)}): episodes must not overlap`,
        );
      }
    }
  }
  return problems;
}
