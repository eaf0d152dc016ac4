import type { Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { personProblems } from '../../domain/network-person.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import {
  findPerson,
  insertMember,
  insertPerson,
  memberOf,
  type PersonRow,
  personOfChild,
  replaceContacts,
} from './network.repository.ts';
import {
  type Added,
  type AddToNetwork,
  auditNetwork,
  type NetworkRefused,
  personColumns,
} from './network-facts.ts';

/** Adding someone to a child's network: a new person, a sibling's, or the child's own record. */
export const networkAdditions = {
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
};

function refusedPerson(text: string): NetworkRefused {
  return { outcome: 'refused', problems: [{ field: 'person', text }] };
}
