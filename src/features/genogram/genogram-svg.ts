import type { Drawing, Shape } from './genogram-drawing.ts';

/**
 * The genogram as SVG text, written on the server so it works without JavaScript and prints.
 * Presentation attributes only (no `<style>`), so the page's content security policy allows it
 * inline; every piece of text is escaped.
 */

const escapeXml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const n = (value: number) => (Math.round(value * 10) / 10).toString();
const pts = (points: ReadonlyArray<readonly [number, number]>) =>
  points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function strokeAttributes(shape: Exclude<Shape, { type: 'text' }>, fill: string) {
  const dash = shape.dash ? ` stroke-dasharray="${shape.dash.join(' ')}"` : '';
  return `fill="${fill}" stroke="${shape.colour}" stroke-width="${shape.width}"${dash}`;
}

function shapeSvg(shape: Shape): string {
  switch (shape.type) {
    case 'polyline':
      return `<polyline points="${pts(shape.points)}" ${strokeAttributes(shape, 'none')} stroke-linecap="butt"/>`;
    case 'polygon':
      return `<polygon points="${pts(shape.points)}" ${strokeAttributes(shape, '#ffffff')}/>`;
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}" ${strokeAttributes(shape, '#ffffff')}/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" ${strokeAttributes(shape, '#ffffff')}/>`;
    case 'text':
      // A white halo keeps a name readable where a line passes behind it.
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${shape.size}"${shape.bold ? ' font-weight="bold"' : ''} text-anchor="${shape.anchor}" fill="#0b0c0c" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(shape.text)}</text>`;
  }
}

export interface SvgText {
  title: string;
  description: string;
  /** Unique on the page, for `aria-labelledby`. */
  idPrefix: string;
}

export function genogramSvg(drawing: Drawing, text: SvgText, standalone = false): string {
  const titleId = `${text.idPrefix}-title`;
  const descId = `${text.idPrefix}-desc`;
  const namespace = standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  return `${namespace}<svg xmlns="http://www.w3.org/2000/svg" class="app-genogram__drawing" viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}" width="${n(drawing.width)}" height="${n(drawing.height)}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" font-family="Arial, Helvetica, sans-serif"><title id="${titleId}">${escapeXml(text.title)}</title><desc id="${descId}">${escapeXml(text.description)}</desc><rect x="0" y="0" width="${n(drawing.width)}" height="${n(drawing.height)}" fill="#ffffff"/>${drawing.shapes.map(shapeSvg).join('')}</svg>`;
}
