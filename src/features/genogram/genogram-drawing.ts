import type { GenogramLayout, LayoutLine, LineStyle } from '../../domain/genogram-layout.ts';
import { GENOGRAM_SIZES } from '../../domain/genogram-layout.ts';
import type { GenogramGender } from '../../domain/genogram-rules.ts';
import {
  DASHES,
  GENOGRAM_KEY,
  KEY_COLUMN_WIDTH,
  KEY_COLUMNS,
  KEY_ROW_HEIGHT,
  shortLabel,
  yearLabel,
} from './genogram-key.ts';

/**
 * The genogram as a list of simple shapes (lines, squares, circles, diamonds, text), drawn from
 * the layout's geometry. The SVG and the PDF both paint this one list, so they cannot disagree.
 */

type Point = readonly [number, number];
interface Stroke {
  dash: number[] | null;
  width: number;
  colour: string;
}
export type Shape =
  | ({ type: 'polyline'; points: Point[] } & Stroke)
  | ({ type: 'polygon'; points: Point[] } & Stroke)
  | ({ type: 'rect'; x: number; y: number; w: number; h: number } & Stroke)
  | ({ type: 'circle'; cx: number; cy: number; r: number } & Stroke)
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'middle' | 'start';
      bold: boolean;
    };

export interface Drawing {
  width: number;
  height: number;
  shapes: Shape[];
}

const INK = '#0b0c0c';
const CARER = '#1d70b8';

function stroke(style: LineStyle, colour = INK, width = 2): Stroke {
  return { dash: DASHES[style], width, colour };
}

interface SymbolSpec {
  gender: GenogramGender;
  deceased: boolean;
  youngPerson: boolean;
  placeholder: boolean;
}

/** A McGoldrick symbol centred on (x, y). */
function symbol(spec: SymbolSpec, x: number, y: number, r: number): Shape[] {
  const line = spec.placeholder ? stroke('dashed') : stroke('solid');
  const shapes: Shape[] = [];
  const outline = (size: number, s: Stroke): Shape => {
    if (spec.gender === 'male')
      return { type: 'rect', x: x - size, y: y - size, w: size * 2, h: size * 2, ...s };
    if (spec.gender === 'female') return { type: 'circle', cx: x, cy: y, r: size, ...s };
    const d = size * 1.25;
    return {
      type: 'polygon',
      points: [
        [x, y - d],
        [x + d, y],
        [x, y + d],
        [x - d, y],
      ],
      ...s,
    };
  };
  if (spec.youngPerson) shapes.push(outline(r + 6, stroke('solid', INK, 2)));
  shapes.push(outline(r, line));
  if (spec.gender === 'unknown' || spec.placeholder)
    shapes.push({ type: 'text', x, y: y + 6, text: '?', size: 18, anchor: 'middle', bold: true });
  if (spec.deceased) {
    const c = r * 0.85;
    shapes.push({
      type: 'polyline',
      points: [
        [x - c, y - c],
        [x + c, y + c],
      ],
      ...stroke('solid'),
    });
    shapes.push({
      type: 'polyline',
      points: [
        [x + c, y - c],
        [x - c, y + c],
      ],
      ...stroke('solid'),
    });
  }
  return shapes;
}

function slashesAt(mark: Point, count: number): Shape[] {
  const [mx, my] = mark;
  const offsets = count === 1 ? [0] : count === 2 ? [-4, 4] : [];
  return offsets.map((o) => ({
    type: 'polyline' as const,
    points: [
      [mx + o - 5, my + 9],
      [mx + o + 5, my - 9],
    ] as Point[],
    ...stroke('solid'),
  }));
}

function lineShapes(line: LayoutLine): Shape[] {
  const colour = line.role === 'carer' ? CARER : INK;
  const shapes: Shape[] = [
    { type: 'polyline', points: line.points, ...stroke(line.style, colour) },
  ];
  if (line.mark && line.slashes > 0) shapes.push(...slashesAt(line.mark, line.slashes));
  return shapes;
}

function keyShapes(top: number): Shape[] {
  const shapes: Shape[] = [
    { type: 'text', x: 20, y: top + 20, text: 'Key', size: 14, anchor: 'start', bold: true },
  ];
  for (const [i, item] of GENOGRAM_KEY.entries()) {
    const x = 20 + (i % KEY_COLUMNS) * KEY_COLUMN_WIDTH;
    const y = top + 50 + Math.floor(i / KEY_COLUMNS) * KEY_ROW_HEIGHT;
    if (item.kind === 'symbol') {
      const spec = {
        gender: item.gender,
        deceased: item.deceased ?? false,
        youngPerson: item.youngPerson ?? false,
        placeholder: item.placeholder ?? false,
      };
      shapes.push(...symbol(spec, x + 18, y, 9));
    } else {
      shapes.push({
        type: 'polyline',
        points: [
          [x, y],
          [x + 36, y],
        ],
        ...stroke(item.style, item.carer ? CARER : INK),
      });
      shapes.push(...slashesAt([x + 18, y], item.slashes));
    }
    shapes.push({
      type: 'text',
      x: x + 46,
      y: y + 5,
      text: item.label,
      size: 13,
      anchor: 'start',
      bold: false,
    });
  }
  return shapes;
}

export function drawGenogram(layout: GenogramLayout): Drawing {
  const { radius: r } = GENOGRAM_SIZES;
  const shapes: Shape[] = layout.lines.flatMap(lineShapes);
  for (const node of layout.nodes) {
    const p = node.person;
    const spec = {
      gender: p.gender,
      deceased: p.deceased,
      youngPerson: p.isYoungPerson,
      placeholder: p.isPlaceholder ?? false,
    };
    shapes.push(...symbol(spec, node.x, node.y, r));
    const labelTop = node.y + r + (p.isYoungPerson ? 20 : 15);
    shapes.push({
      type: 'text',
      x: node.x,
      y: labelTop,
      text: shortLabel(p.name),
      size: 12,
      anchor: 'middle',
      bold: p.isYoungPerson,
    });
    const year = yearLabel(p.birthYear, p.birthYearApproximate);
    if (year)
      shapes.push({
        type: 'text',
        x: node.x,
        y: labelTop + 15,
        text: year,
        size: 11,
        anchor: 'middle',
        bold: false,
      });
  }
  const keyRows = Math.ceil(GENOGRAM_KEY.length / KEY_COLUMNS);
  const keyHeight = 60 + keyRows * KEY_ROW_HEIGHT;
  shapes.push(...keyShapes(layout.height));
  return {
    width: Math.max(layout.width, 40 + KEY_COLUMNS * KEY_COLUMN_WIDTH),
    height: layout.height + keyHeight,
    shapes,
  };
}
