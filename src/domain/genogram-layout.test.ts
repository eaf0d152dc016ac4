import { describe, expect, it } from 'vitest';
import { largeFamily } from '../features/genogram/genogram-examples.ts';
import { GENOGRAM_SIZES, type GenogramLayout, layoutGenogram } from './genogram-layout.ts';
import type { GenogramGender, GenogramPerson, GenogramRelationship } from './genogram-rules.ts';

const person = (
  id: string,
  gender: GenogramGender,
  birthYear: number | null = null,
  extra: Partial<GenogramPerson> = {},
): GenogramPerson => ({
  id,
  name: id,
  gender,
  deceased: false,
  birthYear,
  isYoungPerson: false,
  ...extra,
});
const married = (a: string, b: string): GenogramRelationship => ({
  kind: 'partner',
  a,
  b,
  status: 'married',
});
const birth = (parent: string, child: string): GenogramRelationship => ({
  kind: 'parent',
  parent,
  child,
  parentKind: 'birth',
});

const node = (layout: GenogramLayout, id: string) => {
  const found = layout.nodes.find((n) => n.person.id === id);
  if (!found) throw new Error(`${id} is not drawn`);
  return found;
};
const childLinesTo = (layout: GenogramLayout, id: string) =>
  layout.lines.filter((l) => l.role === 'child' && l.to === id);

describe('layoutGenogram', () => {
  it('draws a small family: parents side by side above their children, eldest on the left', () => {
    const layout = layoutGenogram(
      [
        person('dad', 'male', 1980),
        person('mum', 'female', 1982),
        person('younger', 'female', 2012),
        person('elder', 'male', 2008),
      ],
      [
        married('mum', 'dad'),
        birth('dad', 'younger'),
        birth('mum', 'younger'),
        birth('dad', 'elder'),
        birth('mum', 'elder'),
      ],
    );
    expect(layout.generations).toBe(2);
    const [dad, mum, elder, younger] = ['dad', 'mum', 'elder', 'younger'].map((id) =>
      node(layout, id),
    );
    expect(dad?.generation).toBe(0);
    expect(mum?.generation).toBe(0);
    expect(Math.abs((dad?.x ?? 0) - (mum?.x ?? 0))).toBe(GENOGRAM_SIZES.slot);
    expect(dad?.x).toBeLessThan(mum?.x ?? 0); // the man of a couple on the left
    expect(elder?.generation).toBe(1);
    expect(elder?.x).toBeLessThan(younger?.x ?? 0);
    const couple = layout.lines.find((l) => l.role === 'partnership');
    expect(couple).toMatchObject({ style: 'solid', slashes: 0 });
    // The children hang centred under the middle of the partnership line.
    expect(((elder?.x ?? 0) + (younger?.x ?? 0)) / 2).toBeCloseTo(
      ((dad?.x ?? 0) + (mum?.x ?? 0)) / 2,
    );
    expect(childLinesTo(layout, 'elder')).toHaveLength(1);
    expect(childLinesTo(layout, 'elder')[0]?.style).toBe('solid');
  });

  it('draws a remarriage: the person between both partners, each couple with its own children', () => {
    const layout = layoutGenogram(
      [
        person('dad', 'male', 1975),
        person('first', 'female', 1976),
        person('second', 'female', 1980),
        person('a', 'male', 2000),
        person('b', 'female', 2010),
        person('c', 'male', 2012),
      ],
      [
        { kind: 'partner', a: 'dad', b: 'first', status: 'divorced' },
        { kind: 'partner', a: 'dad', b: 'second', status: 'married' },
        birth('dad', 'a'),
        birth('first', 'a'),
        birth('dad', 'b'),
        birth('second', 'b'),
        birth('dad', 'c'),
        birth('second', 'c'),
      ],
    );
    const [dad, first, second, a, b, c] = ['dad', 'first', 'second', 'a', 'b', 'c'].map(
      (id) => node(layout, id).x,
    );
    expect((first ?? 0) < (dad ?? 0) === (dad ?? 0) < (second ?? 0)).toBe(true);
    const divorced = layout.lines.find(
      (l) => l.role === 'partnership' && [l.from, l.to].includes('first'),
    );
    expect(divorced?.slashes).toBe(2);
    // The first marriage's child is on the first partner's side; the second's in birth order.
    expect(Math.abs((a ?? 0) - (first ?? 0))).toBeLessThan(Math.abs((a ?? 0) - (second ?? 0)));
    expect(b).toBeLessThan(c ?? 0);
  });

  it('draws an adopted child under the birth parents with a dashed line from the adoptive parents', () => {
    const layout = layoutGenogram(
      [
        person('bm', 'female', 1990),
        person('bf', 'male', 1989),
        person('am', 'female', 1970),
        person('af', 'male', 1968),
        person('yp', 'male', 2010, { isYoungPerson: true }),
      ],
      [
        married('bm', 'bf'),
        married('am', 'af'),
        birth('bm', 'yp'),
        birth('bf', 'yp'),
        { kind: 'parent', parent: 'am', child: 'yp', parentKind: 'adoptive' },
        { kind: 'parent', parent: 'af', child: 'yp', parentKind: 'adoptive' },
      ],
    );
    const lines = childLinesTo(layout, 'yp');
    expect(lines.map((l) => l.style).sort()).toEqual(['dashed', 'solid']);
    const adoptive = lines.find((l) => l.style === 'dashed');
    expect(adoptive?.from).toBe('af+am');
  });

  it('draws a fostered child with a dotted line, and an adopted-only child with dashed lines', () => {
    const layout = layoutGenogram(
      [
        person('fc1', 'female', 1960),
        person('fc2', 'male', 1961),
        person('yp', 'female', 2011),
        person('ad', 'other', 1970),
        person('kid', 'male', 2015),
      ],
      [
        married('fc1', 'fc2'),
        { kind: 'parent', parent: 'fc1', child: 'yp', parentKind: 'foster' },
        { kind: 'parent', parent: 'fc2', child: 'yp', parentKind: 'foster' },
        { kind: 'parent', parent: 'ad', child: 'kid', parentKind: 'adoptive' },
      ],
    );
    expect(childLinesTo(layout, 'yp').map((l) => l.style)).toEqual(['dotted']);
    expect(childLinesTo(layout, 'kid').map((l) => l.style)).toEqual(['dashed']);
    expect(node(layout, 'yp').generation).toBe(node(layout, 'fc1').generation + 1);
    // A single adopter is drawn alone: no placeholder is invented for an adoption.
    expect(layout.nodes.filter((n) => n.person.isPlaceholder)).toHaveLength(0);
  });

  it('draws an unknown father as a placeholder beside the mother, shared by her children', () => {
    const layout = layoutGenogram(
      [person('mum', 'female', 1990), person('yp', 'male', 2010), person('sis', 'female', 2012)],
      [birth('mum', 'yp'), birth('mum', 'sis')],
    );
    const placeholders = layout.nodes.filter((n) => n.person.isPlaceholder);
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]?.person.name).toBe('Not known');
    expect(placeholders[0]?.generation).toBe(node(layout, 'mum').generation);
    expect(Math.abs((placeholders[0]?.x ?? 0) - node(layout, 'mum').x)).toBe(GENOGRAM_SIZES.slot);
    expect(childLinesTo(layout, 'yp')[0]?.from).toContain('mum');
  });

  it('draws a carer beside the child with a dash-dot line, not as a parent', () => {
    const layout = layoutGenogram(
      [
        person('mum', 'female', 1990),
        person('dad', 'male', 1990),
        person('yp', 'male', 2010),
        person('carer', 'female', 1965),
      ],
      [
        married('mum', 'dad'),
        birth('mum', 'yp'),
        birth('dad', 'yp'),
        { kind: 'carer', carer: 'carer', child: 'yp' },
      ],
    );
    const carerLines = layout.lines.filter((l) => l.from === 'carer' || l.to === 'carer');
    expect(carerLines).toHaveLength(1);
    expect(carerLines[0]).toMatchObject({ role: 'carer', style: 'dash-dot', to: 'yp' });
    expect(node(layout, 'carer').generation).toBe(0);
    expect(childLinesTo(layout, 'yp').every((l) => !l.from.includes('carer'))).toBe(true);
  });

  it('lays out 80 people in four generations readably', () => {
    const family = largeFamily(80);
    const layout = layoutGenogram(family.people, family.relationships);
    expect(family.people).toHaveLength(80);
    expect(layout.nodes).toHaveLength(80); // everyone has both parents: no placeholders needed
    expect(layout.generations).toBe(4);
    const at = new Map(layout.nodes.map((n) => [n.person.id, n]));
    for (const g of [0, 1, 2, 3]) {
      const xs = layout.nodes
        .filter((n) => n.generation === g)
        .map((n) => n.x)
        .sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i += 1)
        expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(GENOGRAM_SIZES.slot);
    }
    for (const rel of family.relationships) {
      if (rel.kind === 'partner') expect(at.get(rel.a)?.generation).toBe(at.get(rel.b)?.generation);
      if (rel.kind === 'parent')
        expect(at.get(rel.child)?.generation).toBeGreaterThan(at.get(rel.parent)?.generation ?? 99);
    }
    // Siblings of each couple in birth order, left to right.
    const childrenOf = new Map<string, string[]>();
    for (const rel of family.relationships)
      if (rel.kind === 'parent' && rel.parentKind === 'birth')
        childrenOf.set(rel.parent, [
          ...new Set([...(childrenOf.get(rel.parent) ?? []), rel.child]),
        ]);
    for (const children of childrenOf.values()) {
      const byX = [...children].sort((a, b) => (at.get(a)?.x ?? 0) - (at.get(b)?.x ?? 0));
      const years = byX.map((id) => family.people.find((p) => p.id === id)?.birthYear ?? 0);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
    expect(layout.nodes.every((n) => n.x > 0 && n.x < layout.width && n.y < layout.height)).toBe(
      true,
    );
  });

  it('draws what it can when given a cycle, instead of looping', () => {
    const layout = layoutGenogram(
      [person('a', 'male'), person('b', 'female')],
      [birth('a', 'b'), birth('b', 'a'), married('a', 'a')],
    );
    expect(layout.nodes.map((n) => n.person.id).sort()).toEqual(['a', 'b', 'unknown-parent-of:a']);
    expect(node(layout, 'b').generation).toBe(1);
  });
});
