import type { Family, FamilyUnit } from './genogram-family.ts';
import {
  GENOGRAM_SIZES,
  type LayoutLine,
  type LayoutNode,
  type LineStyle,
} from './genogram-geometry.ts';
import type { ParentKind } from './genogram-rules.ts';

/**
 * Step 4 of the genogram layout: the lines. Partners side by side are joined at the middle of
 * their symbols; partners with others between them are joined by a line that runs below the
 * row. Children hang from a sibling bar just above their own row, one drop each, styled by how
 * they are the unit's child (birth solid, adoptive dashed, foster dotted). Horizontal runs that
 * would overlap are put on lanes a few pixels apart. Carers are joined to the child by a straight
 * dash-dot line, never through a partnership, so nothing suggests they are a parent.
 */

const CHILD_STYLE: Record<ParentKind, LineStyle> = {
  birth: 'solid',
  adoptive: 'dashed',
  foster: 'dotted',
};
const LANE = 7;

type Point = readonly [number, number];

interface Run {
  row: number;
  from: number;
  to: number;
  lane: number;
}

/** Gives each horizontal run in a gap a lane, so that no two runs in one lane overlap. */
function assignLanes(runs: Run[]) {
  const ends = new Map<number, number[]>();
  for (const run of [...runs].sort((a, b) => a.from - b.from)) {
    const lanes = ends.get(run.row) ?? [];
    let lane = lanes.findIndex((end) => end < run.from - 6);
    if (lane === -1) lane = lanes.length;
    lanes[lane] = run.to;
    ends.set(run.row, lanes);
    run.lane = lane;
  }
}

export function routeLines(family: Family, nodes: LayoutNode[]): LayoutLine[] {
  const { radius: r, labelHeight, rowHeight, margin } = GENOGRAM_SIZES;
  const at = new Map(nodes.map((n) => [n.person.id, n]));
  const rowY = (g: number) => margin + r + g * rowHeight;
  const lines: LayoutLine[] = [];
  const under: Array<{ run: Run; build: (y: number) => void }> = [];
  const above: Array<{ run: Run; build: (y: number) => void }> = [];
  const between = (g: number, x1: number, x2: number) =>
    nodes.some((n) => n.generation === g && n.x > x1 + 1 && n.x < x2 - 1);

  for (const unit of family.units.values()) {
    const parents = unit.parents.map((id) => at.get(id)).filter((n) => n !== undefined);
    if (parents.length === 0) continue;
    parents.sort((a, b) => a.x - b.x);
    const first = parents[0] as LayoutNode;
    const last = parents.at(-1) as LayoutNode;
    const g = Math.max(...parents.map((p) => p.generation));
    const y = rowY(g);
    const origin: { x: number; y: number } = { x: first.x, y };
    if (parents.length === 1) {
      origin.x = first.x + r + 10;
      if (unit.children.length > 0)
        lines.push(
          line(
            'child',
            'solid',
            [
              [first.x + r, y],
              [origin.x, y],
            ],
            first.person.id,
            unit.key,
          ),
        );
    } else if (!between(g, first.x, last.x) && first.generation === last.generation) {
      origin.x = (first.x + last.x) / 2;
      lines.push(
        partnership(
          unit,
          [
            [first.x + r, y],
            [last.x - r, y],
          ],
          [origin.x, y],
          first,
          last,
        ),
      );
    } else {
      origin.x = (first.x + last.x) / 2;
      const run: Run = { row: g, from: first.x, to: last.x, lane: 0 };
      under.push({
        run,
        build: (laneY) => {
          origin.y = laneY;
          const points: Point[] = [
            [first.x, first.y + r],
            [first.x, laneY],
            [last.x, laneY],
            [last.x, last.y + r],
          ];
          lines.push(partnership(unit, points, [origin.x, laneY], first, last));
        },
      });
    }
    routeChildren(unit, origin);
  }

  function routeChildren(unit: FamilyUnit, origin: { x: number; y: number }) {
    const byRow = new Map<number, Array<{ node: LayoutNode; kind: ParentKind }>>();
    for (const child of unit.children) {
      const node = at.get(child.id);
      if (!node) continue;
      const home = family.homeUnit.get(child.id) === unit.key;
      if (!home) {
        // Drawn under another unit: its own line, a little to the right of the home drop.
        const cx = node.x + 10;
        above.push({
          run: {
            row: node.generation,
            from: Math.min(origin.x, cx),
            to: Math.max(origin.x, cx),
            lane: 0,
          },
          build: (barY) =>
            lines.push(
              line(
                'child',
                CHILD_STYLE[child.kind],
                [
                  [origin.x, origin.y],
                  [origin.x, barY],
                  [cx, barY],
                  [cx, node.y - r],
                ],
                unit.key,
                child.id,
              ),
            ),
        });
        continue;
      }
      byRow.set(node.generation, [
        ...(byRow.get(node.generation) ?? []),
        { node, kind: child.kind },
      ]);
    }
    for (const [g, children] of byRow) {
      const xs = [origin.x, ...children.map((c) => c.node.x)];
      const trunk: LineStyle = children.some((c) => c.kind === 'birth')
        ? 'solid'
        : CHILD_STYLE[(children[0] as { kind: ParentKind }).kind];
      above.push({
        run: { row: g, from: Math.min(...xs), to: Math.max(...xs), lane: 0 },
        build: (barY) => {
          lines.push(
            line(
              'child',
              trunk,
              [
                [origin.x, origin.y],
                [origin.x, barY],
              ],
              unit.key,
              unit.key,
            ),
          );
          lines.push(
            line(
              'child',
              trunk,
              [
                [Math.min(...xs), barY],
                [Math.max(...xs), barY],
              ],
              unit.key,
              unit.key,
            ),
          );
          for (const c of children)
            lines.push(
              line(
                'child',
                CHILD_STYLE[c.kind],
                [
                  [c.node.x, barY],
                  [c.node.x, c.node.y - r],
                ],
                unit.key,
                c.node.person.id,
              ),
            );
        },
      });
    }
  }

  // Partnerships first: a child line starts where its partnership line ends up.
  assignLanes(under.map((u) => u.run));
  for (const u of under) u.build(rowY(u.run.row) + r + labelHeight + 8 + u.run.lane * LANE);
  assignLanes(above.map((a) => a.run));
  for (const a of above) a.build(rowY(a.run.row) - r - 14 - a.run.lane * LANE);

  for (const { carer, child } of family.carers) {
    const a = at.get(carer);
    const b = at.get(child);
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    lines.push(
      line(
        'carer',
        'dash-dot',
        [
          [a.x + ux * r, a.y + uy * r],
          [b.x - ux * r, b.y - uy * r],
        ],
        carer,
        child,
      ),
    );
  }
  return lines;
}

function line(
  role: LayoutLine['role'],
  style: LineStyle,
  points: Point[],
  from: string,
  to: string,
): LayoutLine {
  return { role, style, points, slashes: 0, from, to };
}

function partnership(
  unit: FamilyUnit,
  points: Point[],
  mark: Point,
  a: LayoutNode,
  b: LayoutNode,
): LayoutLine {
  const status = unit.status;
  return {
    role: 'partnership',
    style: status === 'living-together' ? 'dashed' : 'solid',
    points,
    slashes: status === 'separated' ? 1 : status === 'divorced' ? 2 : 0,
    mark,
    from: a.person.id,
    to: b.person.id,
  };
}
