import type { EcomapLayout } from '../../domain/ecomap-layout.ts';
import { genogramSvg } from '../genogram/genogram-svg.ts';
import { ecomapDrawing } from './ecomap-drawing.ts';

/**
 * The social connections map as SVG, written on the server (so it works without JavaScript and
 * prints) from the same drawing as the PDF, by the genogram's SVG writer: escaped text, `role="img"`
 * with a title and description.
 */
export function ecomapSvg(
  layout: EcomapLayout,
  youngPerson: string,
  text: { title: string; description: string },
) {
  return genogramSvg(ecomapDrawing(layout, youngPerson), { ...text, idPrefix: 'ecomap' });
}
