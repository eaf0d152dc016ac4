import { todayInLondon } from '../../../domain/dates.ts';
import { personProblems } from '../../../domain/network-person.ts';
import type { PageRequest } from '../../../platform/pagination.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { contactLogOf } from '../contact/contact.service.ts';
import {
  otherNetworksOf,
  replaceContacts,
  safetyCheckOf,
  updateMember,
  updatePerson,
} from '../network.repository.ts';
import {
  auditNetwork,
  type MembershipDetails,
  networkService,
  type PersonDetails,
  personColumns,
} from '../network.service.ts';
import type { NetworkCases } from '../network-case.ts';

type Problems = Array<{ field: string; text: string }>;

/** Adding people to a young person's network, and changing a person's details. */
export class PeopleService {
  constructor(private readonly networks: NetworkCases) {}

  /** The add form, with the people already in the siblings' networks offered first. */
  addPage(caller: Caller, journeyId: string, childId: string | null) {
    return this.networks.open(
      caller,
      journeyId,
      childId,
      'work',
      'add-person',
      async (tx, network) => ({
        outcome: 'found' as const,
        network,
        offered: await networkService.sharedWithSiblings(
          tx,
          caller.user.organisationId,
          network.child.id,
        ),
      }),
    );
  }

  /** Adds a new person; `childId` must be one of the journey's children. */
  addNew(
    caller: Caller,
    journeyId: string,
    childId: string | null,
    details: PersonDetails,
    membership: MembershipDetails,
  ) {
    return this.networks.open(
      caller,
      journeyId,
      childId,
      'work',
      'add-person',
      async (tx, network) => {
        if (network.child.id !== childId)
          return refused([{ field: '', text: 'Choose whose network to add them to' }]);
        const added = await networkService.addToNetwork(tx, caller, {
          childId: network.child.id,
          journeyId,
          person: { details },
          membership,
        });
        return added;
      },
    );
  }

  /** Adds a person already in a sibling's network: one record, this child's own status and say. */
  addShared(
    caller: Caller,
    journeyId: string,
    childId: string | null,
    personId: string | null,
    relationship: string | null,
  ) {
    return this.networks.open(
      caller,
      journeyId,
      childId,
      'work',
      'add-person',
      async (tx, network) => {
        const offered = await networkService.sharedWithSiblings(
          tx,
          caller.user.organisationId,
          network.child.id,
        );
        const sibling = offered.find((member) => member.person_id === personId);
        if (network.child.id !== childId || !sibling) {
          return refused([
            { field: 'personId', text: 'Choose a person from the brothers’ and sisters’ networks' },
          ]);
        }
        const added = await networkService.addToNetwork(tx, caller, {
          childId: network.child.id,
          journeyId,
          person: { existingPersonId: sibling.person_id },
          membership: {
            relationship: relationship ?? sibling.relationship,
            foundBy: 'another_relative',
          },
        });
        return added;
      },
    );
  }

  /** A member's page: the person, their contact details, where they are in the pipeline. */
  memberPage(caller: Caller, journeyId: string, memberId: string, logPage: PageRequest) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'full',
      'member',
      async (tx, network) => {
        const [person, contacts, safety, networks] = await Promise.all([
          networkService.person(tx, network.member.person_id),
          networkService.contacts(tx, [network.member.person_id]),
          network.sensitive ? safetyCheckOf(tx, memberId) : Promise.resolve(undefined),
          otherNetworksOf(tx, network.member.person_id, memberId),
        ]);
        const contactVerdict = await networkService.contactability(tx, memberId);
        const log = await contactLogOf(tx, network, logPage);
        return {
          ...log,
          outcome: 'found' as const,
          network,
          person,
          contacts,
          safety,
          networks,
          contactVerdict,
        };
      },
    );
  }

  editPage(caller: Caller, journeyId: string, memberId: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'change-person',
      async (tx, network) => ({
        outcome: 'found' as const,
        network,
        person: await networkService.person(tx, network.member.person_id),
        contacts: await networkService.contacts(tx, [network.member.person_id]),
      }),
    );
  }

  /** Saves a person's details (shared by every network they are in) and this member's relationship. */
  saveEdit(
    caller: Caller,
    journeyId: string,
    memberId: string,
    details: PersonDetails,
    membership: MembershipDetails,
  ) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'change-person',
      async (tx, network) => {
        const problems = personProblems(details, todayInLondon());
        if (problems.length > 0) return refused(problems);
        const personId = network.member.person_id;
        await updatePerson(tx, personId, personColumns(details));
        await replaceContacts(tx, caller.user.organisationId, personId, details.contacts);
        await updateMember(tx, memberId, {
          relationship: membership.relationship,
          found_by: membership.foundBy,
        });
        await auditNetwork(
          tx,
          caller,
          'network.person_changed',
          { type: 'network_member', id: memberId },
          {
            personId,
            childId: network.member.child_id,
          },
        );
        return { outcome: 'done' as const, network };
      },
    );
  }
}

function refused(problems: Problems) {
  return { outcome: 'refused' as const, problems };
}
