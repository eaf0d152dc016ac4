import type { Tx } from '../../db/database.ts';
import type { ChildFacts } from '../../domain/consent-rules.ts';
import { childName } from '../../domain/person-name.ts';
import {
  lifelongLinksConcerns,
  type ReferralFacts,
  type ReferralProblem,
  type SectionStatuses,
  sectionStatuses,
  submissionProblems,
} from '../../domain/referral-rules.ts';
import { consentService } from '../consent/consent.service.ts';
import { journeyFacts } from '../journeys/journeys.service.ts';
import { findPreProceedings, type PreProceedingsRow } from './pre-proceedings.repository.ts';
import type { ChildRow, ReferralCase } from './referral-case.ts';
import { userNames } from './referrals.repository.ts';

export type ConsentRow = Awaited<ReturnType<typeof consentService.list>>[number];

/** What a referral's pages show: the referral, its children, consents and where it stands. */
export interface ReferralDetails extends ReferralCase {
  consents: ConsentRow[];
  missingConsents: string[];
  preProceedings: PreProceedingsRow | null;
  statuses: SectionStatuses;
  /** Why it cannot be submitted yet; empty when it can. */
  problems: ReferralProblem[];
  /** What the register says against the Lifelong Links criteria. */
  criteriaConcerns: string[];
  /** Names of the referrer, coordinator and the manager who decided, by user id. */
  names: Map<string, string>;
  journeyId: string | null;
}

/** The name a child is known by, as consent messages use it: "Ava". */
export function knownAs(child: ChildRow): string {
  return child.preferred_name || child.first_name;
}

/** "Jayden (Jay) Clarke": the one way a child's name is written (src/domain/person-name.ts). */
export function fullName(child: ChildRow): string {
  return childName(child);
}

export function childFacts(children: readonly ChildRow[]): ChildFacts[] {
  return children.map((child) => ({
    id: child.id,
    name: knownAs(child),
    dateOfBirth: child.date_of_birth,
  }));
}

export function factsOf(
  found: ReferralCase,
  consentCount: number,
  missingConsents: readonly string[],
  preProceedingsRecorded: boolean,
): ReferralFacts {
  const { referral } = found;
  return {
    kind: referral.kind,
    referrerRole: referral.referrer_role,
    childCount: found.children.length,
    about: {
      reason: referral.reason,
      hopes: referral.hopes,
      bottomLines: referral.bottom_lines,
      knownRisks: referral.known_risks,
      placementTimeline: referral.placement_timeline,
      chronology: referral.chronology,
      language: referral.language,
      interpreterNeeded: referral.interpreter_needed,
      advocateNeeded: referral.advocate_needed,
      supportNeeds: referral.support_needs,
    },
    consentCount,
    missingConsents,
    preProceedingsRecorded,
  };
}

export async function detailsOf(tx: Tx, found: ReferralCase): Promise<ReferralDetails> {
  const { referral } = found;
  const consents = await consentService.list(tx, referral.id);
  const missingConsents =
    found.children.length === 0
      ? []
      : await consentService.missing(tx, referral.kind, referral.id, childFacts(found.children));
  const preProceedings = (await findPreProceedings(tx, referral.id)) ?? null;
  const facts = factsOf(found, consents.length, missingConsents, preProceedings !== null);
  const people = [referral.referrer_id, referral.coordinator_id, referral.decided_by];
  const names = await userNames(
    tx,
    people.filter((id): id is string => id !== null),
  );
  const journeyId =
    (await journeyFacts.journeysOfReferrals(tx, [referral.id])).get(referral.id) ?? null;
  return {
    ...found,
    consents,
    missingConsents,
    preProceedings,
    statuses: sectionStatuses(facts),
    problems: submissionProblems(facts),
    criteriaConcerns:
      referral.kind === 'lifelong_links'
        ? found.children.flatMap((child) =>
            lifelongLinksConcerns({
              name: knownAs(child),
              lookedAfter: child.looked_after,
              placementType: child.placement_type,
            }),
          )
        : [],
    names,
    journeyId,
  };
}
