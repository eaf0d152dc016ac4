/**
 * How Kindred writes a child's name, the same on every page: the legal name, with the name they
 * are known by in brackets when it is different, so "Jayden (Jay) Clarke". A professional reading
 * a list can match the legal name to the main case record; the young person's own name is never
 * lost.
 */
export interface ChildNameParts {
  first_name: string;
  last_name: string;
  preferred_name: string | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function childName(child: ChildNameParts): string {
  const preferred = child.preferred_name?.trim() ?? '';
  const first = child.first_name.trim();
  const last = child.last_name.trim();
  // A preferred name that is the whole legal name, or only the first name, adds nothing.
  if (!preferred || same(preferred, first) || same(preferred, `${first} ${last}`)) {
    return `${first} ${last}`;
  }
  return `${first} (${preferred}) ${last}`;
}

/** "Jordan Smith" or "Poppy Marsh and Alfie Marsh": who a referral or journey is about. */
export function childrenNames(children: readonly ChildNameParts[], none = 'No child recorded') {
  const names = children.map(childName);
  if (names.length <= 1) return names[0] ?? none;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The parts of a network person's name (a surname may not be known yet). */
export interface NetworkNameParts {
  first_name: string;
  last_name: string | null;
  known_as: string | null;
}

/** A person in a young person's network, written as children's names are: "Margaret (Peggy) Hughes". */
export function networkPersonName(person: NetworkNameParts): string {
  return childName({
    first_name: person.first_name,
    last_name: person.last_name ?? '',
    preferred_name: person.known_as,
  }).trim();
}
