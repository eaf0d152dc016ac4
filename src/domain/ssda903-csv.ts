import { parse } from 'csv-parse/sync';

/**
 * Reading one CSV file of an SSDA903 return into rows of named cells, with a clear problem for a
 * file that is empty, binary, a spreadsheet or not valid CSV. No I/O: it is given the bytes.
 */

export type Ssda903FileKind = 'header' | 'episodes';

export const FILE_NAMES: Record<Ssda903FileKind, string> = {
  header: 'header file',
  episodes: 'episodes file',
};

/** One thing wrong with a file: where (row and column, when it is about one) and why. */
export interface Ssda903Problem {
  file: Ssda903FileKind;
  /** The line of the file, counting the column headings as row 1. */
  row: number | null;
  column: string | null;
  message: string;
}

export interface CsvRow {
  row: number;
  cells: Record<string, string>;
}

export type CsvReading =
  | { ok: true; text: string; headings: string[]; rows: CsvRow[] }
  | { ok: false; text: string | null; problems: Ssda903Problem[] };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** Control characters other than tab, line feed and carriage return: a text file has none. */
function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The text of an uploaded file, with line endings made \n and any byte-order mark removed. */
export function decodeCsv(
  input: Uint8Array | string,
  file: Ssda903FileKind,
): { ok: true; text: string } | { ok: false; problem: Ssda903Problem } {
  const name = FILE_NAMES[file];
  const problem = (message: string) =>
    ({ ok: false, problem: { file, row: null, column: null, message } }) as const;
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (startsWith(input, ZIP_SIGNATURE) || startsWith(input, OLE_SIGNATURE)) {
      return problem(
        `The ${name} is a spreadsheet, not a CSV file. Open it and save it as ‘CSV (comma delimited)’, then upload that file`,
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      // Spreadsheet programs often save CSV in the Windows character set.
      text = new TextDecoder('windows-1252').decode(input);
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return problem(`The ${name} is empty`);
  if (hasControlCharacters(text)) {
    return problem(`The ${name} is not a CSV file. Save it as CSV, then upload it again`);
  }
  return { ok: true, text };
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is not closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quotation mark is in the middle of a value',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'there is text after a closing quotation mark',
};

interface ParsedRecord {
  record: string[];
  raw: string;
}

/**
 * Rows of a CSV file, each with its line number and its cells by column heading. Headings are
 * matched without regard to case or spaces; empty rows are left out.
 */
export function readCsv(input: Uint8Array | string, file: Ssda903FileKind): CsvReading {
  const decoded = decodeCsv(input, file);
  if (!decoded.ok) return { ok: false, text: null, problems: [decoded.problem] };
  const { text } = decoded;
  const name = FILE_NAMES[file];
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      raw: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const why = (code && CSV_ERRORS[code]) ?? 'it is not laid out as CSV';
    return {
      ok: false,
      text,
      problems: [
        {
          file,
          row: typeof lines === 'number' ? lines : null,
          column: null,
          message: `The ${name} could not be read as CSV: ${why}`,
        },
      ],
    };
  }

  let line = 1;
  const numbered = records.map(({ record, raw }) => {
    const leadingBlankLines = /^\n*/.exec(raw)?.[0].length ?? 0;
    const start = line + leadingBlankLines;
    line += raw.split('\n').length - 1;
    return { row: start, record };
  });
  const first = numbered[0];
  if (!first) {
    return {
      ok: false,
      text,
      problems: [{ file, row: null, column: null, message: `The ${name} is empty` }],
    };
  }
  const headings = first.record.map((heading) => heading.replace(/\s+/g, '').toUpperCase());
  const problems: Ssda903Problem[] = [];
  headings.forEach((heading, index) => {
    if (heading !== '' && headings.indexOf(heading) !== index) {
      problems.push({
        file,
        row: first.row,
        column: heading,
        message: `The ${name} has more than one ${heading} column`,
      });
    }
  });
  const rows: CsvRow[] = [];
  for (const { row, record } of numbered.slice(1)) {
    if (record.every((cell) => cell === '')) continue;
    if (record.length !== headings.length) {
      problems.push({
        file,
        row,
        column: null,
        message: `This row has ${record.length} values but the file has ${headings.length} columns`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    headings.forEach((heading, index) => {
      cells[heading] = record[index] ?? '';
    });
    rows.push({ row, cells });
  }
  if (problems.length > 0) return { ok: false, text, problems };
  return { ok: true, text, headings, rows };
}

/** Problems for the required columns a file lacks (all of them at once). */
export function missingColumns(
  headings: readonly string[],
  required: readonly string[],
  file: Ssda903FileKind,
): Ssda903Problem[] {
  return required
    .filter((column) => !headings.includes(column))
    .map((column) => ({
      file,
      row: 1,
      column,
      message: `The ${FILE_NAMES[file]} has no ${column} column`,
    }));
}
