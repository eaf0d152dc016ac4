import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, readSsda903, type Ssda903Problem } from './ssda903.ts';

const fixtures = path.resolve(import.meta.dirname, '../features/children/fixtures');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const TODAY = '2026-11-22';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN\n';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE\n';

/** The problems that stop the import. */
function problemsOf(header: string | Uint8Array, episodes: string | Uint8Array) {
  const reading = readSsda903({ header, episodes }, TODAY);
  if (reading.ok) throw new Error('expected problems');
  return reading.blocking;
}

/** The reading of files that nothing stops, with their data-quality findings. */
function findingsOf(header: string | Uint8Array, episodes: string | Uint8Array) {
  const reading = readSsda903({ header, episodes }, TODAY);
  if (!reading.ok) throw new Error(reading.blocking.map(describeProblem).join('\n'));
  return reading;
}

const where = (problem: Ssda903Problem) => [problem.file, problem.row, problem.column];

describe('reading a good return', () => {
  it('reads every child and episode of the fixture files', () => {
    const reading = readSsda903(
      { header: fixture('header.csv'), episodes: fixture('episodes.csv') },
      TODAY,
    );
    if (!reading.ok) throw new Error(reading.blocking.map(describeProblem).join('\n'));
    expect(reading.findings).toEqual([]);
    expect(reading.children.map((child) => child.child)).toEqual([
      '100201',
      '100202',
      '100203',
      '100204',
    ]);
    expect(reading.children[0]).toEqual({
      row: 2,
      child: '100201',
      sex: '2',
      dateOfBirth: '2011-03-14',
      ethnicity: 'WBRI',
      upn: 'A12345678901B',
    });
    // A UN code says why there is no UPN: Kindred records none.
    expect(reading.children[1]?.upn).toBeNull();
    expect(reading.episodes).toHaveLength(7);
    expect(reading.episodes[0]).toMatchObject({
      row: 2,
      child: '100201',
      startsOn: '2019-05-01',
      endsOn: '2020-01-15',
      newEpisodeReason: 'S',
      legalStatus: 'C1',
      placement: 'U6',
      endReason: 'X1',
    });
  });

  it('accepts Windows line endings, a byte-order mark, lower-case codes and blank lines', () => {
    const reading = readSsda903(
      {
        header: `\uFEFFchild, sex ,DOB,ethnic,upn\r\nA1,1,01/02/2010,wbri,\r\n\r\n`,
        episodes: `${EPISODES}A1,01/03/2020,s,c2,n1,u4,pr1,,,\r\n,,,,,,,,,\r\n`,
      },
      TODAY,
    );
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(reading.children[0]?.ethnicity).toBe('WBRI');
      expect(reading.episodes[0]?.legalStatus).toBe('C2');
      expect(reading.texts.header).not.toContain('\r');
    }
  });
});

describe('a return with problems', () => {
  it('names each missing column', () => {
    const problems = problemsOf(fixture('header.csv'), fixture('episodes-missing-column.csv'));
    expect(problems.map(where)).toEqual([['episodes', 1, 'LS']]);
    expect(problems[0]?.message).toBe('The episodes file has no LS column');
  });

  it('reports everything wrong in both files at once, blocking problems apart from findings', () => {
    const reading = readSsda903(
      {
        header: fixture('header-with-problems.csv'),
        episodes: fixture('episodes-with-problems.csv'),
      },
      TODAY,
    );
    if (reading.ok) throw new Error('expected problems');
    expect(reading.blocking.map(describeProblem)).toEqual([
      'header file, row 2, column DOB: DOB ‘31/02/2012’ is not a real date written as DD/MM/YYYY',
      'header file, row 4, column CHILD: CHILD 100301 is also on row 2: each child must be in the header file once',
      'episodes file, row 3, column CHILD: CHILD 100399 is not in the header file',
    ]);
    expect(reading.findings.map(describeProblem)).toEqual([
      'header file, row 3, column SEX: SEX ‘3’ must be 1 (male) or 2 (female), so their gender is not imported',
      'header file, row 3, column ETHNIC: ETHNIC ‘WXYZ’ is not a DfE ethnicity code, such as WBRI, so their ethnicity is not imported',
      'header file, row 4, column DOB: DOB 01/01/2099 is in the future',
      'header file, row 4, column UPN: UPN ‘not-a-upn’ is not a unique pupil number (a letter and 12 more characters) or a code UN1 to UN5, so it is not imported',
      'episodes file, row 2, column LS: LS ‘Z9’ is not a legal status code, such as C2 or V2',
    ]);
  });

  it('blocks a row whose child cannot be identified, whatever else the row has', () => {
    const problems = problemsOf(
      `${HEADER}C1,2,01/01/2012,WBRI,\n,1,01/01/2013,WBRI,\nC 3,1,01/01/2013,WBRI,\nC4,1,,WBRI,\n`,
      `${EPISODES}C1,01/01/2020,S,C2,N1,U4,PR1,,,\n,01/01/2020,S,C2,N1,U4,PR1,,,\n`,
    );
    expect(problems.map(describeProblem)).toEqual([
      'header file, row 3, column CHILD: CHILD is missing',
      'header file, row 4, column CHILD: CHILD ‘C 3’ must start with a letter or a number and hold only letters, numbers and the signs _ . / -, up to 50 characters',
      'header file, row 5, column DOB: DOB is missing',
      'episodes file, row 3, column CHILD: CHILD is missing',
    ]);
  });

  it('accepts a child’s ID with letters of any alphabet, accented or not', () => {
    const reading = findingsOf(
      `${HEADER}ZOË01,2,01/01/2012,WBRI,\nŁUKASZ-7,1,01/01/2013,WBRI,\n`,
      // The same ID with the Ë written as E and a combining diaeresis, as some systems save it.
      `${EPISODES}ZOE\u030801,01/01/2020,S,C2,N1,U4,PR1,,,\n`,
    );
    expect(reading.children.map((child) => child.child)).toEqual(['ZOË01', 'ŁUKASZ-7']);
    expect(reading.episodes[0]?.child).toBe('ZOË01');
    expect(reading.findings).toEqual([]);
  });

  it('keeps wrong codes as sent, with a finding for each, and an end without a reason', () => {
    const reading = findingsOf(
      `${HEADER}C1,2,01/01/2012,WBRI,\n`,
      `${EPISODES}C1,01/01/2020,Q,C2,N9,U9,PR7,01/02/2020,,XXXX\nC1,01/03/2020,S,C2,N1,U4,,,E8,\n`,
    );
    expect(reading.findings.map(where)).toEqual([
      ['episodes', 2, 'RNE'],
      ['episodes', 2, 'CIN'],
      ['episodes', 2, 'PLACE'],
      ['episodes', 2, 'PLACE_PROVIDER'],
      ['episodes', 2, 'REASON_PLACE_CHANGE'],
      ['episodes', 2, 'REC'],
      ['episodes', 3, 'DEC'],
    ]);
    expect(reading.episodes[0]).toMatchObject({
      newEpisodeReason: 'Q',
      need: 'N9',
      placement: 'U9',
      provider: 'PR7',
      placementChangeReason: 'XXXX',
      sound: true,
    });
    // A reason it ended but no end date: kept, but not trusted to say if the child is looked after.
    expect(reading.episodes[1]).toMatchObject({ endsOn: null, endReason: 'E8', sound: false });
  });

  it('finds episodes that overlap, share a start date, begin before birth or do not follow on', () => {
    const reading = findingsOf(
      `${HEADER}C1,2,01/01/2012,WBRI,\nC2,1,01/06/2015,WBRI,\nC3,1,01/06/2015,WBRI,\nC4,1,01/06/2000,WBRI,\n`,
      `${EPISODES}` +
        'C1,01/01/2020,S,C2,N1,U4,PR1,01/06/2020,X1,\n' +
        'C1,01/05/2020,P,C2,N1,U6,PR1,,,\n' +
        'C2,01/01/2016,S,C2,N1,U4,PR1,,,\n' +
        'C2,01/01/2017,P,C2,N1,U6,PR1,,,\n' +
        'C3,01/01/2014,S,C2,N1,U4,PR1,01/01/2016,E8,\n' +
        'C3,01/01/2016,S,C2,N1,U4,PR1,,,\n' +
        'C3,01/01/2016,S,Z9,N1,U4,PR1,,,\n' +
        'C4,01/01/2017,S,C2,N1,U4,PR1,01/01/2018,X1,\n' +
        'C4,01/03/2018,T,C2,N1,U4,PR1,01/01/2019,E8,\n' +
        'C4,01/06/2018,S,C2,N1,U4,PR1,,,\n',
    );
    expect(reading.findings.map(describeProblem)).toEqual([
      'episodes file, row 3, column DECOM: This episode starts on 01/05/2020, before the episode on row 2 ends (01/06/2020): episodes must not overlap',
      'episodes file, row 4, column DEC: This episode has no end date (DEC) but a later episode of CHILD C2 starts on row 5: episodes must not overlap',
      'episodes file, row 6, column DECOM: DECOM 01/01/2014 is before the child’s date of birth (01/06/2015)',
      // Row 8 has a finding of its own and is still checked against the others.
      'episodes file, row 8, column LS: LS ‘Z9’ is not a legal status code, such as C2 or V2',
      'episodes file, row 8, column DECOM: CHILD C3 already has an episode starting on 01/01/2016 (row 7), so this episode is not imported',
      'episodes file, row 9, column REC: REC X1 says another episode starts the day this one ends (01/01/2018), but CHILD C4 has no episode starting then (the next starts on 01/03/2018, row 10)',
      'episodes file, row 10, column RNE: RNE ‘T’ says this episode carries on from the one before, but that one ended on 01/01/2018 (row 9): a new period of care starts with RNE S',
      'episodes file, row 11, column DECOM: DECOM 01/06/2018 is on or after the child’s 18th birthday (01/06/2018)',
      'episodes file, row 11, column DECOM: This episode starts on 01/06/2018, before the episode on row 10 ends (01/01/2019): episodes must not overlap',
    ]);
    // Every episode is kept but the second one starting on the same day, which cannot be filed.
    expect(reading.episodes.map((episode) => episode.row)).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11]);
    expect(reading.episodes.find((episode) => episode.row === 6)?.sound).toBe(false);
  });

  it('finds dates in the future, an end before the start and a date that is not a date', () => {
    const reading = findingsOf(
      `${HEADER}C1,2,01/01/2012,WBRI,\nC2,2,01/01/2012,WBRI,\n`,
      `${EPISODES}` +
        'C1,01/01/2020,S,C2,N1,U4,PR1,31/12/2019,E8,\n' +
        'C1,01/02/2020,S,C2,N1,U4,PR1,99/99/2020,E8,\n' +
        'C2,01/01/2020,S,C2,N1,U4,PR1,01/01/2030,E8,\n' +
        'C2,01/01/2031,S,C2,N1,U4,PR1,,,\n' +
        'C2,2020-03-01,S,C2,N1,U4,PR1,,,\n',
    );
    expect(reading.findings.map(describeProblem)).toEqual([
      'episodes file, row 2, column DEC: DEC 31/12/2019 is before the episode starts (DECOM 01/01/2020)',
      'episodes file, row 3, column DEC: DEC ‘99/99/2020’ is not a real date written as DD/MM/YYYY, so the end date is left empty',
      'episodes file, row 4, column DEC: DEC 01/01/2030 is in the future',
      'episodes file, row 5, column DECOM: DECOM 01/01/2031 is in the future',
      'episodes file, row 6, column DECOM: DECOM ‘2020-03-01’ is not a real date written as DD/MM/YYYY, so this episode is not imported',
    ]);
    expect(reading.episodes.map((episode) => [episode.row, episode.sound])).toEqual([
      [2, false],
      [3, false],
      [4, false],
      [5, false],
    ]);
  });

  it('reads the council-style fixture with every finding, and nothing that blocks', () => {
    const reading = findingsOf(fixture('header-council.csv'), fixture('episodes-council.csv'));
    expect(reading.children).toHaveLength(6);
    expect(reading.episodes).toHaveLength(12);
    expect(reading.findings.map(where)).toEqual([
      ['header', 4, 'ETHNIC'],
      ['header', 6, 'SEX'],
      ['episodes', 5, 'DEC'],
      ['episodes', 6, 'DEC'],
      ['episodes', 8, 'LS'],
      ['episodes', 10, 'DEC'],
      ['episodes', 11, 'REC'],
      ['episodes', 12, 'RNE'],
      ['episodes', 12, 'DEC'],
      ['episodes', 13, 'DECOM'],
      ['episodes', 14, 'DECOM'],
    ]);
  });

  it('says which file is not a CSV file: a spreadsheet, binary data or nothing at all', () => {
    const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(problemsOf(workbook, Buffer.alloc(0)).map(describeProblem)).toEqual([
      'header file: The header file is a spreadsheet, not a CSV file. Open it and save it as ‘CSV (comma delimited)’, then upload that file',
      'episodes file: The episodes file is empty',
    ]);
    expect(problemsOf(fixture('header.csv'), image).map(describeProblem)).toEqual([
      'episodes file: The episodes file is not a CSV file. Save it as CSV, then upload it again',
    ]);
  });

  it('reports a file that cannot be read as CSV, and a row of the wrong length', () => {
    expect(problemsOf(`${HEADER}C1,2,"01/01/2012,WBRI,\n`, EPISODES).map(describeProblem)).toEqual([
      'header file, row 2: The header file could not be read as CSV: a quoted value is not closed',
    ]);
    expect(problemsOf(`${HEADER}C1,2,01/01/2012\n`, EPISODES).map(describeProblem)).toEqual([
      'header file, row 2: This row has 3 values but the file has 5 columns',
    ]);
  });

  it('notices the two files swapped over', () => {
    const problems = problemsOf(fixture('episodes.csv'), fixture('header.csv'));
    expect(problems.map((problem) => problem.message)).toEqual([
      'The header file has the columns of an episodes file: check you chose each file in the right place',
      'The episodes file has the columns of a header file: check you chose each file in the right place',
    ]);
  });

  it('needs at least one child, and a DOB that is a real date not in the future', () => {
    expect(problemsOf(HEADER, EPISODES).map((problem) => problem.message)).toEqual([
      'The header file has no children in it',
    ]);
    const reading = readSsda903(
      {
        header: `${HEADER}C1,2,2012-01-01,WBRI,\nC2,2,23/11/2026,WBRI,\nC3,,,,\n`,
        episodes: EPISODES,
      },
      TODAY,
    );
    if (reading.ok) throw new Error('expected problems');
    expect(reading.blocking.map(describeProblem)).toEqual([
      'header file, row 2, column DOB: DOB ‘2012-01-01’ is not a real date written as DD/MM/YYYY',
      'header file, row 4, column DOB: DOB is missing',
    ]);
    expect(reading.findings.map(describeProblem)).toEqual([
      'header file, row 3, column DOB: DOB 23/11/2026 is in the future',
      'header file, row 4, column SEX: SEX is missing, so their gender is not imported',
      'header file, row 4, column ETHNIC: ETHNIC is missing, so their ethnicity is not imported',
    ]);
  });
});
