import {
  EPISODE_END_REASON_CODES,
  LEGAL_STATUS_CODES,
  NEED_CODES,
  NEW_EPISODE_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_CODES,
  PLACEMENT_PROVIDER_CODES,
} from './ssda903-codes.ts';
import type { CsvRow, Ssda903Problem } from './ssda903-csv.ts';
import { RowCheck, type Ssda903Problems, slashed } from './ssda903-rows.ts';

/**
 * Checking the episodes file of an SSDA903 return, row by row and then each child's episodes
 * against each other. Only an episode that cannot be matched to a child blocks the import; the
 * rest are findings, and an episode is kept as sent unless Kindred cannot file it (no readable
 * start date, or a second episode starting the same day).
 */

export interface EpisodeRecord {
  row: number;
  child: string;
  startsOn: string;
  endsOn: string | null;
  newEpisodeReason: string | null;
  legalStatus: string | null;
  need: string | null;
  placement: string | null;
  provider: string | null;
  endReason: string | null;
  placementChangeReason: string | null;
  /** Its dates can be trusted to say whether the child is looked after now. */
  sound: boolean;
}

function eighteenthBirthday(dateOfBirth: string): string {
  return `${Number(dateOfBirth.slice(0, 4)) + 18}${dateOfBirth.slice(4)}`;
}

export function readEpisodeRows(
  rows: CsvRow[],
  today: string,
  birthDates: ReadonlyMap<string, string | null> | null,
  into: Ssda903Problems,
): EpisodeRecord[] {
  const episodes: EpisodeRecord[] = [];
  for (const row of rows) {
    const check = new RowCheck('episodes', row, into);
    const child = check.childId();
    if (child && birthDates && !birthDates.has(child)) {
      check.block('CHILD', `CHILD ${child} is not in the header file`);
    }
    const dateOfBirth = child ? (birthDates?.get(child) ?? null) : null;
    let sound = true;

    const startsOn = check.date('DECOM');
    if (check.value('DECOM') === '') {
      check.finding('DECOM', 'DECOM is missing, so this episode is not imported');
    } else if (!startsOn) {
      check.finding('DECOM', `${check.notADate('DECOM')}, so this episode is not imported`);
    } else {
      if (startsOn > today) {
        check.finding('DECOM', `DECOM ${slashed(startsOn)} is in the future`);
        sound = false;
      } else if (dateOfBirth && startsOn < dateOfBirth) {
        check.finding(
          'DECOM',
          `DECOM ${slashed(startsOn)} is before the child’s date of birth (${slashed(dateOfBirth)})`,
        );
        sound = false;
      } else if (dateOfBirth && startsOn >= eighteenthBirthday(dateOfBirth)) {
        check.finding(
          'DECOM',
          `DECOM ${slashed(startsOn)} is on or after the child’s 18th birthday (${slashed(eighteenthBirthday(dateOfBirth))})`,
        );
      }
    }

    let endsOn = check.date('DEC');
    if (check.value('DEC') !== '' && !endsOn) {
      check.finding('DEC', `${check.notADate('DEC')}, so the end date is left empty`);
      sound = false;
    } else if (endsOn && endsOn > today) {
      check.finding('DEC', `DEC ${slashed(endsOn)} is in the future`);
      sound = false;
    } else if (endsOn && startsOn && endsOn < startsOn) {
      check.finding(
        'DEC',
        `DEC ${slashed(endsOn)} is before the episode starts (DECOM ${slashed(startsOn)})`,
      );
      sound = false;
    }
    endsOn ??= null;

    const rne = check.code(
      'RNE',
      NEW_EPISODE_REASON_CODES,
      'a reason for a new episode (S, L, P, T, B or U)',
    );
    const ls = check.code('LS', LEGAL_STATUS_CODES, 'a legal status code, such as C2 or V2');
    const cin = check.code('CIN', NEED_CODES, 'a category of need (N1 to N8)');
    const place = check.code('PLACE', PLACEMENT_CODES, 'a placement type code, such as U4 or K2');
    const provider = check.code(
      'PLACE_PROVIDER',
      PLACEMENT_PROVIDER_CODES,
      'a placement provider code (PR0 to PR5)',
      { optional: true },
    );
    const rec = check.code(
      'REC',
      EPISODE_END_REASON_CODES,
      'a reason an episode ended, such as E4A or X1',
      { optional: true },
    );
    const placeChange = check.code(
      'REASON_PLACE_CHANGE',
      PLACEMENT_CHANGE_REASON_CODES,
      'a reason for a placement change, such as CARPL',
      { optional: true },
    );
    if (check.value('DEC') !== '' && check.value('REC') === '') {
      check.finding(
        'REC',
        'REC is missing: an episode with an end date (DEC) needs the reason it ended',
      );
    }
    if (check.value('DEC') === '' && check.value('REC') !== '') {
      check.finding(
        'DEC',
        'DEC is missing: an episode with a reason it ended (REC) needs its end date',
      );
      sound = false;
    }
    if (child && startsOn) {
      episodes.push({
        row: row.row,
        child,
        startsOn,
        endsOn,
        newEpisodeReason: rne.code,
        legalStatus: ls.code,
        need: cin.code,
        placement: place.code,
        provider: provider.code,
        endReason: rec.code,
        placementChangeReason: placeChange.code,
        sound,
      });
    }
  }
  return episodes;
}

/**
 * Each child's episodes against each other, as the DfE's validator checks them: no two start the
 * same day, none overlaps the next, an episode ended with X1 is followed by one starting that
 * day, and one that carries on from another (RNE other than S) starts the day it ended. Every
 * episode with a child and a start date is checked, whatever else is wrong with it. Returns the
 * episodes to import: a second episode starting the same day cannot be filed and is left out.
 */
export function checkEpisodesTogether(
  episodes: readonly EpisodeRecord[],
  findings: Ssda903Problem[],
): EpisodeRecord[] {
  const finding = (row: number, column: string, message: string) =>
    findings.push({ file: 'episodes', row, column, message });
  const byChild = new Map<string, EpisodeRecord[]>();
  for (const episode of episodes) {
    const list = byChild.get(episode.child);
    if (list) list.push(episode);
    else byChild.set(episode.child, [episode]);
  }
  const kept: EpisodeRecord[] = [];
  for (const list of byChild.values()) {
    // Plain comparison: ISO dates sort as text, and localeCompare is slow on a whole return.
    const sorted = [...list].sort((a, b) =>
      a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.row - b.row,
    );
    const chain: EpisodeRecord[] = [];
    for (const episode of sorted) {
      const earlier = chain.at(-1);
      if (earlier && earlier.startsOn === episode.startsOn) {
        finding(
          episode.row,
          'DECOM',
          `CHILD ${episode.child} already has an episode starting on ${slashed(episode.startsOn)} (row ${earlier.row}), so this episode is not imported`,
        );
        continue;
      }
      chain.push(episode);
    }
    chain.forEach((later, index) => {
      const earlier = chain[index - 1];
      if (earlier) {
        if (earlier.endsOn === null) {
          finding(
            earlier.row,
            'DEC',
            `This episode has no end date (DEC) but a later episode of CHILD ${earlier.child} starts on row ${later.row}: episodes must not overlap`,
          );
        } else if (earlier.endsOn > later.startsOn) {
          finding(
            later.row,
            'DECOM',
            `This episode starts on ${slashed(later.startsOn)}, before the episode on row ${earlier.row} ends (${slashed(earlier.endsOn)}): episodes must not overlap`,
          );
        } else if (
          earlier.endsOn < later.startsOn &&
          later.newEpisodeReason !== null &&
          later.newEpisodeReason !== 'S'
        ) {
          finding(
            later.row,
            'RNE',
            `RNE ‘${later.newEpisodeReason}’ says this episode carries on from the one before, but that one ended on ${slashed(earlier.endsOn)} (row ${earlier.row}): a new period of care starts with RNE S`,
          );
        }
      }
      if (later.endReason === 'X1' && later.endsOn !== null) {
        const next = chain[index + 1];
        if (!next || next.startsOn > later.endsOn) {
          finding(
            later.row,
            'REC',
            `REC X1 says another episode starts the day this one ends (${slashed(later.endsOn)}), but CHILD ${later.child} has ${next ? `no episode starting then (the next starts on ${slashed(next.startsOn)}, row ${next.row})` : 'no later episode'}`,
          );
        }
      }
    });
    kept.push(...chain);
  }
  return kept.sort((a, b) => a.row - b.row);
}
