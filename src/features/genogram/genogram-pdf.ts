import { drawingPdf } from './drawing-pdf.ts';
import type { GenogramRow } from './genogram.view-model.ts';
import type { Drawing } from './genogram-drawing.ts';

/** The genogram as a tagged PDF: the drawing, then every person and relationship in words. */

export interface GenogramPdfText {
  title: string;
  description: string;
  rows: GenogramRow[];
}

export function genogramPdf(drawing: Drawing, text: GenogramPdfText): Promise<Buffer> {
  return drawingPdf(drawing, {
    title: text.title,
    description: text.description,
    factsHeading: 'The people and their relationships',
    facts: text.rows.map((row) => ({
      name: `${row.name}${row.died ? ' (died)' : ''}`,
      text: [
        `Relationship to the young person: ${row.relationship}. Gender: ${row.gender}. Born: ${row.born}.`,
        `Parents: ${row.parents}.`,
        `Partners: ${row.partners}.`,
        `Children: ${row.children}.`,
        `Carers: ${row.carers}.`,
      ].join(' '),
    })),
  });
}
