import { describe, expect, it } from 'vitest';
import { type EcomapPerson, layoutEcomap } from './ecomap-layout.ts';

const person = (id: string, extra: Partial<EcomapPerson> = {}): EcomapPerson => ({
  id,
  name: id,
  sector: 'Family',
  ring: 'close',
  strength: 'strong',
  ...extra,
});

describe('layoutEcomap', () => {
  it('puts closer people nearer the young person in the centre', () => {
    const layout = layoutEcomap([
      person('nan'),
      person('coach', { ring: 'distant', sector: 'Other adults' }),
    ]);
    const distance = (id: string) => {
      const p = layout.people.find((q) => q.id === id);
      return Math.hypot((p?.x ?? 0) - layout.centre, (p?.y ?? 0) - layout.centre);
    };
    expect(distance('nan')).toBeLessThan(distance('coach'));
  });

  it('gives each kind of person a sector of its own, sized by how many it holds', () => {
    const layout = layoutEcomap([
      person('a'),
      person('b'),
      person('c'),
      person('pal', { sector: 'Friends' }),
    ]);
    expect(layout.sectors.map((s) => s.sector)).toEqual(['Family', 'Friends']);
    const sweep = (i: number) => (layout.sectors[i]?.to ?? 0) - (layout.sectors[i]?.from ?? 0);
    expect(sweep(0)).toBeCloseTo(3 * sweep(1));
    const pal = layout.people.find((p) => p.id === 'pal');
    expect(pal?.angle).toBeGreaterThanOrEqual(layout.sectors[1]?.from ?? 0);
    expect(pal?.angle).toBeLessThanOrEqual(layout.sectors[1]?.to ?? 0);
  });

  it('draws nobody for an empty network', () => {
    expect(layoutEcomap([]).people).toEqual([]);
  });
});
