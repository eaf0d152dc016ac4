import { layoutGenogram } from '../../domain/genogram-layout.ts';
import { genogramDescription, genogramRows, genogramTitle } from './genogram.view-model.ts';
import type { GenogramData } from './genogram-data.ts';
import { drawGenogram } from './genogram-drawing.ts';
import { genogramSvg } from './genogram-svg.ts';

/** One young person's genogram, laid out once for the page, the SVG and the PDF. */
export function genogramPicture(data: GenogramData, youngPersonName: string) {
  const layout = layoutGenogram(
    data.entries.map((e) => e.person),
    data.relationships,
  );
  const drawing = drawGenogram(layout);
  const title = genogramTitle(youngPersonName);
  const description = genogramDescription(data, layout);
  const svg = (standalone: boolean) =>
    genogramSvg(drawing, { title, description, idPrefix: 'genogram' }, standalone);
  return { layout, drawing, title, description, rows: genogramRows(data), svg };
}
