import type { GenogramRelationship } from '../../domain/genogram-rules.ts';
import type { GenogramData } from './genogram-data.ts';
import { ENDS } from './relationship.schemas.ts';
import type { RelationshipPage } from './relationship-changes.service.ts';

/** A recorded relationship in words, and the forms that correct or remove it. */

const STATUS_WORDS = {
  married: 'are married or civil partners',
  'living-together': 'live together',
  separated: 'are separated',
  divorced: 'are divorced',
} as const;

export function relationshipWords(rel: GenogramRelationship, data: GenogramData): string {
  const names = new Map(data.entries.map((e) => [e.person.id, e.person.name]));
  const name = (id: string) => names.get(id) ?? 'Someone not in this network';
  if (rel.kind === 'partner')
    return `${name(rel.a)} and ${name(rel.b)} ${STATUS_WORDS[rel.status]}`;
  if (rel.kind === 'parent')
    return `${name(rel.parent)} is ${name(rel.child)}'s ${rel.parentKind} parent`;
  return `${name(rel.carer)} cares for ${name(rel.child)}`;
}

/** The relationships listed under the genogram, each with its change and remove links. */
export function recordedRows(data: GenogramData, href: string) {
  return data.recorded.map((r) => ({
    words: relationshipWords(r.relationship, data),
    changeHref: `${href}/relationships/${r.id}/change`,
    removeHref: `${href}/relationships/${r.id}/remove`,
  }));
}

/** The form's values from the record, before anything is submitted. */
export function recordedValues(rel: GenogramRelationship): Record<string, string> {
  if (rel.kind === 'partner')
    return {
      fromPersonId: rel.a,
      toPersonId: rel.b,
      partnershipStatus: rel.status === 'living-together' ? 'living_together' : rel.status,
    };
  if (rel.kind === 'parent')
    return { fromPersonId: rel.parent, toPersonId: rel.child, parentKind: rel.parentKind };
  return { fromPersonId: rel.carer, toPersonId: rel.child };
}

export function relationshipFormModel(page: RelationshipPage, values: Record<string, unknown>) {
  const { kind } = page.recorded.relationship;
  const href = `/journeys/${page.found.journey.id}/children/${page.child.id}/genogram`;
  const choices = (field: string) =>
    page.genogram.entries.map((e) => ({
      value: e.person.id,
      text: e.relationship ? `${e.person.name} (${e.relationship})` : e.person.name,
      selected: values[field] === e.person.id,
    }));
  return {
    kind,
    words: relationshipWords(page.recorded.relationship, page.genogram),
    ends: ENDS[kind],
    fromPeople: choices('fromPersonId'),
    toPeople: choices('toPersonId'),
    action: `${href}/relationships/${page.recorded.id}/change`,
    removeAction: `${href}/relationships/${page.recorded.id}/remove`,
    backHref: href,
  };
}
