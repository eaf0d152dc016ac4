import type { NetworkPersonKind } from '../../db/schema.ts';
import { caringAdultsSentence, networkGrowth } from '../../domain/caring-adults.ts';
import { type EcomapPerson, type EcomapSector, layoutEcomap } from '../../domain/ecomap-layout.ts';
import { childName, networkPersonName } from '../../domain/person-name.ts';
import { formatDate } from '../../platform/date-format.ts';
import { ecomapSvg } from './ecomap-svg.ts';
import type { ConnectionsPage } from './social-connections.service.ts';

/** The social connections page: the map, the same facts as a table, the indicator, the sizes. */

export const CLOSENESS_WORDS = {
  close: 'Close',
  middle: 'In the middle',
  distant: 'Distant',
} as const;
export const STRENGTH_WORDS = { strong: 'Strong', weak: 'Weak', stressful: 'Stressful' } as const;
export const FREQUENCY_WORDS = {
  every_day: 'Every day',
  every_week: 'Every week',
  every_month: 'Every month',
  a_few_times_a_year: 'A few times a year',
  less_often: 'Less often',
  not_in_touch: 'Not in touch',
} as const;
export const LOVES_WORDS = { yes: 'Yes', no: 'No', not_sure: 'Not sure' } as const;
export const SNAPSHOT_WORDS = {
  discovery: 'At discovery',
  plan: 'At the plan',
  review: 'At a review',
} as const;

const SECTOR: Record<NetworkPersonKind, EcomapSector> = {
  birth_family: 'Family',
  extended_family: 'Family',
  friend: 'Friends',
  former_foster_carer: 'Carers',
  former_residential_worker: 'Carers',
  teacher: 'School',
  other_adult: 'Other adults',
};

/** The map of one young person: who is on it, where, and its title and description. */
export function ecomapOf(page: ConnectionsPage) {
  const youngPerson = childName(page.child);
  const recorded = page.members.flatMap((m) => {
    const c = page.connections.get(m.id);
    return c ? [{ member: m, connection: c }] : [];
  });
  const people: EcomapPerson[] = recorded.map(({ member, connection }) => ({
    id: member.id,
    name: networkPersonName(member),
    sector: member.professional ? 'Professionals' : SECTOR[member.kind],
    ring: connection.closeness,
    strength: connection.strength,
  }));
  const title = `Social connections of ${youngPerson}`;
  const description =
    recorded.length === 0
      ? `No social connections are recorded yet for ${youngPerson}.`
      : `${youngPerson} in the centre, with ${recorded.length === 1 ? '1 person' : `${recorded.length} people`} on rings by how close they are. The table on the page gives the same facts in words.`;
  return { youngPerson, recorded, layout: layoutEcomap(people), title, description };
}

export function connectionsPageModel(page: ConnectionsPage, base: string) {
  const { youngPerson, recorded, layout, title, description } = ecomapOf(page);
  const first = page.snapshots[0];
  const growth = networkGrowth(first ? first.connections.length : null, recorded.length);
  return {
    youngPerson,
    title: 'Social connections',
    svg: ecomapSvg(layout, youngPerson, { title, description }),
    indicator: caringAdultsSentence(page.indicator),
    indicatorMet: page.indicator.met,
    growth,
    firstSnapshot: first
      ? `${SNAPSHOT_WORDS[first.kind].toLowerCase()}, ${formatDate(first.taken_on)}`
      : null,
    snapshots: page.snapshots.map((s) => ({
      kind: SNAPSHOT_WORDS[s.kind],
      on: formatDate(s.taken_on),
      size: s.connections.length,
    })),
    rows: page.members.map((m) => {
      const c = page.connections.get(m.id);
      return {
        memberId: m.id,
        name: networkPersonName(m),
        relationship: m.relationship ?? 'Not recorded',
        professional: m.professional,
        deceased: m.deceased,
        recorded: Boolean(c),
        closeness: c ? CLOSENESS_WORDS[c.closeness] : 'Not recorded',
        strength: c ? STRENGTH_WORDS[c.strength] : '',
        frequency: c ? FREQUENCY_WORDS[c.contact_frequency] : '',
        support: c?.support ?? '',
        loves: c ? LOVES_WORDS[c.loves_and_cares] : '',
        words: c?.in_own_words ?? null,
        href: `${base}/record?member=${m.id}`,
      };
    }),
  };
}
