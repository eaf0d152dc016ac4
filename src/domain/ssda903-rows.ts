import { isoDateFromSlashed } from './dates.ts';
import { type Code, ETHNICITY_CODES, isCodeIn, SSDA903_SEX_CODES } from './ssda903-codes.ts';
import type { CsvRow, Ssda903FileKind, Ssda903Problem } from './ssda903-csv.ts';

/**
 * Checking the rows of an SSDA903 return cell by cell. A problem either blocks the import (the
 * row cannot be matched to a child at all) or is a data-quality finding: the DfE's validator
 * would flag it, but the row is still imported as the council sent it, or with the one field
 * Kindred cannot store truthfully left out (the finding says which).
 */

export interface HeaderRecord {
  row: number;
  child: string;
  /** Null when SEX is missing or not a code: the child's gender is then not imported. */
  sex: string | null;
  dateOfBirth: string;
  ethnicity: string | null;
  /** Null when the file gives none, a UN code saying why there is none, or no UPN at all. */
  upn: string | null;
}

/** Collected problems of a whole file, split by whether they stop the import. */
export interface Ssda903Problems {
  blocking: Ssda903Problem[];
  findings: Ssda903Problem[];
}

/**
 * A child's ID as the main case record writes it: letters of any alphabet (accented or not),
 * digits and a few separators. Compared in Unicode's composed form, so "ZOË01" typed one way
 * matches "ZOË01" saved another.
 */
const CHILD_ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_./-]{0,49}$/u;
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;
const UPN_REASON = /^UN[1-5]$/;

/** A cell's value inside a message, cut short so one odd cell cannot flood the report. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function slashed(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** The problems of one row, and its cells read as codes and dates. */
export class RowCheck {
  constructor(
    private readonly file: Ssda903FileKind,
    private readonly row: CsvRow,
    private readonly into: Ssda903Problems,
  ) {}

  private add(list: Ssda903Problem[], column: string | null, message: string) {
    list.push({ file: this.file, row: this.row.row, column, message });
  }

  /** A problem that stops the whole import. */
  block(column: string | null, message: string) {
    this.add(this.into.blocking, column, message);
  }

  /** A data-quality finding: reported and kept with the import run, the import goes ahead. */
  finding(column: string | null, message: string) {
    this.add(this.into.findings, column, message);
  }

  value(column: string): string {
    return this.row.cells[column] ?? '';
  }

  /**
   * A coded cell as the council sent it (in capitals), or null when empty. A missing or unknown
   * code is a finding; `known` says whether the code is in the DfE's list.
   */
  code(
    column: string,
    list: readonly Code[],
    kind: string,
    options: { optional?: boolean } = {},
  ): { code: string | null; known: boolean } {
    const value = this.value(column);
    if (value === '') {
      if (!options.optional) this.finding(column, `${column} is missing`);
      return { code: null, known: false };
    }
    const code = value.toUpperCase();
    const known = isCodeIn(list, code);
    if (!known) this.finding(column, `${column} ‘${shown(value)}’ is not ${kind}`);
    return { code, known };
  }

  /** A DD/MM/YYYY cell as YYYY-MM-DD; null (without a problem) when empty or not a date. */
  date(column: string): string | null {
    return isoDateFromSlashed(this.value(column));
  }

  notADate(column: string): string {
    return `${column} ‘${shown(this.value(column))}’ is not a real date written as DD/MM/YYYY`;
  }

  /** CHILD, or null when it cannot be read: then the row cannot be matched, which blocks. */
  childId(): string | null {
    const value = this.value('CHILD').normalize('NFC');
    if (value === '') {
      this.block('CHILD', 'CHILD is missing');
      return null;
    }
    if (!CHILD_ID.test(value)) {
      this.block(
        'CHILD',
        `CHILD ‘${shown(value)}’ must start with a letter or a number and hold only letters, numbers and the signs _ . / -, up to 50 characters`,
      );
      return null;
    }
    return value;
  }
}

export function readHeaderRows(rows: CsvRow[], today: string, into: Ssda903Problems) {
  const children: HeaderRecord[] = [];
  const firstRowOf = new Map<string, number>();
  /** Every child the file names, with their date of birth when it could be read. */
  const known = new Map<string, string | null>();
  for (const row of rows) {
    const check = new RowCheck('header', row, into);
    const child = check.childId();
    let duplicate = false;
    if (child !== null) {
      const earlier = firstRowOf.get(child);
      duplicate = earlier !== undefined;
      if (earlier !== undefined) {
        check.block(
          'CHILD',
          `CHILD ${child} is also on row ${earlier}: each child must be in the header file once`,
        );
      } else {
        firstRowOf.set(child, row.row);
      }
    }

    let sex: string | null = check.value('SEX');
    if (sex === '') {
      check.finding('SEX', 'SEX is missing, so their gender is not imported');
      sex = null;
    } else if (!SSDA903_SEX_CODES.includes(sex)) {
      check.finding(
        'SEX',
        `SEX ‘${shown(sex)}’ must be 1 (male) or 2 (female), so their gender is not imported`,
      );
      sex = null;
    }

    const dateOfBirth = check.date('DOB');
    if (check.value('DOB') === '') check.block('DOB', 'DOB is missing');
    else if (!dateOfBirth) check.block('DOB', check.notADate('DOB'));
    else if (dateOfBirth > today) {
      check.finding('DOB', `DOB ${check.value('DOB')} is in the future`);
    }
    if (child !== null && !known.has(child)) known.set(child, dateOfBirth);

    let ethnicity: string | null = check.value('ETHNIC').toUpperCase();
    if (ethnicity === '') {
      check.finding('ETHNIC', 'ETHNIC is missing, so their ethnicity is not imported');
      ethnicity = null;
    } else if (!isCodeIn(ETHNICITY_CODES, ethnicity)) {
      check.finding(
        'ETHNIC',
        `ETHNIC ‘${shown(check.value('ETHNIC'))}’ is not a DfE ethnicity code, such as WBRI, so their ethnicity is not imported`,
      );
      ethnicity = null;
    }

    const upnValue = check.value('UPN').toUpperCase();
    const upn = UPN.test(upnValue) ? upnValue : null;
    if (upnValue !== '' && !upn && !UPN_REASON.test(upnValue)) {
      check.finding(
        'UPN',
        `UPN ‘${shown(check.value('UPN'))}’ is not a unique pupil number (a letter and 12 more characters) or a code UN1 to UN5, so it is not imported`,
      );
    }
    if (child && dateOfBirth && !duplicate) {
      children.push({ row: row.row, child, sex, dateOfBirth, ethnicity, upn });
    }
  }
  return { children, known };
}
