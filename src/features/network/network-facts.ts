import type { Tx } from '../../db/database.ts';
import type { FoundBy, NetworkGender, NetworkPersonKind } from '../../db/schema.ts';
import type { MemberFacts, SafetyFacts } from '../../domain/network-pipeline.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import type { ContactDetail, MemberWithPerson, safetyCheckOf } from './network.repository.ts';

/** The network's shapes and small helpers, shared by its services (ADR 0022). */

/** Everything a person record holds, as a form or another feature gives it. */
export interface PersonDetails {
  firstName: string;
  lastName: string | null;
  otherNames: string | null;
  knownAs: string | null;
  kind: NetworkPersonKind;
  professional: boolean;
  deceased: boolean;
  diedYear: number | null;
  dateOfBirth: string | null;
  birthYear: number | null;
  birthYearApproximate: boolean;
  gender: NetworkGender;
  firstLanguage: string | null;
  needs: string | null;
  contacts: ContactDetail[];
}

/** The person's place in one young person's network. */
export interface MembershipDetails {
  relationship: string | null;
  foundBy: FoundBy;
  foundThroughPersonId?: string | null;
}

export interface AddToNetwork {
  childId: string;
  journeyId: string | null;
  /** A new person, or one already known (a sibling's, a merge's, the genogram's). */
  person: { details: PersonDetails } | { existingPersonId: string };
  membership: MembershipDetails;
}

export type NetworkRefused = {
  outcome: 'refused';
  problems: Array<{ field: string; text: string }>;
};
export type Added = { outcome: 'added'; memberId: string; personId: string };

export function personColumns(details: PersonDetails) {
  const text = (value: string | null) => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  };
  return {
    first_name: details.firstName.trim(),
    last_name: text(details.lastName),
    other_names: text(details.otherNames),
    known_as: text(details.knownAs),
    kind: details.kind,
    professional: details.professional,
    deceased: details.deceased,
    died_year: details.deceased ? details.diedYear : null,
    date_of_birth: details.dateOfBirth,
    birth_year: details.dateOfBirth ? null : details.birthYear,
    birth_year_approximate: details.dateOfBirth ? false : details.birthYearApproximate,
    gender: details.gender,
    first_language: text(details.firstLanguage),
    needs: text(details.needs),
  };
}

export function auditNetwork(
  tx: Tx,
  caller: Caller,
  action: string,
  subject: { type: 'network_member' | 'network_person' | 'child'; id: string },
  detail: Record<string, unknown> = {},
) {
  return recordAudit(tx, {
    organisationId: caller.user.organisationId,
    actorUserId: caller.user.id,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    requestId: caller.requestId,
    detail,
  });
}

export function memberFacts(member: MemberWithPerson): MemberFacts {
  return {
    status: member.status,
    say: member.young_person_say,
    offRamp: member.off_ramp,
    deceased: member.deceased,
  };
}

export function safetyFacts(check: Awaited<ReturnType<typeof safetyCheckOf>>): SafetyFacts | null {
  if (!check) return null;
  return {
    outcome: check.outcome,
    signedOff: check.signed_off_at !== null,
    overridden: check.override_at !== null,
  };
}
