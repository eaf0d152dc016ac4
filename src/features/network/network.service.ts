import type { Tx } from '../../db/database.ts';
import { type Page, type PageRequest, pageFrom } from '../../platform/pagination.ts';
import {
  allMembersOfChild,
  type ContactDetail,
  contactsOf,
  findMember,
  findPerson,
  type MemberListFilter,
  type MemberWithPerson,
  memberPage,
  membersOfChildren,
  type PersonRow,
  siblingIds,
  statusCounts,
} from './network.repository.ts';
import { networkAdditions } from './network-additions.ts';
import { networkContactability } from './network-contactability.ts';
import { advanceForConference } from './pipeline/conference-steps.ts';

export * from './network-facts.ts';
export type { ContactDetail, MemberWithPerson, PersonRow };

export const PAGE_SIZE = 50;

/**
 * The network's service for every feature (ADR 0022). Callers open the transaction (for the
 * organisation) and check who may see or change the journey; these functions read and write
 * the network and audit every change in that transaction. Adding people is in
 * `network-additions.ts`, whether someone may be contacted in `network-contactability.ts`.
 */
export const networkService = {
  ...networkAdditions,
  ...networkContactability,

  /** An invitation sent moves a member to `invited`, coming to the conference to `attended`. */
  advanceForConference,

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
};
