import type { Tx } from '../../db/database.ts';
import type { FoundBy, NetworkGender, NetworkPersonKind } from '../../db/schema.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { personProblems } from '../../domain/network-person.ts';
import {
  contactability,
  type MemberFacts,
  type SafetyFacts,
  type Verdict,
} from '../../domain/network-pipeline.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { type Page, type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import {
  allMembersOfChild,
  type ContactDetail,
  childConsentsToContact,
  contactsOf,
  findMember,
  findPerson,
  insertMember,
  insertPerson,
  journeyStatusOf,
  type MemberListFilter,
  type MemberWithPerson,
  memberOf,
  memberPage,
  membersOfChildren,
  type PersonRow,
  personOfChild,
  replaceContacts,
  safetyCheckOf,
  safetyChecksOf,
  siblingIds,
  statusCounts,
} from './network.repository.ts';
import { advanceForConference } from './pipeline/conference-steps.ts';

export type { ContactDetail, MemberWithPerson, PersonRow };

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

export const PAGE_SIZE = 50;

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

/**
 * The network's service for every feature (ADR 0022). Callers open the transaction (for the
 * organisation) and check who may see or change the journey; these functions read and write
 * the network and audit every change in that transaction.
 */
export const networkService = {
  /** The person record of a child known to Kindred (made on first use), to draw them. */
  async personForChild(tx: Tx, caller: Caller, childId: string): Promise<PersonRow> {
    const existing = await personOfChild(tx, childId);
    if (existing) return existing;
    const child = await tx
      .selectFrom('children')
      .select([
        'first_name',
        'last_name',
        'preferred_name',
        'date_of_birth',
        'gender',
        'first_language',
      ])
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    const gender = child.gender === '1' ? 'male' : child.gender === '2' ? 'female' : 'unknown';
    const { id } = await insertPerson(tx, caller.user.organisationId, {
      first_name: child.first_name,
      last_name: child.last_name,
      known_as: child.preferred_name,
      kind: 'birth_family',
      date_of_birth: child.date_of_birth,
      gender,
      first_language: child.first_language,
      child_id: childId,
      created_by: caller.user.id,
    });
    await auditNetwork(
      tx,
      caller,
      'network.person_created',
      { type: 'network_person', id },
      {
        childId,
        forChild: true,
      },
    );
    const made = await findPerson(tx, id);
    if (!made) throw new Error('The person just made was not found');
    return made;
  },

  /** One page of a child's network in name order, filtered by status ('closed': off-ramped). */
  async membersPage(
    tx: Tx,
    organisationId: string,
    childId: string,
    filter: MemberListFilter,
    page: PageRequest,
  ): Promise<Page<MemberWithPerson>> {
    return pageFrom(await memberPage(tx, organisationId, childId, filter, page), page);
  },

  /** The whole of a child's network, for a drawing or a count (tens of people, not thousands). */
  allMembers: (tx: Tx, organisationId: string, childId: string) =>
    allMembersOfChild(tx, organisationId, childId),

  /** Open members by status and 'closed' for the off-ramped. */
  counts: (tx: Tx, organisationId: string, childId: string) =>
    statusCounts(tx, organisationId, childId),

  member: (tx: Tx, memberId: string, options: { lock?: boolean } = {}) =>
    findMember(tx, memberId, options),

  person: (tx: Tx, personId: string) => findPerson(tx, personId),

  contacts: (tx: Tx, personIds: readonly string[]) => contactsOf(tx, personIds),

  /** The other children on any referral with this child. */
  siblings: (tx: Tx, organisationId: string, childId: string) =>
    siblingIds(tx, organisationId, childId),

  /** People in the siblings' networks who are not yet in this child's, to offer when adding. */
  async sharedWithSiblings(tx: Tx, organisationId: string, childId: string) {
    const siblings = await siblingIds(tx, organisationId, childId);
    const theirs = await membersOfChildren(tx, organisationId, siblings);
    const mine = new Set(
      (await allMembersOfChild(tx, organisationId, childId)).map((member) => member.person_id),
    );
    const offered = new Map<string, MemberWithPerson>();
    for (const member of theirs) {
      if (!mine.has(member.person_id) && member.person_child_id !== childId) {
        offered.set(member.person_id, member);
      }
    }
    return [...offered.values()];
  },

  /** Adds a person (new, or one already known) to a child's network; audited. */
  async addToNetwork(tx: Tx, caller: Caller, add: AddToNetwork): Promise<Added | NetworkRefused> {
    const organisationId = caller.user.organisationId;
    let personId: string;
    let created = false;
    if ('details' in add.person) {
      const problems = personProblems(add.person.details, todayInLondon());
      if (problems.length > 0) return { outcome: 'refused', problems };
      ({ id: personId } = await insertPerson(tx, organisationId, {
        ...personColumns(add.person.details),
        created_by: caller.user.id,
      }));
      await replaceContacts(tx, organisationId, personId, add.person.details.contacts);
      created = true;
    } else {
      personId = add.person.existingPersonId;
      const person = await findPerson(tx, personId);
      if (!person) return refusedPerson('This person was not found.');
      if (person.child_id === add.childId) {
        return refusedPerson('A young person is not part of their own network.');
      }
      if (await memberOf(tx, add.childId, personId)) {
        return refusedPerson('This person is already in this young person’s network.');
      }
    }
    const { id: memberId } = await insertMember(tx, organisationId, {
      child_id: add.childId,
      person_id: personId,
      journey_id: add.journeyId,
      relationship: add.membership.relationship?.trim() || null,
      found_by: add.membership.foundBy,
      found_through_person_id: add.membership.foundThroughPersonId ?? null,
      added_by: caller.user.id,
    });
    await auditNetwork(
      tx,
      caller,
      'network.person_added',
      { type: 'network_member', id: memberId },
      {
        childId: add.childId,
        personId,
        journeyId: add.journeyId,
        newPerson: created,
        foundBy: add.membership.foundBy,
      },
    );
    return { outcome: 'added', memberId, personId };
  },

  /**
   * Whether anyone may contact this member for their young person now, and why not: the
   * young person's "no" (or "not now"), an off-ramp, the safety sign-off, the journey's status
   * and the child's own consent. Ask before recording a contact, a letter or an invitation.
   */
  async contactability(tx: Tx, memberId: string): Promise<Verdict> {
    const member = await findMember(tx, memberId);
    if (!member) return { ok: false, reason: 'This person is not in the network.' };
    const journey = member.journey_id ? await journeyStatusOf(tx, member.journey_id) : null;
    const consentToContact = await childConsentsToContact(
      tx,
      member.child_id,
      journey?.referral_id ?? null,
    );
    return contactability(memberFacts(member), safetyFacts(await safetyCheckOf(tx, memberId)), {
      journeyStatus: journey?.status ?? null,
      consentToContact,
    });
  },

  /** An invitation sent moves a member to `invited`, coming to the conference to `attended`. */
  advanceForConference,

  async isContactable(tx: Tx, memberId: string): Promise<boolean> {
    return (await networkService.contactability(tx, memberId)).ok;
  },

  /** The safety facts (not the sensitive notes) of some members, for rules such as "not safe". */
  async safetyFactsOf(tx: Tx, memberIds: readonly string[]): Promise<Map<string, SafetyFacts>> {
    const facts = new Map<string, SafetyFacts>();
    for (const check of await safetyChecksOf(tx, memberIds)) {
      const found = safetyFacts(check);
      if (found) facts.set(check.member_id, found);
    }
    return facts;
  },
};

function refusedPerson(text: string): NetworkRefused {
  return { outcome: 'refused', problems: [{ field: 'person', text }] };
}
