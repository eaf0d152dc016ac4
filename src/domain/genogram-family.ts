import {
  type GenogramPerson,
  type GenogramRelationship,
  hasGenerationConflict,
  type ParentKind,
  type PartnershipStatus,
} from './genogram-rules.ts';

/** Step 1 of the genogram layout: who is in which generation and which family unit. */

/** Two parents drawn together without a recorded partnership (e.g. an unknown father). */
export type UnitStatus = PartnershipStatus | 'unrecorded';

export interface FamilyUnit {
  key: string;
  /** One or two people, drawn left to right. */
  parents: string[];
  status: UnitStatus | null;
  children: Array<{ id: string; kind: ParentKind }>;
}

export interface Family {
  people: Map<string, GenogramPerson>;
  /** Where each person came in the input: the tie-break for birth order and rows. */
  order: Map<string, number>;
  generation: Map<string, number>;
  units: Map<string, FamilyUnit>;
  /** The unit a child is drawn under: birth parents first, then adoptive, then foster. */
  homeUnit: Map<string, string>;
  partners: Map<string, string[]>;
  parentsOf: Map<string, string[]>;
  childrenOf: Map<string, string[]>;
  carers: Array<{ carer: string; child: string }>;
}

const KIND_PRIORITY: ParentKind[] = ['birth', 'adoptive', 'foster'];

export const PLACEHOLDER_PREFIX = 'unknown-parent-of:';

/** Keeps what can be drawn: known people, no self-links, no one their own ancestor. */
function drawable(
  people: Map<string, GenogramPerson>,
  relationships: readonly GenogramRelationship[],
) {
  const kept: GenogramRelationship[] = [];
  for (const rel of relationships) {
    const ends =
      rel.kind === 'partner'
        ? [rel.a, rel.b]
        : rel.kind === 'parent'
          ? [rel.parent, rel.child]
          : [rel.carer, rel.child];
    if (!ends.every((id) => people.has(id)) || ends[0] === ends[1]) continue;
    if (rel.kind !== 'carer' && hasGenerationConflict(people.keys(), [...kept, rel])) continue;
    kept.push(rel);
  }
  return kept;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function buildFamily(
  input: readonly GenogramPerson[],
  relationships: readonly GenogramRelationship[],
): Family {
  const people = new Map(input.map((p) => [p.id, p]));
  const order = new Map(input.map((p, i) => [p.id, i]));
  const rels = drawable(people, relationships);
  const partnerships = new Map<string, UnitStatus>();
  const pairKey = (a: string, b: string) => [a, b].sort().join('+');
  const partners = new Map<string, string[]>();
  const addPartners = (a: string, b: string, status: UnitStatus) => {
    if (!partnerships.has(pairKey(a, b))) partnerships.set(pairKey(a, b), status);
    push(partners, a, b);
    push(partners, b, a);
  };
  const parentLinks = new Map<string, Map<ParentKind, string[]>>();
  const carers: Array<{ carer: string; child: string }> = [];
  for (const rel of rels) {
    if (rel.kind === 'partner') addPartners(rel.a, rel.b, rel.status);
    else if (rel.kind === 'carer') carers.push({ carer: rel.carer, child: rel.child });
    else {
      const byKind = parentLinks.get(rel.child) ?? new Map<ParentKind, string[]>();
      push(byKind, rel.parentKind, rel.parent);
      parentLinks.set(rel.child, byKind);
    }
  }
  // An unknown parent is drawn as a placeholder: one per known parent, shared by their children.
  for (const byKind of parentLinks.values()) {
    const birth = byKind.get('birth');
    if (birth?.length !== 1) continue;
    const known = birth[0] as string;
    const id = `${PLACEHOLDER_PREFIX}${known}`;
    if (!people.has(id)) {
      people.set(id, {
        id,
        name: 'Not known',
        gender: 'unknown',
        deceased: false,
        birthYear: null,
        isYoungPerson: false,
        isPlaceholder: true,
      });
      order.set(id, (order.get(known) ?? 0) + 0.5);
      addPartners(known, id, 'unrecorded');
    }
    birth.push(id);
  }

  const parentsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  const units = new Map<string, FamilyUnit>();
  const homeUnit = new Map<string, string>();
  const ordered = (ids: string[]) => [...ids].sort(byGenderThenOrder(people, order));
  const unitFor = (parents: string[]) => {
    const sorted = ordered(parents);
    const key = pairKey(sorted[0] as string, (sorted[1] ?? sorted[0]) as string);
    let unit = units.get(key);
    if (!unit) {
      const status = sorted.length === 2 ? (partnerships.get(key) ?? 'unrecorded') : null;
      unit = { key, parents: sorted, status, children: [] };
      units.set(key, unit);
    }
    return unit;
  };
  for (const [child, byKind] of parentLinks) {
    for (const kind of KIND_PRIORITY) {
      const parents = byKind.get(kind) ?? [];
      for (let i = 0; i < parents.length; i += 2) {
        const unit = unitFor(parents.slice(i, i + 2));
        unit.children.push({ id: child, kind });
        if (!homeUnit.has(child)) homeUnit.set(child, unit.key);
        for (const parent of unit.parents) {
          push(parentsOf, child, parent);
          push(childrenOf, parent, child);
        }
      }
    }
  }
  for (const key of partnerships.keys()) {
    const [a, b] = key.split('+') as [string, string];
    unitFor([a, b]);
  }
  for (const unit of units.values())
    unit.children.sort((c1, c2) => birthOrder(people, order)(c1.id, c2.id));
  const generation = assignGenerations(people, parentsOf, childrenOf, partners, carers);
  return { people, order, generation, units, homeUnit, partners, parentsOf, childrenOf, carers };
}

function byGenderThenOrder(people: Map<string, GenogramPerson>, order: Map<string, number>) {
  // McGoldrick draws the man of a couple on the left; placeholders go beside the known parent.
  const rank = (id: string) => {
    const p = people.get(id);
    if (p?.isPlaceholder) return 1;
    return p?.gender === 'male' ? 0 : p?.gender === 'female' ? 2 : 1;
  };
  return (a: string, b: string) => rank(a) - rank(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
}

/** Eldest first: by year of birth, then in the order recorded. */
export function birthOrder(people: Map<string, GenogramPerson>, order: Map<string, number>) {
  return (a: string, b: string) => {
    const ya = people.get(a)?.birthYear ?? Number.POSITIVE_INFINITY;
    const yb = people.get(b)?.birthYear ?? Number.POSITIVE_INFINITY;
    if (ya !== yb) return ya < yb ? -1 : 1;
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  };
}

/**
 * Children one row below their lowest parent, partners in one row; then people with no parents
 * drawn are pulled down to sit just above their children (or the child they care for). Both moves
 * only ever push people down, so the loop ends (the relationships have no cycle).
 */
function assignGenerations(
  people: Map<string, GenogramPerson>,
  parentsOf: Map<string, string[]>,
  childrenOf: Map<string, string[]>,
  partners: Map<string, string[]>,
  carers: Array<{ carer: string; child: string }>,
) {
  const gen = new Map([...people.keys()].map((id) => [id, 0]));
  const g = (id: string) => gen.get(id) ?? 0;
  const limit = people.size * 4 + 10;
  for (let round = 0; round < limit; round += 1) {
    let changed = false;
    const raise = (id: string, to: number) => {
      if (g(id) < to) {
        gen.set(id, to);
        changed = true;
      }
    };
    for (const [child, parents] of parentsOf) for (const p of parents) raise(child, g(p) + 1);
    for (const [id, list] of partners) for (const other of list) raise(id, g(other));
    if (changed) continue;
    for (const id of people.keys()) {
      if (parentsOf.has(id)) continue;
      const below = childrenOf.get(id) ?? [];
      const cared = partners.has(id)
        ? []
        : carers.filter((c) => c.carer === id).map((c) => c.child);
      const targets = below.length > 0 ? below : cared;
      if (targets.length > 0) raise(id, Math.min(...targets.map(g)) - 1);
    }
    if (!changed) break;
  }
  const lowest = Math.min(...gen.values(), 0);
  for (const [id, value] of gen) gen.set(id, value - lowest);
  return gen;
}
