/**
 * A referral's reference, as people say it on the phone: its kind, the year it was started and a
 * number counting that organisation's referrals of that kind in that year, e.g. LL-2026-0007.
 */
export type ReferralKindCode = 'fgc' | 'lifelong_links';

export const REFERENCE_PREFIX: Record<ReferralKindCode, string> = {
  fgc: 'FGC',
  lifelong_links: 'LL',
};

/** The reference of the n-th referral of a kind in a year: four digits, more when needed. */
export function referenceFor(kind: ReferralKindCode, year: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError('A referral number starts at 1');
  }
  return `${REFERENCE_PREFIX[kind]}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The start every reference of this kind and year shares, e.g. `LL-2026-`. */
export function referenceStem(kind: ReferralKindCode, year: string): string {
  return `${REFERENCE_PREFIX[kind]}-${year}-`;
}

/** The number at the end of a reference, or null when it is not one of ours. */
export function sequenceOf(reference: string): number | null {
  const match = /^(?:FGC|LL)-\d{4}-(\d{4,})$/.exec(reference);
  return match ? Number(match[1]) : null;
}

/** The number the next referral gets, given the references already used for that kind and year. */
export function nextSequence(usedReferences: readonly string[]): number {
  let highest = 0;
  for (const reference of usedReferences) {
    const sequence = sequenceOf(reference);
    if (sequence !== null && sequence > highest) highest = sequence;
  }
  return highest + 1;
}
