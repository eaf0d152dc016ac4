import { birthOrder, type Family } from './genogram-family.ts';

/**
 * Steps 2 and 3 of the genogram layout. A row is made of blocks that never split: a sibling
 * group (children of one unit, eldest on the left, each with the partners who married in beside
 * them) or a chain of partners with no parents drawn. Blocks are ordered and then placed by the
 * mean position of their relatives in the rows above and below (the barycentre heuristic, on
 * blocks rather than people, so siblings keep their birth order and partners stay together).
 */

export interface Block {
  members: string[];
  unit: string | null;
}

const SWEEPS = 5;
const SLOT = 120;
const BLOCK_GAP = 50;

/** Puts each person's partners around them: first on the right, second on the left, and so on. */
function withPartners(family: Family, centre: string, taken: Set<string>): string[] {
  taken.add(centre);
  const left: string[] = [];
  const right: string[] = [];
  const queue = [centre];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const partner of family.partners.get(id) ?? []) {
      if (taken.has(partner) || family.homeUnit.has(partner)) continue;
      taken.add(partner);
      (right.length <= left.length ? right : left).push(partner);
      queue.push(partner);
    }
  }
  return [...left.reverse(), centre, ...right];
}

function buildBlocks(family: Family): Block[][] {
  const rows: Block[][] = [];
  const row = (g: number) => {
    while (rows.length <= g) rows.push([]);
    return rows[g] as Block[];
  };
  const taken = new Set<string>();
  const gen = (id: string) => family.generation.get(id) ?? 0;
  const eldestFirst = birthOrder(family.people, family.order);
  for (const unit of family.units.values()) {
    const homeChildren = unit.children
      .map((c) => c.id)
      .filter((id) => family.homeUnit.get(id) === unit.key);
    const byGeneration = new Map<number, string[]>();
    for (const id of homeChildren)
      byGeneration.set(gen(id), [...(byGeneration.get(gen(id)) ?? []), id]);
    for (const [g, children] of byGeneration) {
      const members = children.sort(eldestFirst).flatMap((c) => withPartners(family, c, taken));
      row(g).push({ members, unit: unit.key });
    }
  }
  // People with no parents drawn, and not beside a partner already: chains of partners.
  const rest = [...family.people.keys()]
    .filter((id) => !taken.has(id))
    .sort((a, b) => (family.order.get(a) ?? 0) - (family.order.get(b) ?? 0));
  const degree = (id: string) => family.partners.get(id)?.length ?? 0;
  for (const id of rest) {
    if (taken.has(id)) continue;
    // Start the chain from its busiest member, so a person with two partners sits between them.
    const chain = [id];
    for (let i = 0; i < chain.length; i += 1)
      for (const p of family.partners.get(chain[i] as string) ?? [])
        if (!chain.includes(p) && !taken.has(p)) chain.push(p);
    const centre = [...chain].sort((a, b) => degree(b) - degree(a))[0] as string;
    row(gen(id)).push({ members: withPartners(family, centre, taken), unit: null });
  }
  return rows;
}

/** The people a block should sit near, in the row above (`up`), below (`down`) or its own. */
function relatives(family: Family, block: Block, direction: 'up' | 'down'): string[] {
  const inBlock = new Set(block.members);
  const found: string[] = [];
  for (const id of block.members) {
    const g = family.generation.get(id) ?? 0;
    const near = [
      ...(direction === 'up'
        ? (family.parentsOf.get(id) ?? [])
        : (family.childrenOf.get(id) ?? [])),
      ...family.carers.filter((c) => c.child === id).map((c) => c.carer),
      ...family.carers.filter((c) => c.carer === id).map((c) => c.child),
      ...(family.partners.get(id) ?? []),
    ];
    for (const other of near) {
      if (inBlock.has(other)) continue;
      const og = family.generation.get(other) ?? 0;
      if (og === g || (direction === 'up' ? og < g : og > g)) found.push(other);
    }
  }
  return found;
}

function packRow(row: Block[], x: Map<string, number>, desired?: (block: Block) => number | null) {
  let right = Number.NEGATIVE_INFINITY;
  for (const block of row) {
    const width = (block.members.length - 1) * SLOT;
    const want = desired?.(block);
    const left = Math.max(
      want == null ? right + BLOCK_GAP + SLOT : want - width / 2,
      right + BLOCK_GAP + SLOT,
    );
    const start = Number.isFinite(left) ? left : 0;
    for (const [i, id] of block.members.entries()) x.set(id, start + i * SLOT);
    right = start + width;
  }
}

function meanX(ids: string[], x: Map<string, number>): number | null {
  const known = ids.map((id) => x.get(id)).filter((v): v is number => v !== undefined);
  return known.length === 0 ? null : known.reduce((s, v) => s + v, 0) / known.length;
}

function centreOf(block: Block, x: Map<string, number>) {
  return meanX(block.members, x) ?? 0;
}

function sweepOrder(family: Family, rows: Block[][], x: Map<string, number>) {
  const passes: Array<'up' | 'down'> = [];
  for (let i = 0; i < SWEEPS; i += 1) passes.push(i % 2 === 0 ? 'up' : 'down');
  for (const direction of passes) {
    const indexes = rows.map((_, i) => i);
    if (direction === 'down') indexes.reverse();
    for (const g of indexes) {
      const row = rows[g] as Block[];
      const key = new Map(
        row.map((b) => [
          b,
          meanX(relatives(family, b, direction), x) ??
            meanX(relatives(family, b, direction === 'up' ? 'down' : 'up'), x) ??
            centreOf(b, x),
        ]),
      );
      row.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
      packRow(row, x);
    }
  }
}

/** Step 2: the blocks of each row, in order. */
export function orderRows(family: Family): Block[][] {
  const rows = buildBlocks(family);
  const x = new Map<string, number>();
  for (const row of rows) packRow(row, x);
  sweepOrder(family, rows, x);
  return rows;
}

/** Step 3: the x of each person's centre, each block near its relatives without overlapping. */
export function placeRows(family: Family, rows: Block[][]): Map<string, number> {
  const x = new Map<string, number>();
  for (const row of rows) packRow(row, x);
  for (let i = 0; i < SWEEPS; i += 1) {
    const direction = i % 2 === 0 ? 'up' : 'down';
    const indexes = rows.map((_, g) => g);
    if (direction === 'down') indexes.reverse();
    for (const g of indexes) {
      packRow(rows[g] as Block[], x, (block) => meanX(relatives(family, block, direction), x));
    }
  }
  const least = Math.min(...x.values());
  const shift = 40 + SLOT / 2 - (Number.isFinite(least) ? least : 0);
  for (const [id, value] of x) x.set(id, value + shift);
  return x;
}
