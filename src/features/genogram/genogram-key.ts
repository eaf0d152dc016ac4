import type { LineStyle } from '../../domain/genogram-layout.ts';
import type { GenogramGender } from '../../domain/genogram-rules.ts';

/**
 * What the genogram's key shows, once, for the SVG and the PDF: each symbol and each line with
 * its meaning in plain words (McGoldrick's conventions).
 */

export interface SymbolKeyItem {
  kind: 'symbol';
  label: string;
  gender: GenogramGender;
  deceased?: boolean;
  youngPerson?: boolean;
  placeholder?: boolean;
}

export interface LineKeyItem {
  kind: 'line';
  label: string;
  style: LineStyle;
  slashes: 0 | 1 | 2;
  carer?: boolean;
}

export const GENOGRAM_KEY: ReadonlyArray<SymbolKeyItem | LineKeyItem> = [
  { kind: 'symbol', label: 'Male', gender: 'male' },
  { kind: 'symbol', label: 'Female', gender: 'female' },
  { kind: 'symbol', label: 'Another gender', gender: 'other' },
  { kind: 'symbol', label: 'Gender not recorded', gender: 'unknown' },
  { kind: 'symbol', label: 'Died', gender: 'male', deceased: true },
  { kind: 'symbol', label: 'The young person', gender: 'female', youngPerson: true },
  { kind: 'symbol', label: 'Person not known', gender: 'unknown', placeholder: true },
  { kind: 'line', label: 'Married', style: 'solid', slashes: 0 },
  { kind: 'line', label: 'Living together', style: 'dashed', slashes: 0 },
  { kind: 'line', label: 'Separated', style: 'solid', slashes: 1 },
  { kind: 'line', label: 'Divorced', style: 'solid', slashes: 2 },
  { kind: 'line', label: 'Birth child', style: 'solid', slashes: 0 },
  { kind: 'line', label: 'Adopted child', style: 'dashed', slashes: 0 },
  { kind: 'line', label: 'Fostered child', style: 'dotted', slashes: 0 },
  { kind: 'line', label: 'Carer (not a parent)', style: 'dash-dot', slashes: 0, carer: true },
];

export const KEY_COLUMN_WIDTH = 190;
export const KEY_ROW_HEIGHT = 34;
export const KEY_COLUMNS = 4;

/** The dash pattern of each line style, in the SVG's `stroke-dasharray` form. */
export const DASHES: Record<LineStyle, number[] | null> = {
  solid: null,
  dashed: [9, 5],
  dotted: [2, 4],
  'dash-dot': [10, 4, 2, 4],
};

/** Kept short on the drawing; the table beside it has every name in full. */
export function shortLabel(name: string, max = 18): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

export function yearLabel(year: number | null, approximate: boolean | undefined): string {
  if (year == null) return '';
  return approximate ? `about ${year}` : `born ${year}`;
}
