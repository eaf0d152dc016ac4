/**
 * The aspiration (DOMAIN.md): every care leaver has at least two people who love and care for
 * them outside their professional network. Counted from the young person's own answers in the
 * social connections tool: only a "yes" counts ("not sure" does not), never a professional, and
 * never someone who has died.
 */

export const CARING_ADULTS_AIM = 2;

export interface ConnectionAnswer {
  professional: boolean;
  deceased: boolean;
  lovesAndCares: 'yes' | 'no' | 'not_sure';
}

export interface CaringAdults {
  count: number;
  met: boolean;
  /** Social connections recorded at all: with none, the indicator is "not known yet". */
  recorded: number;
}

export function caringAdults(connections: readonly ConnectionAnswer[]): CaringAdults {
  const count = connections.filter(
    (c) => !c.professional && !c.deceased && c.lovesAndCares === 'yes',
  ).length;
  return { count, met: count >= CARING_ADULTS_AIM, recorded: connections.length };
}

/** "2 of the 2 people we aim for", in words for the case page and the IRO. */
export function caringAdultsSentence(result: CaringAdults): string {
  if (result.recorded === 0) return 'Not known yet: no social connections have been recorded.';
  const who =
    result.count === 1
      ? '1 person outside the professional network loves and cares for them'
      : `${result.count} people outside the professional network love and care for them`;
  return result.met
    ? `Met: ${who}.`
    : `Not met yet: ${who} (the aim is at least ${CARING_ADULTS_AIM}).`;
}

/** Network size before (the first snapshot) and now, for "the network grew from 7 to 26". */
export function networkGrowth(firstSnapshotSize: number | null, now: number) {
  return {
    before: firstSnapshotSize,
    now,
    change: firstSnapshotSize === null ? null : now - firstSnapshotSize,
  };
}
