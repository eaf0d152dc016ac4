import type { ConsentRow } from '../consent/consent.service.ts';
import { childName } from './journey-labels.ts';

/**
 * The people who gave consent with a referral. A parent gives one consent per child, and
 * withdraws or confirms it as one person; each young person gives their own. Each person is
 * named on the withdrawal and reconfirmation pages so nobody has to guess "which parent".
 */
export interface ConsentPerson {
  /** The first of their consents' ids: what the forms send back. */
  key: string;
  giver: ConsentRow['giver'];
  giverName: string | null;
  /** Their name and who they are, for example "Robin Rivers (Mother), for Jordan Rivers". */
  label: string;
  consentIds: string[];
  /** At least one of their consents is not withdrawn. */
  live: boolean;
}

interface ChildNamed {
  id: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
}

function groupKey(consent: ConsentRow): string {
  return consent.giver === 'young_person'
    ? `young_person:${consent.child_id}`
    : `parental_responsibility:${(consent.giver_name ?? '').trim().toLowerCase()}`;
}

export function consentPeople(
  consents: readonly ConsentRow[],
  children: readonly ChildNamed[],
): ConsentPerson[] {
  const nameOf = (childId: string) => {
    const child = children.find((candidate) => candidate.id === childId);
    return child ? childName(child) : 'the child';
  };
  const groups = new Map<string, ConsentRow[]>();
  for (const consent of consents) {
    const key = groupKey(consent);
    groups.set(key, [...(groups.get(key) ?? []), consent]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as ConsentRow;
    const childNames = [...new Set(group.map((consent) => nameOf(consent.child_id)))];
    const label =
      first.giver === 'young_person'
        ? `${childNames[0]}, the young person`
        : `${first.giver_name ?? 'A person with parental responsibility'}${
            first.relationship ? ` (${first.relationship})` : ''
          }, for ${childNames.join(' and ')}`;
    return {
      key: first.id,
      giver: first.giver,
      giverName: first.giver === 'young_person' ? null : first.giver_name,
      label,
      consentIds: group.map((consent) => consent.id),
      live: group.some((consent) => consent.withdrawn_on === null),
    };
  });
}
