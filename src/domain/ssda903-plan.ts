import type { EpisodeRecord, HeaderRecord } from './ssda903.ts';
import {
  byStartDate,
  type EpisodeSpan,
  lookedAfterStatus,
  storedEpisodeIsSound,
} from './ssda903-care-period.ts';
import {
  isCodeIn,
  LEGAL_STATUS_CODES,
  type PhrasedCode,
  PLACEMENT_CODES,
} from './ssda903-codes.ts';

/**
 * What an SSDA903 import will do, worked out from the checked files and what Kindred already
 * holds: which children are added, updated or unchanged, and which placement episodes join
 * their chronology. Applying the same files twice plans no change at all.
 */

/**
 * The return holds no names: a child it adds is "Unnamed" with their record ID as last name,
 * until a person records their name (an import never changes a name).
 */
export const UNNAMED_FIRST_NAME = 'Unnamed';

/**
 * The codes of an episode, kept with its chronology entry (as the return's column names), as the
 * council sent them: a code not in the DfE's list is kept too (the import reported it).
 */
export interface EpisodeDetails {
  RNE: string | null;
  LS: string | null;
  CIN: string | null;
  PLACE: string | null;
  PLACE_PROVIDER: string | null;
  REC: string | null;
  REASON_PLACE_CHANGE: string | null;
}

export interface EpisodeEntry {
  /** CHILD and DECOM: the same episode in a later return updates this entry. */
  sourceKey: string;
  startsOn: string;
  endsOn: string | null;
  summary: string;
  details: EpisodeDetails;
  /** Its dates can be trusted to say whether the child is looked after now (not stored). */
  sound: boolean;
}

export interface StoredEpisode {
  sourceKey: string;
  startsOn: string;
  endsOn: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/** A child Kindred already holds with the same record ID (CHILD), and their imported episodes. */
export interface ExistingChild {
  id: string;
  caseRecordId: string;
  gender: string | null;
  dateOfBirth: string;
  ethnicity: string | null;
  upn: string | null;
  lookedAfter: boolean;
  lookedAfterSince: string | null;
  legalStatus: string | null;
  placementType: string | null;
  episodes: StoredEpisode[];
}

/** The register's columns an import sets. Names and everything a person entered are left alone. */
export interface ImportedChildValues {
  gender?: string;
  date_of_birth: string;
  ethnicity?: string;
  upn?: string;
  looked_after?: boolean;
  looked_after_since?: string | null;
  legal_status?: string | null;
  placement_type?: string | null;
}

export type Change = 'add' | 'update' | 'unchanged';

export interface EpisodeChange extends EpisodeEntry {
  action: Change;
}

export interface ChildChange {
  caseRecordId: string;
  existingId: string | null;
  action: Change;
  /** Column names whose value changes (for an update). */
  changedFields: Array<keyof ImportedChildValues>;
  values: ImportedChildValues;
  episodes: EpisodeChange[];
}

export interface ImportCounts {
  childrenAdded: number;
  childrenUpdated: number;
  childrenUnchanged: number;
  episodesAdded: number;
  episodesUpdated: number;
  episodesUnchanged: number;
}

export interface ImportPlan {
  children: ChildChange[];
  counts: ImportCounts;
}

function phraseOf(list: readonly PhrasedCode[], code: string): string | undefined {
  return list.find((item) => item.code === code)?.phrase;
}

/**
 * "Placed long term with a foster carer (U4) under a full care order (C2)". A code not in the
 * DfE's list is not repeated here (it stays in the entry's details, as sent).
 */
export function episodeSummary(placement: string | null, legalStatus: string | null): string {
  const placedPhrase = placement ? phraseOf(PLACEMENT_CODES, placement) : undefined;
  const placed = placedPhrase
    ? `${placedPhrase} (${placement})`
    : `Placement of a type ${placement ? 'not in the DfE list' : 'not given'}`;
  const statusPhrase = legalStatus ? phraseOf(LEGAL_STATUS_CODES, legalStatus) : undefined;
  const status = statusPhrase
    ? `${statusPhrase} (${legalStatus})`
    : `with a legal status ${legalStatus ? 'not in the DfE list' : 'not given'}`;
  return `${placed} ${status}`;
}

export function episodeEntry(episode: EpisodeRecord): EpisodeEntry {
  return {
    sourceKey: `${episode.child}/${episode.startsOn}`,
    startsOn: episode.startsOn,
    endsOn: episode.endsOn,
    summary: episodeSummary(episode.placement, episode.legalStatus),
    details: {
      RNE: episode.newEpisodeReason,
      LS: episode.legalStatus,
      CIN: episode.need,
      PLACE: episode.placement,
      PLACE_PROVIDER: episode.provider,
      REC: episode.endReason,
      REASON_PLACE_CHANGE: episode.placementChangeReason,
    },
    sound: episode.sound,
  };
}

function sameDetails(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if ((a[key] ?? null) !== (b[key] ?? null)) return false;
  for (const key in b) if (!(key in a) && (b[key] ?? null) !== null) return false;
  return true;
}

function episodeChange(entry: EpisodeEntry, stored: StoredEpisode | undefined): EpisodeChange {
  if (!stored) return { ...entry, action: 'add' };
  const same =
    stored.startsOn === entry.startsOn &&
    stored.endsOn === entry.endsOn &&
    stored.summary === entry.summary &&
    sameDetails(stored.details, entry.details as unknown as Record<string, unknown>);
  return { ...entry, action: same ? 'unchanged' : 'update' };
}

/**
 * The register's values from the return. A field the file gave no usable value for is left out,
 * so Kindred keeps what it holds; the looked-after status comes from sound episodes only, and is
 * left alone when there are none.
 */
function childValues(child: HeaderRecord, soundEpisodes: readonly EpisodeSpan[]) {
  const values: ImportedChildValues = { date_of_birth: child.dateOfBirth };
  if (child.sex) values.gender = child.sex;
  if (child.ethnicity) values.ethnicity = child.ethnicity;
  if (child.upn) values.upn = child.upn;
  if (soundEpisodes.length > 0) {
    const status = lookedAfterStatus(soundEpisodes);
    values.looked_after = status.lookedAfter;
    values.looked_after_since = status.since;
    values.legal_status =
      status.legalStatus && isCodeIn(LEGAL_STATUS_CODES, status.legalStatus)
        ? status.legalStatus
        : null;
    values.placement_type =
      status.placementType && isCodeIn(PLACEMENT_CODES, status.placementType)
        ? status.placementType
        : null;
  }
  return values;
}

function currentValues(existing: ExistingChild) {
  const current: Required<{ [K in keyof ImportedChildValues]: unknown }> = {
    gender: existing.gender,
    date_of_birth: existing.dateOfBirth,
    ethnicity: existing.ethnicity,
    upn: existing.upn,
    looked_after: existing.lookedAfter,
    looked_after_since: existing.lookedAfterSince,
    legal_status: existing.legalStatus,
    placement_type: existing.placementType,
  };
  return current;
}

export function planSsda903Import(
  children: readonly HeaderRecord[],
  episodes: readonly EpisodeRecord[],
  existing: readonly ExistingChild[],
  today: string,
): ImportPlan {
  const existingByRecord = new Map(existing.map((child) => [child.caseRecordId, child]));
  const episodesByChild = new Map<string, EpisodeEntry[]>();
  for (const episode of episodes) {
    const list = episodesByChild.get(episode.child) ?? [];
    list.push(episodeEntry(episode));
    episodesByChild.set(episode.child, list);
  }

  const planned = children.map((child): ChildChange => {
    const found = existingByRecord.get(child.child);
    const entries = episodesByChild.get(child.child) ?? [];
    const stored = new Map((found?.episodes ?? []).map((episode) => [episode.sourceKey, episode]));
    const episodeChanges = entries
      .map((entry) => episodeChange(entry, stored.get(entry.sourceKey)))
      .sort(byStartDate);
    // The child's status comes from every episode Kindred will then hold: earlier returns' too.
    const fileKeys = new Set(entries.map((entry) => entry.sourceKey));
    const soundEpisodes: EpisodeSpan[] = [
      ...(found?.episodes ?? []).filter(
        (episode) =>
          !fileKeys.has(episode.sourceKey) &&
          storedEpisodeIsSound(episode, child.dateOfBirth, today),
      ),
      ...entries.filter((entry) => entry.sound),
    ] as EpisodeSpan[];
    const values = childValues(child, soundEpisodes);
    if (!found) {
      return {
        caseRecordId: child.child,
        existingId: null,
        action: 'add',
        changedFields: [],
        values,
        episodes: episodeChanges,
      };
    }
    const current = currentValues(found);
    const changedFields = (Object.keys(values) as Array<keyof ImportedChildValues>).filter(
      (field) => values[field] !== current[field],
    );
    return {
      caseRecordId: child.child,
      existingId: found.id,
      action: changedFields.length > 0 ? 'update' : 'unchanged',
      changedFields,
      values,
      episodes: episodeChanges,
    };
  });

  const count = (list: ReadonlyArray<{ action: Change }>, action: Change) =>
    list.filter((item) => item.action === action).length;
  const allEpisodeChanges = planned.flatMap((child) => child.episodes);
  return {
    children: planned,
    counts: {
      childrenAdded: count(planned, 'add'),
      childrenUpdated: count(planned, 'update'),
      childrenUnchanged: count(planned, 'unchanged'),
      episodesAdded: count(allEpisodeChanges, 'add'),
      episodesUpdated: count(allEpisodeChanges, 'update'),
      episodesUnchanged: count(allEpisodeChanges, 'unchanged'),
    },
  };
}

/** True when applying the plan would change nothing. */
export function planChangesNothing(plan: ImportPlan): boolean {
  const { childrenAdded, childrenUpdated, episodesAdded, episodesUpdated } = plan.counts;
  return childrenAdded + childrenUpdated + episodesAdded + episodesUpdated === 0;
}
