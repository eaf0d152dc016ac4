/**
 * The social connections map (ecomap): the young person in the centre, each person on a ring by
 * how close they are, in a sector by who they are (family, friends, carers, school, other
 * adults, professionals), joined to the centre by a line whose style says how strong the
 * connection is. Pure geometry for the SVG and the table beside it.
 */

export type Ring = 'close' | 'middle' | 'distant';
export type Strength = 'strong' | 'weak' | 'stressful';

export const ECOMAP_SECTORS = [
  'Family',
  'Friends',
  'Carers',
  'School',
  'Other adults',
  'Professionals',
] as const;
export type EcomapSector = (typeof ECOMAP_SECTORS)[number];

export interface EcomapPerson {
  id: string;
  name: string;
  sector: EcomapSector;
  ring: Ring;
  strength: Strength;
}

export interface EcomapLayout {
  size: number;
  centre: number;
  rings: Array<{ ring: Ring; radius: number }>;
  sectors: Array<{ sector: EcomapSector; from: number; to: number }>;
  people: Array<EcomapPerson & { x: number; y: number; angle: number }>;
}

const RADIUS: Record<Ring, number> = { close: 130, middle: 230, distant: 330 };

export function layoutEcomap(people: readonly EcomapPerson[]): EcomapLayout {
  const size = 2 * (RADIUS.distant + 110);
  const centre = size / 2;
  const present = ECOMAP_SECTORS.filter((s) => people.some((p) => p.sector === s));
  // Each sector's share of the circle follows how many people it holds, so a big family has room.
  const total = people.length || 1;
  const sectors: EcomapLayout['sectors'] = [];
  let start = -Math.PI / 2;
  for (const sector of present) {
    const count = people.filter((p) => p.sector === sector).length;
    const sweep = (2 * Math.PI * count) / total;
    sectors.push({ sector, from: start, to: start + sweep });
    start += sweep;
  }
  const placed: EcomapLayout['people'] = [];
  for (const { sector, from, to } of sectors) {
    const inSector = people.filter((p) => p.sector === sector);
    inSector.forEach((person, i) => {
      const angle = from + ((i + 0.5) * (to - from)) / inSector.length;
      // Neighbours on the same ring alternate a little in and out, so names do not collide.
      const radius = RADIUS[person.ring] + (i % 2 === 0 ? 0 : 28);
      placed.push({
        ...person,
        angle,
        x: centre + radius * Math.cos(angle),
        y: centre + radius * Math.sin(angle),
      });
    });
  }
  return {
    size,
    centre,
    rings: (['close', 'middle', 'distant'] as const).map((ring) => ({
      ring,
      radius: RADIUS[ring],
    })),
    sectors,
    people: placed,
  };
}
