import type { Tx } from '../../db/database.ts';
import type {
  GenogramPerson,
  GenogramRelationship,
  ParentKind,
  PartnershipStatus,
} from '../../domain/genogram-rules.ts';
import { birthDescription } from '../../domain/network-person.ts';
import { childName, networkPersonName } from '../../domain/person-name.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { Child } from '../journeys/journey-case.service.ts';
import { networkService } from '../network/network.service.ts';
import {
  personIdOfChild,
  type RelationshipRow,
  relationshipsAmong,
} from './genogram.repository.ts';

/**
 * What a young person's genogram is drawn from: the people in their network, the young person
 * themself, and the relationships among them. Read only: nothing is made by looking.
 */

export interface GenogramEntry {
  person: GenogramPerson;
  /** Their relationship to the young person, as recorded ("Nan", "Mum's partner"). */
  relationship: string | null;
  born: string | null;
}

export interface GenogramData {
  youngPersonId: string;
  /** The young person's person record, when it has been made; null until the first link. */
  youngPersonRecord: string | null;
  entries: GenogramEntry[];
  relationships: GenogramRelationship[];
  /** The same relationships with their record ids, to change or remove one. */
  recorded: RecordedRelationship[];
}

export interface RecordedRelationship {
  id: string;
  relationship: GenogramRelationship;
}

/** Stands in for the young person until their person record is made by the first link. */
export const childNodeId = (childId: string) => `child:${childId}`;

const STATUS: Record<RelationshipRow['partnership_status'] & string, PartnershipStatus> = {
  married: 'married',
  living_together: 'living-together',
  separated: 'separated',
  divorced: 'divorced',
};

export function toGenogramRelationship(row: RelationshipRow): GenogramRelationship {
  if (row.kind === 'partner')
    return {
      kind: 'partner',
      a: row.from_person_id,
      b: row.to_person_id,
      status: STATUS[row.partnership_status ?? 'married'],
    };
  if (row.kind === 'parent')
    return {
      kind: 'parent',
      parent: row.from_person_id,
      child: row.to_person_id,
      parentKind: (row.parent_kind ?? 'birth') as ParentKind,
    };
  return { kind: 'carer', carer: row.from_person_id, child: row.to_person_id };
}

const yearOf = (p: { date_of_birth: string | null; birth_year: number | null }) =>
  p.date_of_birth ? Number(p.date_of_birth.slice(0, 4)) : p.birth_year;

export async function loadGenogram(
  tx: Tx,
  organisationId: string,
  child: Child,
): Promise<GenogramData> {
  const members = await networkService.allMembers(tx, organisationId, child.id);
  const own = await personIdOfChild(tx, organisationId, child.id);
  const youngPersonId = own?.id ?? childNodeId(child.id);
  const entries: GenogramEntry[] = [
    {
      person: {
        id: youngPersonId,
        name: childName(child),
        gender:
          own?.gender ??
          (child.gender === '1' ? 'male' : child.gender === '2' ? 'female' : 'unknown'),
        deceased: false,
        birthYear: child.date_of_birth ? Number(child.date_of_birth.slice(0, 4)) : null,
        isYoungPerson: true,
      },
      relationship: 'The young person',
      born: child.date_of_birth ? formatDate(child.date_of_birth) : null,
    },
  ];
  for (const m of members) {
    if (m.person_child_id === child.id) continue;
    entries.push({
      person: {
        id: m.person_id,
        name: networkPersonName(m),
        gender: m.gender,
        deceased: m.deceased,
        birthYear: yearOf(m),
        birthYearApproximate: m.birth_year_approximate,
        isYoungPerson: false,
      },
      relationship: m.relationship,
      born: birthDescription(
        {
          dateOfBirth: m.date_of_birth,
          birthYear: m.birth_year,
          birthYearApproximate: m.birth_year_approximate,
        },
        formatDate,
      ),
    });
  }
  const ids = entries.map((e) => e.person.id).filter((id) => !id.startsWith('child:'));
  const rows = await relationshipsAmong(tx, organisationId, ids);
  const recorded = rows.map((row) => ({ id: row.id, relationship: toGenogramRelationship(row) }));
  return {
    youngPersonId,
    youngPersonRecord: own?.id ?? null,
    entries,
    relationships: recorded.map((r) => r.relationship),
    recorded,
  };
}
