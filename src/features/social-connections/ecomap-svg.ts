import type { EcomapLayout, Strength } from '../../domain/ecomap-layout.ts';

/**
 * The social connections map as SVG, written on the server: rings by closeness, sectors by kind
 * of person, and a line to each person whose style says how the connection feels (strong: thick,
 * weak: dashed, stressful: zigzag, so it does not rely on colour). Text is escaped.
 */

const esc = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();
const INK = '#0b0c0c';
const GREY = '#505a5f';
const HALO = 'stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"';
const NODE = 18;
const CENTRE = 34;

function connection(x1: number, y1: number, x2: number, y2: number, strength: Strength): string {
  if (strength === 'strong')
    return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${INK}" stroke-width="5"/>`;
  if (strength === 'weak')
    return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${INK}" stroke-width="2" stroke-dasharray="8 6"/>`;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const steps = Math.max(2, Math.floor(length / 12));
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const points: string[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const along = (i / steps) * length;
    const side = i === 0 || i === steps ? 0 : i % 2 === 0 ? 6 : -6;
    points.push(`${n(x1 + ux * along - uy * side)},${n(y1 + uy * along + ux * side)}`);
  }
  return `<polyline points="${points.join(' ')}" fill="none" stroke="${INK}" stroke-width="2"/>`;
}

export function ecomapSvg(
  layout: EcomapLayout,
  youngPerson: string,
  text: { title: string; description: string },
) {
  const c = layout.centre;
  const keyTop = layout.size + 10;
  const height = keyTop + 60;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="kindred-ecomap" viewBox="0 0 ${layout.size} ${height}" width="${layout.size}" height="${height}" role="img" aria-labelledby="ecomap-title" aria-describedby="ecomap-desc" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="ecomap-title">${esc(text.title)}</title><desc id="ecomap-desc">${esc(text.description)}</desc>`,
    `<rect x="0" y="0" width="${layout.size}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const { ring, radius } of layout.rings) {
    parts.push(
      `<circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${GREY}" stroke-width="1" stroke-dasharray="3 4"/>`,
    );
    parts.push(
      `<text x="${c}" y="${n(c - radius - 6)}" font-size="12" text-anchor="middle" fill="${GREY}" ${HALO}>${esc(ring === 'close' ? 'Close' : ring === 'middle' ? 'In the middle' : 'Distant')}</text>`,
    );
  }
  if (layout.sectors.length > 1)
    for (const { from } of layout.sectors) {
      const r = layout.rings.at(-1)?.radius ?? 300;
      parts.push(
        `<line x1="${c}" y1="${c}" x2="${n(c + (r + 60) * Math.cos(from))}" y2="${n(c + (r + 60) * Math.sin(from))}" stroke="${GREY}" stroke-width="1"/>`,
      );
    }
  for (const { sector, from, to } of layout.sectors) {
    const middle = (from + to) / 2;
    const r = (layout.rings.at(-1)?.radius ?? 300) + 80;
    parts.push(
      `<text x="${n(c + r * Math.cos(middle))}" y="${n(c + r * Math.sin(middle))}" font-size="14" font-weight="bold" text-anchor="middle" fill="${INK}" ${HALO}>${esc(sector)}</text>`,
    );
  }
  for (const p of layout.people) {
    const d = Math.hypot(p.x - c, p.y - c) || 1;
    const [ux, uy] = [(p.x - c) / d, (p.y - c) / d];
    parts.push(
      connection(c + ux * CENTRE, c + uy * CENTRE, p.x - ux * NODE, p.y - uy * NODE, p.strength),
    );
  }
  for (const p of layout.people) {
    parts.push(
      `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${NODE}" fill="#ffffff" stroke="${INK}" stroke-width="2"/>`,
    );
    const name = p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name;
    parts.push(
      `<text x="${n(p.x)}" y="${n(p.y + NODE + 15)}" font-size="12" text-anchor="middle" fill="${INK}" ${HALO}>${esc(name)}</text>`,
    );
  }
  parts.push(
    `<circle cx="${c}" cy="${c}" r="${CENTRE}" fill="#ffffff" stroke="${INK}" stroke-width="2"/>`,
  );
  parts.push(
    `<circle cx="${c}" cy="${c}" r="${CENTRE - 6}" fill="#ffffff" stroke="${INK}" stroke-width="2"/>`,
  );
  parts.push(
    `<text x="${c}" y="${c + CENTRE + 18}" font-size="14" font-weight="bold" text-anchor="middle" fill="${INK}" ${HALO}>${esc(youngPerson)}</text>`,
  );
  const keys: Array<[Strength, string]> = [
    ['strong', 'Strong'],
    ['weak', 'Weak'],
    ['stressful', 'Stressful'],
  ];
  parts.push(
    `<text x="20" y="${keyTop + 20}" font-size="14" font-weight="bold" fill="${INK}">Key</text>`,
  );
  keys.forEach(([strength, label], i) => {
    const x = 70 + i * 190;
    parts.push(connection(x, keyTop + 15, x + 60, keyTop + 15, strength));
    parts.push(
      `<text x="${x + 70}" y="${keyTop + 20}" font-size="13" fill="${INK}">${label}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
