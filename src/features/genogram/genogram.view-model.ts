import type { GenogramLayout } from '../../domain/genogram-layout.ts';
import type { GenogramRelationship } from '../../domain/genogram-rules.ts';
import type { GenogramData } from './genogram-data.ts';

/** The genogram's facts as words: the table beside the drawing, and the drawing's description. */

const STATUS_WORDS = {
  married: 'married',
  'living-together': 'living together',
  separated: 'separated',
  divorced: 'divorced',
} as const;
const GENDER_WORDS = {
  female: 'Female',
  male: 'Male',
  other: 'Another gender',
  unknown: 'Not recorded',
} as const;

export interface GenogramRow {
  id: string;
  name: string;
  youngPerson: boolean;
  relationship: string;
  gender: string;
  born: string;
  died: boolean;
  parents: string;
  partners: string;
  children: string;
  carers: string;
}

export function genogramRows(data: GenogramData): GenogramRow[] {
  const name = new Map(data.entries.map((e) => [e.person.id, e.person.name]));
  const list = (items: string[]) => (items.length === 0 ? 'None recorded' : items.join('; '));
  const rels = data.relationships;
  return data.entries.map(({ person, relationship, born }) => {
    const parents = rels.filter(
      (r): r is Extract<GenogramRelationship, { kind: 'parent' }> =>
        r.kind === 'parent' && r.child === person.id,
    );
    const birthParents = parents.filter((r) => r.parentKind === 'birth').length;
    const parentWords = parents.map((r) => `${name.get(r.parent)} (${r.parentKind})`);
    if (birthParents === 1) parentWords.push('the other birth parent is not known');
    return {
      id: person.id,
      name: person.name,
      youngPerson: person.isYoungPerson,
      relationship: relationship ?? 'Not recorded',
      gender: GENDER_WORDS[person.gender],
      born: born ?? 'Not known',
      died: person.deceased,
      parents: list(parentWords),
      partners: list(
        rels.flatMap((r) =>
          r.kind === 'partner' && (r.a === person.id || r.b === person.id)
            ? [`${name.get(r.a === person.id ? r.b : r.a)} (${STATUS_WORDS[r.status]})`]
            : [],
        ),
      ),
      children: list(
        rels.flatMap((r) =>
          r.kind === 'parent' && r.parent === person.id
            ? [`${name.get(r.child)} (${r.parentKind})`]
            : [],
        ),
      ),
      carers: list(
        rels.flatMap((r) =>
          r.kind === 'carer' && r.child === person.id
            ? [`cared for by ${name.get(r.carer)}`]
            : r.kind === 'carer' && r.carer === person.id
              ? [`cares for ${name.get(r.child)}`]
              : [],
        ),
      ),
    };
  });
}

export function genogramTitle(youngPersonName: string) {
  return `Genogram of ${youngPersonName}'s family and network`;
}

export function genogramDescription(data: GenogramData, layout: GenogramLayout): string {
  const people = data.entries.length;
  const unknown = layout.nodes.filter((n) => n.person.isPlaceholder).length;
  const generations =
    layout.generations === 1 ? '1 generation' : `${layout.generations} generations`;
  const parts = [
    `${people === 1 ? '1 person' : `${people} people`} in ${generations}, drawn from Kindred's records.`,
    `${data.relationships.length === 1 ? '1 relationship is' : `${data.relationships.length} relationships are`} recorded.`,
  ];
  if (unknown > 0)
    parts.push(
      `${unknown === 1 ? '1 parent is' : `${unknown} parents are`} not known and drawn as a question mark.`,
    );
  parts.push('The table on the page gives every person and relationship in words.');
  return parts.join(' ');
}

/** A file name that does not carry the young person's name (it may be seen in a downloads list). */
export function genogramFileName(journeyReference: string, extension: 'svg' | 'pdf') {
  return `genogram-${journeyReference.replace(/[^A-Za-z0-9-]/g, '')}.${extension}`;
}
