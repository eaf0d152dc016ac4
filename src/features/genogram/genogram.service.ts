import type { Tx } from '../../db/database.ts';
import { checkRelationship, type GenogramRelationship } from '../../domain/genogram-rules.ts';
import { canSeeNetwork } from '../../platform/access-policy.ts';
import {
  auditJourney,
  type Caller,
  type Child,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
  type Refused,
} from '../journeys/journey-case.service.ts';
import { networkService } from '../network/network.service.ts';
import { insertRelationship } from './genogram.repository.ts';
import type { RelativeForm } from './genogram.schemas.ts';
import { type GenogramData, loadGenogram } from './genogram-data.ts';

export interface NetworkPage {
  outcome: 'found';
  found: JourneyCase;
  child: Child;
  genogram: GenogramData;
}
export type Added = { outcome: 'done'; anchorName: string };

const PAGE_AUDIT = 'network.viewed';

/**
 * The genogram of one young person on a journey: read by the coordinator, team managers and
 * the referrer (every read audited), built by the coordinator or a team manager through forms.
 */
export class GenogramService {
  constructor(private readonly cases: JourneyCases) {}

  /** The child on this journey, if the person may see its network; audits the read. */
  private async openChild(
    tx: Tx,
    caller: Caller,
    found: JourneyCase,
    childId: string,
    page: string,
  ) {
    const child = found.children.find((c) => c.id === childId);
    if (!child || !canSeeNetwork(caller.user, found.parties)) return null;
    await auditJourney(tx, caller, found.journey.id, PAGE_AUDIT, { page, childId });
    return child;
  }

  page(
    caller: Caller,
    journeyId: string,
    childId: string,
    page = 'genogram',
  ): Promise<NetworkPage | NotFound> {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      const child = await this.openChild(tx, caller, found, childId, page);
      if (!child) return NOT_FOUND;
      return {
        outcome: 'found',
        found,
        child,
        genogram: await loadGenogram(tx, caller.user.organisationId, child),
      };
    });
  }

  /** The form's page: like `page`, but only for those who may change the journey. */
  formPage(
    caller: Caller,
    journeyId: string,
    childId: string,
  ): Promise<NetworkPage | Ended | NotFound> {
    return this.cases.runUnlessEnded(caller, journeyId, async (tx, found) => {
      const child = await this.openChild(tx, caller, found, childId, 'genogram-relative');
      if (!child) return NOT_FOUND;
      return {
        outcome: 'found',
        found,
        child,
        genogram: await loadGenogram(tx, caller.user.organisationId, child),
      };
    });
  }

  addRelative(
    caller: Caller,
    journeyId: string,
    childId: string,
    form: RelativeForm,
  ): Promise<Added | Refused | Ended | NotFound> {
    return this.cases.runUnlessEnded(
      caller,
      journeyId,
      async (tx, found): Promise<Added | Refused | NotFound> => {
        const child = found.children.find((c) => c.id === childId);
        if (!child) return NOT_FOUND;
        const organisationId = caller.user.organisationId;
        const data = await loadGenogram(tx, organisationId, child);
        const byId = new Map(data.entries.map((e) => [e.person.id, e]));
        const anchorId = byId.has(form.personId) ? form.personId : data.youngPersonId;
        const anchorName = byId.get(anchorId)?.person.name ?? 'this person';
        const NEW = 'new-person';
        const relativeId = form.existingPersonId === '' ? NEW : form.existingPersonId;
        if (relativeId !== NEW && !byId.has(relativeId))
          return {
            outcome: 'refused',
            reason: 'Choose a person in this network',
            field: 'existingPersonId',
          };
        const people = data.entries.map((e) => e.person);
        if (relativeId === NEW)
          people.push({
            id: NEW,
            name: [form.firstName, form.lastName].filter(Boolean).join(' '),
            gender: form.gender,
            deceased: form.deceased,
            birthYear: form.birthYear ? Number(form.birthYear) : null,
            isYoungPerson: false,
          });
        const proposed = relationshipFor(form, anchorId, relativeId);
        const check = checkRelationship(people, data.relationships, proposed);
        if (!check.ok)
          return {
            outcome: 'refused',
            reason: check.message,
            field: relativeId === NEW ? 'firstName' : 'existingPersonId',
          };

        let newId = relativeId;
        if (relativeId === NEW) {
          const added = await networkService.addToNetwork(tx, caller, {
            childId,
            journeyId,
            person: {
              details: {
                firstName: form.firstName ?? '',
                lastName: form.lastName,
                otherNames: null,
                knownAs: null,
                kind: 'birth_family',
                professional: false,
                deceased: form.deceased,
                diedYear: null,
                dateOfBirth: null,
                birthYear: form.birthYear ? Number(form.birthYear) : null,
                birthYearApproximate: form.birthYearApproximate && form.birthYear !== '',
                gender: form.gender,
                firstLanguage: null,
                needs: null,
                contacts: [],
              },
            },
            membership: { relationship: form.relationship, foundBy: 'genogram' },
          });
          if (added.outcome === 'refused') {
            const first = added.problems[0];
            return {
              outcome: 'refused',
              reason: first?.text ?? 'Check the new person’s details',
              field: first?.field ?? 'firstName',
            };
          }
          newId = added.personId;
        }
        // The young person's own record is made on their first link, so the genogram can hold it.
        const youngPerson =
          data.youngPersonRecord ?? (await networkService.personForChild(tx, caller, childId)).id;
        const real = (id: string) =>
          id === data.youngPersonId ? youngPerson : id === NEW ? newId : id;
        const stored = storedRelationship(relationshipFor(form, real(anchorId), real(relativeId)));
        const { id } = await insertRelationship(tx, {
          ...stored,
          organisation_id: organisationId,
          recorded_by: caller.user.id,
        });
        await auditJourney(tx, caller, journeyId, 'genogram.relationship_added', {
          childId,
          relationshipId: id,
          kind: stored.kind,
          newPerson: relativeId === NEW,
        });
        return { outcome: 'done', anchorName };
      },
    );
  }
}

/** The relationship the form asks for, from the person it was opened on. */
export function relationshipFor(
  form: RelativeForm,
  anchor: string,
  relative: string,
): GenogramRelationship {
  const parentKind = form.parentKind === '' ? 'birth' : form.parentKind;
  switch (form.as) {
    case 'parent':
      return { kind: 'parent', parent: relative, child: anchor, parentKind };
    case 'child':
      return { kind: 'parent', parent: anchor, child: relative, parentKind };
    case 'carer':
      return { kind: 'carer', carer: relative, child: anchor };
    case 'partner': {
      const status =
        form.partnershipStatus === 'living_together'
          ? 'living-together'
          : form.partnershipStatus || 'married';
      return { kind: 'partner', a: anchor, b: relative, status };
    }
  }
}

/** The row a relationship is stored as (partner: the two; parent and carer: then the child). */
export function storedRelationship(rel: GenogramRelationship) {
  if (rel.kind === 'partner')
    return {
      kind: 'partner' as const,
      from_person_id: rel.a,
      to_person_id: rel.b,
      partnership_status:
        rel.status === 'living-together' ? ('living_together' as const) : rel.status,
      parent_kind: null,
    };
  if (rel.kind === 'parent')
    return {
      kind: 'parent' as const,
      from_person_id: rel.parent,
      to_person_id: rel.child,
      partnership_status: null,
      parent_kind: rel.parentKind,
    };
  return {
    kind: 'carer' as const,
    from_person_id: rel.carer,
    to_person_id: rel.child,
    partnership_status: null,
    parent_kind: null,
  };
}
