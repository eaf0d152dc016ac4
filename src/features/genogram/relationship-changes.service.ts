import type { Tx } from '../../db/database.ts';
import { checkRelationship, type GenogramRelationship } from '../../domain/genogram-rules.ts';
import { canSeeNetwork } from '../../platform/access-policy.ts';
import {
  auditJourney,
  type Caller,
  type Done,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
  type Refused,
} from '../journeys/journey-case.service.ts';
import { networkService } from '../network/network.service.ts';
import { deleteRelationship, updateRelationship } from './genogram.repository.ts';
import { type NetworkPage, storedRelationship } from './genogram.service.ts';
import { loadGenogram, type RecordedRelationship } from './genogram-data.ts';
import type { RelationshipChangeForm } from './relationship.schemas.ts';

export interface RelationshipPage extends NetworkPage {
  recorded: RecordedRelationship;
}

/**
 * Correcting a genogram relationship added by mistake: who it is between and its kind (birth,
 * adoptive, foster; married, separated, ...), or removing it. A change meets the same rule as an
 * addition (nobody their own ancestor or partner); both are audited in their transaction. The
 * kind of link itself (parent, partner, carer) is not changed: remove it and add the right one.
 */
export class RelationshipChanges {
  constructor(private readonly cases: JourneyCases) {}

  /** The relationship, if it is on this child's genogram and the person may see the network. */
  private async open(
    tx: Tx,
    caller: Caller,
    found: JourneyCase,
    childId: string,
    relationshipId: string,
  ): Promise<RelationshipPage | null> {
    const child = found.children.find((c) => c.id === childId);
    if (!child || !canSeeNetwork(caller.user, found.parties)) return null;
    const genogram = await loadGenogram(tx, caller.user.organisationId, child);
    const recorded = genogram.recorded.find((r) => r.id === relationshipId);
    if (!recorded) return null;
    return { outcome: 'found', found, child, genogram, recorded };
  }

  /** The change or remove page: audited as a read of the network. */
  page(
    caller: Caller,
    journeyId: string,
    childId: string,
    relationshipId: string,
    page: 'genogram-relationship-change' | 'genogram-relationship-remove',
  ): Promise<RelationshipPage | Ended | NotFound> {
    return this.cases.runUnlessEnded(caller, journeyId, async (tx, found) => {
      const opened = await this.open(tx, caller, found, childId, relationshipId);
      if (!opened) return NOT_FOUND;
      await auditJourney(tx, caller, journeyId, 'network.viewed', { page, childId });
      return opened;
    });
  }

  change(
    caller: Caller,
    journeyId: string,
    childId: string,
    relationshipId: string,
    form: RelationshipChangeForm,
  ): Promise<Done | Refused | Ended | NotFound> {
    return this.cases.runUnlessEnded(
      caller,
      journeyId,
      async (tx, found): Promise<Done | Refused | NotFound> => {
        const opened = await this.open(tx, caller, found, childId, relationshipId);
        if (!opened) return NOT_FOUND;
        const { genogram, recorded } = opened;
        const proposed = proposedChange(recorded.relationship, form);
        const others = genogram.recorded
          .filter((r) => r.id !== relationshipId)
          .map((r) => r.relationship);
        const people = genogram.entries.map((e) => e.person);
        const check = checkRelationship(people, others, proposed);
        if (!check.ok) return { outcome: 'refused', reason: check.message, field: 'fromPersonId' };
        // The young person's own record is made on their first link, as when adding.
        const real = async (id: string) =>
          id === genogram.youngPersonId && genogram.youngPersonRecord === null
            ? (await networkService.personForChild(tx, caller, childId)).id
            : id;
        const stored = storedRelationship(await withRealIds(proposed, real));
        const { kind: _kind, ...fields } = stored;
        await updateRelationship(tx, caller.user.organisationId, relationshipId, fields);
        await auditJourney(tx, caller, journeyId, 'genogram.relationship_changed', {
          childId,
          relationshipId,
          kind: stored.kind,
        });
        return { outcome: 'done' };
      },
    );
  }

  remove(
    caller: Caller,
    journeyId: string,
    childId: string,
    relationshipId: string,
  ): Promise<Done | Ended | NotFound> {
    return this.cases.runUnlessEnded(
      caller,
      journeyId,
      async (tx, found): Promise<Done | NotFound> => {
        const opened = await this.open(tx, caller, found, childId, relationshipId);
        if (!opened) return NOT_FOUND;
        await deleteRelationship(tx, caller.user.organisationId, relationshipId);
        await auditJourney(tx, caller, journeyId, 'genogram.relationship_removed', {
          childId,
          relationshipId,
          kind: opened.recorded.relationship.kind,
        });
        return { outcome: 'done' };
      },
    );
  }
}

/** The relationship as the form corrects it: the same kind of link, between whoever it names. */
export function proposedChange(
  current: GenogramRelationship,
  form: RelationshipChangeForm,
): GenogramRelationship {
  const { fromPersonId: from, toPersonId: to } = form;
  if (current.kind === 'partner') {
    const status =
      form.partnershipStatus === 'living_together'
        ? 'living-together'
        : form.partnershipStatus || current.status;
    return { kind: 'partner', a: from, b: to, status };
  }
  if (current.kind === 'parent')
    return {
      kind: 'parent',
      parent: from,
      child: to,
      parentKind: form.parentKind || current.parentKind,
    };
  return { kind: 'carer', carer: from, child: to };
}

async function withRealIds(
  rel: GenogramRelationship,
  real: (id: string) => Promise<string>,
): Promise<GenogramRelationship> {
  if (rel.kind === 'partner') return { ...rel, a: await real(rel.a), b: await real(rel.b) };
  if (rel.kind === 'parent')
    return { ...rel, parent: await real(rel.parent), child: await real(rel.child) };
  return { ...rel, carer: await real(rel.carer), child: await real(rel.child) };
}
