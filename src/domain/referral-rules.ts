/**
 * What a referral must hold before it can be submitted, and who it can come from (DOMAIN.md,
 * stage 1). Services give these rules the facts; the rules answer in words a referrer understands.
 */
import type { ReferralKindCode } from './referral-reference.ts';

export type ReferrerRoleCode =
  | 'social_worker'
  | 'early_help'
  | 'iro'
  | 'personal_adviser'
  | 'carer';

export const REFERRAL_KIND_NAMES: Record<ReferralKindCode, string> = {
  fgc: 'Family Group Conference',
  lifelong_links: 'Lifelong Links',
};

export const REFERRER_ROLE_NAMES: Record<ReferrerRoleCode, string> = {
  social_worker: 'Social worker',
  early_help: 'Early Help worker',
  iro: 'Independent reviewing officer (IRO)',
  personal_adviser: 'Personal adviser',
  carer: 'Carer',
};

/** An FGC comes from a social worker or Early Help; Lifelong Links from the child's professionals or carer. */
export const REFERRER_ROLES: Record<ReferralKindCode, readonly ReferrerRoleCode[]> = {
  fgc: ['social_worker', 'early_help'],
  lifelong_links: ['social_worker', 'iro', 'personal_adviser', 'carer'],
};

export function referrerRoleAllowed(
  kind: ReferralKindCode,
  role: string,
): role is ReferrerRoleCode {
  return (REFERRER_ROLES[kind] as readonly string[]).includes(role);
}

/** The answer to suggest: the role the person holds in Kindred, if the kind takes it. */
export function suggestedReferrerRole(
  kind: ReferralKindCode,
  roles: readonly string[],
): ReferrerRoleCode | null {
  if (roles.includes('social_worker')) return 'social_worker';
  if (roles.includes('iro') && referrerRoleAllowed(kind, 'iro')) return 'iro';
  return null;
}

/** A problem with the children a referral covers, or null. */
export function childrenProblem(kind: ReferralKindCode, childCount: number): string | null {
  if (childCount === 0) return 'Add the child or young person the referral is about';
  if (kind === 'lifelong_links' && childCount > 1) {
    return 'A Lifelong Links referral is for one young person. Remove the others, or make a referral for each';
  }
  return null;
}

/** May another child be added? Lifelong Links is for one young person; an FGC may cover siblings. */
export function canAddChild(kind: ReferralKindCode, childCount: number): boolean {
  return kind === 'fgc' || childCount === 0;
}

export interface AboutTheReferral {
  reason: string | null;
  hopes: string | null;
  bottomLines: string | null;
  knownRisks: string | null;
  placementTimeline: string | null;
  chronology: string | null;
  language: string | null;
  interpreterNeeded: boolean | null;
  advocateNeeded: boolean | null;
  supportNeeds: string | null;
}

const filled = (value: string | null) => value !== null && value.trim() !== '';

/** Where in the referral an answer is given: the page a problem sends the referrer back to. */
export type ReferralSection =
  | 'referrer'
  | 'children'
  | 'about/reason'
  | 'about/risks'
  | 'about/support'
  | 'consent';

export interface ReferralProblem {
  section: ReferralSection;
  text: string;
}

/** The answers "About the referral" still needs, in the order the questions are asked. */
export function aboutProblems(kind: ReferralKindCode, about: AboutTheReferral): ReferralProblem[] {
  const checks: Array<[boolean, ReferralSection, string]> = [
    [!filled(about.reason), 'about/reason', 'Say why you are making this referral'],
    [!filled(about.hopes), 'about/reason', 'Say what you hope the referral will achieve'],
    [
      kind === 'fgc' && !filled(about.bottomLines),
      'about/reason',
      'Give the bottom lines: what must happen for the child to be safe',
    ],
    [!filled(about.knownRisks), 'about/risks', 'Describe the known risks, or write “None known”'],
    [
      kind === 'lifelong_links' && !filled(about.placementTimeline),
      'about/risks',
      'Give the placement timeline',
    ],
    [!filled(about.language), 'about/support', 'Give the young person’s first language'],
    [about.interpreterNeeded === null, 'about/support', 'Say whether an interpreter is needed'],
    [about.advocateNeeded === null, 'about/support', 'Say whether an advocate is needed'],
  ];
  return checks.filter(([missing]) => missing).map(([, section, text]) => ({ section, text }));
}

function aboutStarted(about: AboutTheReferral): boolean {
  return Object.values(about).some((value) =>
    typeof value === 'string' ? filled(value) : value !== null,
  );
}

export type SectionStatus =
  | 'not-started'
  | 'in-progress'
  | 'completed'
  | 'optional'
  | 'cannot-start';

export interface ReferralFacts {
  kind: ReferralKindCode;
  referrerRole: string | null;
  childCount: number;
  about: AboutTheReferral;
  consentCount: number;
  /** What `missingConsents` says is still needed, for the children added so far. */
  missingConsents: readonly string[];
  preProceedingsRecorded: boolean;
}

export interface SectionStatuses {
  children: SectionStatus;
  about: SectionStatus;
  consent: SectionStatus;
  /** Only for a Family Group Conference. */
  preProceedings: SectionStatus | null;
  check: SectionStatus;
}

/** The task list: where each part of the referral stands. */
export function sectionStatuses(facts: ReferralFacts): SectionStatuses {
  const children: SectionStatus =
    facts.childCount === 0
      ? 'not-started'
      : childrenProblem(facts.kind, facts.childCount)
        ? 'in-progress'
        : 'completed';
  const about: SectionStatus = !aboutStarted(facts.about)
    ? 'not-started'
    : aboutProblems(facts.kind, facts.about).length === 0
      ? 'completed'
      : 'in-progress';
  const consent: SectionStatus =
    facts.consentCount === 0
      ? 'not-started'
      : facts.childCount > 0 && facts.missingConsents.length === 0
        ? 'completed'
        : 'in-progress';
  const preProceedings: SectionStatus | null =
    facts.kind === 'fgc' ? (facts.preProceedingsRecorded ? 'completed' : 'optional') : null;
  const ready = submissionProblems(facts).length === 0;
  return {
    children,
    about,
    consent,
    preProceedings,
    check: ready ? 'not-started' : 'cannot-start',
  };
}

/** Why the referral cannot be submitted yet, and where to put it right; empty when it can. */
export function submissionProblems(facts: ReferralFacts): ReferralProblem[] {
  const problems: ReferralProblem[] = [];
  if (!facts.referrerRole || !referrerRoleAllowed(facts.kind, facts.referrerRole)) {
    problems.push({ section: 'referrer', text: 'Say who the referral is from' });
  }
  const children = childrenProblem(facts.kind, facts.childCount);
  if (children) problems.push({ section: 'children', text: children });
  problems.push(...aboutProblems(facts.kind, facts.about));
  for (const missing of facts.missingConsents) {
    problems.push({ section: 'consent', text: `Record ${missing}` });
  }
  return problems;
}

/** SSDA903 placement codes: foster placements, and residential ones (children's homes, schools). */
const FOSTER_PLACEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
const RESIDENTIAL_PLACEMENTS = ['K1', 'K2', 'R1', 'R2', 'S1'];

export type PlacementGroup = 'foster' | 'residential' | 'other' | 'not-recorded';

export function placementGroup(placementType: string | null): PlacementGroup {
  if (!placementType) return 'not-recorded';
  if (FOSTER_PLACEMENTS.includes(placementType)) return 'foster';
  if (RESIDENTIAL_PLACEMENTS.includes(placementType)) return 'residential';
  return 'other';
}

/**
 * Lifelong Links is for looked-after children and young people in a foster or residential
 * placement. What the register says against that, for the referrer and the team manager to see.
 */
export function lifelongLinksConcerns(child: {
  name: string;
  lookedAfter: boolean;
  placementType: string | null;
}): string[] {
  if (!child.lookedAfter) {
    return [
      `${child.name} is not recorded as looked after. Lifelong Links is for looked-after children and young people.`,
    ];
  }
  const group = placementGroup(child.placementType);
  if (group === 'other') {
    return [
      `${child.name}’s placement is not recorded as foster or residential care. Lifelong Links is for young people in foster or residential placements.`,
    ];
  }
  return [];
}

/** Whole days from the day a referral was submitted to today (both YYYY-MM-DD). */
export function daysWaiting(submittedOn: string, today: string): number {
  const from = Date.parse(`${submittedOn}T00:00:00Z`);
  const to = Date.parse(`${today}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}
