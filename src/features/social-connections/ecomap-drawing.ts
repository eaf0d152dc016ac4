import type { EcomapLayout, Ring, Strength } from '../../domain/ecomap-layout.ts';
import type { Drawing, Shape } from '../genogram/genogram-drawing.ts';

/**
 * The social connections map as simple shapes, like the genogram's (ADR 0023), so the page's SVG
 * and the PDF paint one drawing: rings by closeness, sectors by kind of person, and a line to each
 * person whose style says how the connection feels (strong: thick, weak: dashed, stressful:
 * zigzag), so it does not rely on colour.
 */

type Point = readonly [number, number];
const INK = '#0b0c0c';
const GREY = '#505a5f';
const NODE = 18;
const CENTRE = 34;
const RING_WORDS: Record<Ring, string> = {
  close: 'Close',
  middle: 'In the middle',
  distant: 'Distant',
};

const text = (
  x: number,
  y: number,
  words: string,
  size: number,
  { bold = false, anchor = 'middle' as 'middle' | 'start' } = {},
): Shape => ({ type: 'text', x, y, text: words, size, anchor, bold });
const circle = (cx: number, cy: number, r: number): Shape => ({
  type: 'circle',
  cx,
  cy,
  r,
  dash: null,
  width: 2,
  colour: INK,
});

function connection(from: Point, to: Point, strength: Strength): Shape {
  if (strength === 'strong')
    return { type: 'polyline', points: [from, to], dash: null, width: 5, colour: INK };
  if (strength === 'weak')
    return { type: 'polyline', points: [from, to], dash: [8, 6], width: 2, colour: INK };
  const [x1, y1] = from;
  const length = Math.hypot(to[0] - x1, to[1] - y1) || 1;
  const steps = Math.max(2, Math.floor(length / 12));
  const [ux, uy] = [(to[0] - x1) / length, (to[1] - y1) / length];
  const points: Point[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const along = (i / steps) * length;
    const side = i === 0 || i === steps ? 0 : i % 2 === 0 ? 6 : -6;
    points.push([x1 + ux * along - uy * side, y1 + uy * along + ux * side]);
  }
  return { type: 'polyline', points, dash: null, width: 2, colour: INK };
}

export function ecomapDrawing(layout: EcomapLayout, youngPerson: string): Drawing {
  const c = layout.centre;
  const outer = layout.rings.at(-1)?.radius ?? 300;
  const keyTop = layout.size + 10;
  const shapes: Shape[] = [];
  // Largest ring first: each is filled white, so a smaller one must come after a larger one.
  for (const { radius } of [...layout.rings].reverse())
    shapes.push({ type: 'circle', cx: c, cy: c, r: radius, dash: [3, 4], width: 1, colour: GREY });
  if (layout.sectors.length > 1)
    for (const { from } of layout.sectors) {
      const end: Point = [c + (outer + 60) * Math.cos(from), c + (outer + 60) * Math.sin(from)];
      shapes.push({ type: 'polyline', points: [[c, c], end], dash: null, width: 1, colour: GREY });
    }
  for (const p of layout.people) {
    const d = Math.hypot(p.x - c, p.y - c) || 1;
    const [ux, uy] = [(p.x - c) / d, (p.y - c) / d];
    const from: Point = [c + ux * CENTRE, c + uy * CENTRE];
    shapes.push(connection(from, [p.x - ux * NODE, p.y - uy * NODE], p.strength));
  }
  for (const { ring, radius } of layout.rings)
    shapes.push(text(c, c - radius - 6, RING_WORDS[ring], 12));
  for (const { sector, from, to } of layout.sectors) {
    const middle = (from + to) / 2;
    const r = outer + 80;
    shapes.push(
      text(c + r * Math.cos(middle), c + r * Math.sin(middle), sector, 14, { bold: true }),
    );
  }
  for (const p of layout.people) {
    shapes.push(circle(p.x, p.y, NODE));
    const name = p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name;
    shapes.push(text(p.x, p.y + NODE + 15, name, 12));
  }
  // The young person in the centre, with a double outline as on the genogram.
  shapes.push(circle(c, c, CENTRE), circle(c, c, CENTRE - 6));
  shapes.push(text(c, c + CENTRE + 18, youngPerson, 14, { bold: true }));
  shapes.push(text(20, keyTop + 20, 'Key', 14, { bold: true, anchor: 'start' }));
  const keys: Array<[Strength, string]> = [
    ['strong', 'Strong'],
    ['weak', 'Weak'],
    ['stressful', 'Stressful'],
  ];
  keys.forEach(([strength, label], i) => {
    const x = 70 + i * 190;
    shapes.push(connection([x, keyTop + 15], [x + 60, keyTop + 15], strength));
    shapes.push(text(x + 70, keyTop + 20, label, 13, { anchor: 'start' }));
  });
  return { width: layout.size, height: keyTop + 60, shapes };
}
