/**
 * Checks across a child's episodes (rows of the return, or episodes Kindred already holds):
 * whether a stored episode's dates hang together, and whether the child is looked after now and
 * since when. The import plan (ssda903-plan.ts) uses them per child.
 */

export interface EpisodeSpan {
  startsOn: string;
  endsOn: string | null;
  details: Record<string, unknown>;
}

/**
 * An episode Kindred already holds, from an earlier return, is trusted to say whether the child
 * is looked after when its dates hang together (the same test as for an episode in the file,
 * so far as the stored dates can tell).
 */
export function storedEpisodeIsSound(
  episode: EpisodeSpan,
  dateOfBirth: string,
  today: string,
): boolean {
  const { startsOn, endsOn } = episode;
  if (startsOn > today || startsOn < dateOfBirth) return false;
  if (endsOn === null) return !episode.details.REC;
  return endsOn >= startsOn && endsOn <= today;
}

export interface LookedAfterStatus {
  lookedAfter: boolean;
  /** The first day of the current period of care. */
  since: string | null;
  legalStatus: string | null;
  placementType: string | null;
}

/**
 * Whether a child is looked after now, from their episodes: only if the latest episode is still
 * open (no DEC). The period of care runs back through episodes that follow on without a gap
 * until one that started it (RNE S).
 */
export function lookedAfterStatus(episodes: readonly EpisodeSpan[]): LookedAfterStatus {
  const sorted = [...episodes].sort(byStartDate);
  const latest = sorted.at(-1);
  if (!latest || latest.endsOn !== null) {
    return { lookedAfter: false, since: null, legalStatus: null, placementType: null };
  }
  let index = sorted.length - 1;
  while (index > 0) {
    const current = sorted[index] as EpisodeSpan;
    const previous = sorted[index - 1] as EpisodeSpan;
    if (current.details.RNE === 'S' || previous.endsOn !== current.startsOn) break;
    index -= 1;
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    lookedAfter: true,
    since: (sorted[index] as EpisodeSpan).startsOn,
    legalStatus: text(latest.details.LS),
    placementType: text(latest.details.PLACE),
  };
}

/** ISO dates sort as text; a plain comparison is many times faster than localeCompare. */
export function byStartDate(a: { startsOn: string }, b: { startsOn: string }): number {
  if (a.startsOn === b.startsOn) return 0;
  return a.startsOn < b.startsOn ? -1 : 1;
}
