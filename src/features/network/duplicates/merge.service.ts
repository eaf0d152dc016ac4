import type { Tx } from '../../../db/database.ts';
import { birthsCouldMatch } from '../../../domain/network-person.ts';
import { combineMembers } from '../../../domain/network-pipeline.ts';
import { networkPersonName } from '../../../domain/person-name.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { peopleByIds, updateMember, updatePerson } from '../network.repository.ts';
import { auditNetwork, networkService, type PersonRow } from '../network.service.ts';
import type { MemberCase, NetworkCases } from '../network-case.ts';
import {
  deleteMember,
  deletePerson,
  membersOfPerson,
  peopleNamedLike,
  peopleOfFamily,
  refusingClashes,
  repointReferences,
} from './merge.repository.ts';

const refused = (text: string) => ({
  outcome: 'refused' as const,
  problems: [{ field: 'personId', text }],
});

const births = (person: PersonRow) => ({
  dateOfBirth: person.date_of_birth,
  birthYear: person.birth_year,
  birthYearApproximate: person.birth_year_approximate,
});

/**
 * Possible duplicates of a person (a similar name and a birth that could be the same) and their
 * merge. Candidates come from the family's networks only (this child's, and their brothers' and
 * sisters'): a coordinator must not learn of people in cases they cannot see.
 */
export class MergeService {
  constructor(private readonly networks: NetworkCases) {}

  private async candidates(tx: Tx, network: MemberCase): Promise<PersonRow[]> {
    const person = await networkService.person(tx, network.member.person_id);
    if (!person) return [];
    const organisationId = network.caller.user.organisationId;
    const family = [
      network.child.id,
      ...(await networkService.siblings(tx, organisationId, network.child.id)),
    ];
    const inFamily = await peopleOfFamily(tx, family);
    const alike = await peopleNamedLike(
      tx,
      `${person.first_name} ${person.last_name ?? ''}`.trim(),
    );
    const ids = alike
      .map((row) => row.person_id)
      .filter((id) => id !== person.id && inFamily.has(id));
    const rows = await peopleByIds(tx, ids);
    const order = new Map(ids.map((id, index) => [id, index]));
    return rows
      .filter((other) => birthsCouldMatch(births(person), births(other)))
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  page(caller: Caller, journeyId: string, memberId: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'duplicates',
      async (tx, network) => ({
        outcome: 'found' as const,
        network,
        candidates: await this.candidates(tx, network),
      }),
    );
  }

  /** Merges `otherPersonId` into this member's person: every link kept, audited. */
  merge(caller: Caller, journeyId: string, memberId: string, otherPersonId: string | null) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'duplicates',
      async (tx, network) => {
        const keepId = network.member.person_id;
        if (otherPersonId === keepId) return refused('A person cannot be merged with themself.');
        const candidates = await this.candidates(tx, network);
        const other = candidates.find((candidate) => candidate.id === otherPersonId);
        if (!other) return refused('Choose the record that is the same person');
        const kept = await networkService.person(tx, keepId);
        if (!kept) return refused('This person was not found.');
        if (kept.child_id && other.child_id && kept.child_id !== other.child_id) {
          return refused(
            'These are two different children known to Kindred, so they cannot be merged.',
          );
        }
        const outcome = await refusingClashes(tx, () => this.combine(tx, kept, other));
        if (outcome === 'clash') {
          return refused(
            'These records cannot be merged automatically: both have records for the same young person that cannot be combined (for example two safety checks). Close one first.',
          );
        }
        await auditNetwork(
          tx,
          caller,
          'network.people_merged',
          { type: 'network_person', id: keepId },
          {
            keptPersonId: keepId,
            mergedPersonId: other.id,
            moved: outcome,
          },
        );
        return { outcome: 'done' as const, network };
      },
    );
  }

  /** The merge itself: members of the same child combined, then every reference repointed. */
  private async combine(tx: Tx, kept: PersonRow, other: PersonRow) {
    const keptMembers = await membersOfPerson(tx, kept.id);
    const moved: Record<string, number> = {};
    for (const duplicate of await membersOfPerson(tx, other.id)) {
      const same = keptMembers.find((member) => member.child_id === duplicate.child_id);
      if (!same) continue;
      const facts = (member: typeof same) => ({
        status: member.status,
        say: member.young_person_say,
        offRamp: member.off_ramp,
        deceased: member.deceased,
      });
      const combined = combineMembers(facts(same), facts(duplicate));
      await updateMember(tx, same.id, {
        status: combined.status,
        young_person_say: combined.say,
        off_ramp: combined.offRamp,
        off_ramp_on: combined.offRamp ? (same.off_ramp_on ?? duplicate.off_ramp_on) : null,
      });
      Object.assign(moved, await repointReferences(tx, 'network_members', duplicate.id, same.id));
      await deleteMember(tx, duplicate.id);
    }
    const otherName = networkPersonName(other);
    const names = [
      kept.other_names,
      otherName !== networkPersonName(kept) ? otherName : null,
      other.other_names,
    ]
      .filter((name): name is string => Boolean(name))
      .join('; ')
      .slice(0, 300);
    if (other.child_id && !kept.child_id) await updatePerson(tx, other.id, { child_id: null });
    await updatePerson(tx, kept.id, {
      other_names: names || null,
      known_as: kept.known_as ?? other.known_as,
      last_name: kept.last_name ?? other.last_name,
      date_of_birth: kept.date_of_birth ?? (kept.birth_year === null ? other.date_of_birth : null),
      birth_year:
        kept.date_of_birth || kept.birth_year !== null
          ? kept.birth_year
          : other.date_of_birth
            ? null
            : other.birth_year,
      birth_year_approximate:
        kept.date_of_birth || kept.birth_year !== null
          ? kept.birth_year_approximate
          : other.date_of_birth
            ? false
            : other.birth_year_approximate,
      deceased: kept.deceased || other.deceased,
      died_year: kept.died_year ?? other.died_year,
      first_language: kept.first_language ?? other.first_language,
      needs: kept.needs ?? other.needs,
      child_id: kept.child_id ?? other.child_id,
    });
    Object.assign(moved, await repointReferences(tx, 'network_people', other.id, kept.id));
    await deletePerson(tx, other.id);
    return moved;
  }
}
