import type { GenogramPerson } from './genogram-rules.ts';

/** The shapes the genogram layout produces, for the SVG and PDF renderers. */

export const GENOGRAM_SIZES = {
  /** Half the size of a symbol. */
  radius: 20,
  /** The width given to each person: their symbol and a label of about 16 characters. */
  slot: 120,
  rowHeight: 190,
  margin: 40,
  /** Room under a symbol for the name and year. */
  labelHeight: 34,
} as const;

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

export interface LayoutNode {
  person: GenogramPerson;
  generation: number;
  /** Centre of the symbol. */
  x: number;
  y: number;
}

export interface LayoutLine {
  role: 'partnership' | 'child' | 'carer';
  style: LineStyle;
  points: Array<readonly [number, number]>;
  /** Separated: one slash across the partnership line; divorced: two. */
  slashes: 0 | 1 | 2;
  /** Where the slashes go. */
  mark?: readonly [number, number];
  from: string;
  to: string;
}

export interface GenogramLayout {
  width: number;
  height: number;
  generations: number;
  nodes: LayoutNode[];
  lines: LayoutLine[];
}
