import { buildFamily, type Family } from './genogram-family.ts';
import { GENOGRAM_SIZES, type GenogramLayout, type LayoutNode } from './genogram-geometry.ts';
import { routeLines } from './genogram-lines.ts';
import { orderRows, placeRows } from './genogram-placement.ts';
import type { GenogramPerson, GenogramRelationship } from './genogram-rules.ts';

export type { GenogramLayout, LayoutLine, LayoutNode, LineStyle } from './genogram-geometry.ts';
export { GENOGRAM_SIZES } from './genogram-geometry.ts';

/**
 * The genogram's geometry, from the records alone (ADR 0023). No general graph-layout library
 * keeps partners side by side and siblings in birth order, so this is our own, in four steps:
 *
 * 1. `buildFamily`: generations (a child one row below its parents, partners in one row),
 *    family units (one or two parents and their children), placeholders for unknown parents.
 * 2. `orderRows`: blocks (a sibling group in birth order with the partners who married in, or
 *    a chain of partners with no parents drawn) ordered left to right, near their relatives.
 * 3. `placeRows`: x positions, each block centred under its parents or over its children.
 * 4. `routeLines`: every line with its style.
 */

export function layoutGenogram(
  people: readonly GenogramPerson[],
  relationships: readonly GenogramRelationship[],
): GenogramLayout {
  const family: Family = buildFamily(people, relationships);
  const rows = orderRows(family);
  const x = placeRows(family, rows);
  const { radius, rowHeight, margin, labelHeight } = GENOGRAM_SIZES;
  const rowY = (generation: number) => margin + radius + generation * rowHeight;
  const nodes: LayoutNode[] = [];
  for (const [generation, row] of rows.entries()) {
    for (const block of row) {
      for (const id of block.members) {
        const person = family.people.get(id);
        if (person) nodes.push({ person, generation, x: x.get(id) ?? margin, y: rowY(generation) });
      }
    }
  }
  const lines = routeLines(family, nodes);
  const width = Math.max(...nodes.map((n) => n.x), 0) + GENOGRAM_SIZES.slot / 2 + margin;
  const height =
    margin * 2 + Math.max(rows.length, 1) * rowHeight - rowHeight + 2 * radius + labelHeight;
  return { width, height, generations: rows.length, nodes, lines };
}
