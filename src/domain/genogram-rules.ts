/**
 * The people and relationships a genogram is drawn from, and the rule that keeps them possible:
 * nobody is their own ancestor, their own partner, or born after their own child. The rule is
 * used twice: by the service before a relationship is saved (with a message a coordinator can
 * act on), and by the layout, which drops anything that would break it (old or imported data).
 */

export type GenogramGender = 'female' | 'male' | 'other' | 'unknown';
export type PartnershipStatus = 'married' | 'living-together' | 'separated' | 'divorced';
export type ParentKind = 'birth' | 'adoptive' | 'foster';

export interface GenogramPerson {
  id: string;
  name: string;
  gender: GenogramGender;
  deceased: boolean;
  /** The year of birth, exact or approximate; null when nobody knows. */
  birthYear: number | null;
  birthYearApproximate?: boolean;
  isYoungPerson: boolean;
  /** A person we know exists but not who they are, e.g. an unknown father. */
  isPlaceholder?: boolean;
}

export type GenogramRelationship =
  | { kind: 'partner'; a: string; b: string; status: PartnershipStatus }
  | { kind: 'parent'; parent: string; child: string; parentKind: ParentKind }
  | { kind: 'carer'; carer: string; child: string };

export type RelationshipCheck = { ok: true } | { ok: false; message: string };

/** Union-find over partners: partners always share a generation. */
function partnerGroups(ids: Iterable<string>, relationships: readonly GenogramRelationship[]) {
  const root = new Map<string, string>();
  for (const id of ids) root.set(id, id);
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r && root.has(r)) r = root.get(r) as string;
    root.set(id, r);
    return r;
  };
  for (const rel of relationships) {
    if (rel.kind !== 'partner' || !root.has(rel.a) || !root.has(rel.b)) continue;
    root.set(find(rel.a), find(rel.b));
  }
  return find;
}

/**
 * True when the relationships cannot be drawn in generations: someone would be their own
 * ancestor, directly or through a partner (a partner shares a generation, a child is one below).
 */
export function hasGenerationConflict(
  personIds: Iterable<string>,
  relationships: readonly GenogramRelationship[],
): boolean {
  const ids = [...personIds];
  const find = partnerGroups(ids, relationships);
  const below = new Map<string, Set<string>>();
  const incoming = new Map<string, number>();
  for (const id of ids) incoming.set(find(id), 0);
  for (const rel of relationships) {
    if (rel.kind !== 'parent' || !incoming.has(find(rel.parent)) || !incoming.has(find(rel.child)))
      continue;
    const from = find(rel.parent);
    const to = find(rel.child);
    if (from === to) return true;
    const next = below.get(from) ?? new Set<string>();
    if (next.has(to)) continue;
    next.add(to);
    below.set(from, next);
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
  }
  // Kahn's algorithm: a group left unvisited sits on a cycle.
  const ready = [...incoming].filter(([, n]) => n === 0).map(([g]) => g);
  let visited = 0;
  while (ready.length > 0) {
    const group = ready.pop() as string;
    visited += 1;
    for (const child of below.get(group) ?? []) {
      const left = (incoming.get(child) ?? 0) - 1;
      incoming.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  return visited !== incoming.size;
}

function isAncestor(
  ancestor: string,
  of: string,
  relationships: readonly GenogramRelationship[],
): boolean {
  const parentsOf = new Map<string, string[]>();
  for (const rel of relationships) {
    if (rel.kind !== 'parent') continue;
    parentsOf.set(rel.child, [...(parentsOf.get(rel.child) ?? []), rel.parent]);
  }
  const seen = new Set<string>();
  const queue = [...(parentsOf.get(of) ?? [])];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === ancestor) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(parentsOf.get(id) ?? []));
  }
  return false;
}

const KIND_WORDS: Record<ParentKind, string> = {
  birth: 'birth',
  adoptive: 'adoptive',
  foster: 'foster',
};

function sameLink(a: GenogramRelationship, b: GenogramRelationship): boolean {
  if (a.kind === 'partner' && b.kind === 'partner')
    return (a.a === b.a && a.b === b.b) || (a.a === b.b && a.b === b.a);
  if (a.kind === 'parent' && b.kind === 'parent')
    return a.parent === b.parent && a.child === b.child;
  if (a.kind === 'carer' && b.kind === 'carer') return a.carer === b.carer && a.child === b.child;
  return false;
}

/** Whether `proposed` may be added to what is recorded, with a message to show when not. */
export function checkRelationship(
  people: readonly GenogramPerson[],
  relationships: readonly GenogramRelationship[],
  proposed: GenogramRelationship,
): RelationshipCheck {
  const byId = new Map(people.map((p) => [p.id, p]));
  const name = (id: string) => byId.get(id)?.name ?? 'This person';
  const refuse = (message: string): RelationshipCheck => ({ ok: false, message });
  const [first, second] =
    proposed.kind === 'partner'
      ? [proposed.a, proposed.b]
      : proposed.kind === 'parent'
        ? [proposed.parent, proposed.child]
        : [proposed.carer, proposed.child];
  if (!byId.has(first) || !byId.has(second)) return refuse('Choose a person in this network.');
  if (first === second) {
    const role =
      proposed.kind === 'partner' ? 'partner' : proposed.kind === 'parent' ? 'parent' : 'carer';
    return refuse(`${name(first)} cannot be their own ${role}. Choose someone else.`);
  }
  if (relationships.some((rel) => sameLink(rel, proposed)))
    return refuse(`This is already recorded for ${name(first)} and ${name(second)}.`);

  if (proposed.kind === 'parent') {
    const { parent, child, parentKind } = proposed;
    const sameKind = relationships.filter(
      (rel) => rel.kind === 'parent' && rel.child === child && rel.parentKind === parentKind,
    );
    if (parentKind !== 'foster' && sameKind.length >= 2)
      return refuse(
        `${name(child)} already has two ${KIND_WORDS[parentKind]} parents recorded. Check who they are before adding another.`,
      );
    if (isAncestor(child, parent, relationships))
      return refuse(
        `${name(parent)} cannot be ${name(child)}'s parent, because ${name(child)} is already recorded as ${name(parent)}'s parent, grandparent or earlier ancestor. Nobody can be their own ancestor.`,
      );
    const parentYear = byId.get(parent)?.birthYear;
    const childYear = byId.get(child)?.birthYear;
    if (parentYear != null && childYear != null && parentYear >= childYear)
      return refuse(
        `${name(parent)} cannot be ${name(child)}'s parent: ${name(parent)} was born in ${parentYear}, which is not before ${name(child)} (${childYear}). Check the years of birth.`,
      );
  }
  if (proposed.kind === 'partner') {
    const { a, b } = proposed;
    const [older, younger] = isAncestor(a, b, relationships) ? [a, b] : [b, a];
    if (isAncestor(older, younger, relationships))
      return refuse(
        `${name(a)} and ${name(b)} cannot be recorded as partners here, because ${name(older)} is already recorded as ${name(younger)}'s parent, grandparent or earlier ancestor.`,
      );
  }
  if (hasGenerationConflict(byId.keys(), [...relationships, proposed]))
    return refuse(
      `This would make someone their own ancestor through a partner, for example a person who is both the partner and the grandparent of the same person. Check who is whose parent and partner.`,
    );
  return { ok: true };
}
