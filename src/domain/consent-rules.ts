/**
 * Which consents a referral needs before it can be submitted (DOMAIN.md, stage 1): the young
 * person's own agreement and the consent of someone with parental responsibility, for each child.
 * For a Family Group Conference about younger children, the agreement of each child aged
 * YOUNG_PERSON_AGREEMENT_AGE or more is needed; younger children are involved with an advocate.
 */

import { DATE_RULES } from './dates.ts';

export const YOUNG_PERSON_AGREEMENT_AGE = 10;

/** Ask the young person to reconfirm their consent this many days after the last time. */
export const CONSENT_RECONFIRMATION_DAYS = 90;

export interface ConsentFacts {
  childId: string;
  giver: 'young_person' | 'parental_responsibility';
  givenOn: string;
  withdrawnOn: string | null;
}

export interface ChildFacts {
  id: string;
  name: string;
  dateOfBirth: string;
}

export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The consents still missing, in words a referrer understands; empty when it may be submitted. */
export function missingConsents(
  kind: 'fgc' | 'lifelong_links',
  children: ChildFacts[],
  consents: ConsentFacts[],
  today: string,
): string[] {
  const missing: string[] = [];
  for (const child of children) {
    const live = consents.filter((consent) => consent.childId === child.id && !consent.withdrawnOn);
    const needsAgreement =
      kind === 'lifelong_links' || ageOn(child.dateOfBirth, today) >= YOUNG_PERSON_AGREEMENT_AGE;
    if (needsAgreement && !live.some((consent) => consent.giver === 'young_person')) {
      missing.push(`${child.name}’s own agreement`);
    }
    if (!live.some((consent) => consent.giver === 'parental_responsibility')) {
      missing.push(`consent from someone with parental responsibility for ${child.name}`);
    }
  }
  return missing;
}

/** A consent cannot be dated before the child was born, or in the future. */
export function consentDateProblem(
  givenOn: string,
  dateOfBirth: string,
  today: string,
): string | null {
  const what = 'the date consent was given';
  if (givenOn < dateOfBirth) return DATE_RULES.notBefore(what, 'the child’s date of birth');
  if (givenOn > today) return DATE_RULES.notInFuture(what);
  return null;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
