import PDFDocument from 'pdfkit';
import { FIRST_FONT, OPEN_SANS_BOLD, OPEN_SANS_REGULAR } from '../../platform/pdf-fonts.ts';
import type { Drawing, Shape } from './genogram-drawing.ts';

/**
 * A drawing (the genogram, the social connections map) as a PDF, painted with pdfkit's own
 * primitives from the same shapes as the SVG (ADR 0023): tagged (a Document with a heading, a
 * described Figure and the facts as paragraphs), identified as PDF/UA, in English, with its
 * title shown, and Open Sans embedded (from @expo-google-fonts/open-sans, SIL Open Font Licence)
 * so it prints the same everywhere.
 */

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 40;
/** Smallest scale at which names stay readable in print (12px text becomes 7pt). */
const MIN_SCALE = 0.6;

export interface DrawingPdfText {
  title: string;
  description: string;
  /** More paragraphs under the description, before the drawing. */
  intro?: string[];
  /** The same facts in words, on the next page: a heading, then a paragraph for each person. */
  factsHeading: string;
  facts: Array<{ name: string; text: string }>;
}

type Doc = InstanceType<typeof PDFDocument>;

function paint(doc: Doc, shape: Shape) {
  if (shape.type === 'text') {
    doc.font(shape.bold ? 'bold' : 'regular').fontSize(shape.size);
    const width = doc.widthOfString(shape.text);
    const x = shape.anchor === 'middle' ? shape.x - width / 2 : shape.x;
    // SVG places text by its baseline, pdfkit by its top.
    doc.fillColor('#0b0c0c').text(shape.text, x, shape.y - shape.size * 0.95, { lineBreak: false });
    return;
  }
  doc.lineWidth(shape.width).strokeColor(shape.colour);
  if (shape.dash) doc.dash(shape.dash[0] ?? 1, { space: shape.dash[1] ?? 1 });
  else doc.undash();
  switch (shape.type) {
    case 'polyline': {
      const [first, ...rest] = shape.points;
      if (!first) return;
      doc.moveTo(first[0], first[1]);
      for (const [x, y] of rest) doc.lineTo(x, y);
      doc.stroke();
      return;
    }
    case 'polygon':
      doc
        .polygon(...shape.points.map(([x, y]) => [x, y] as [number, number]))
        .fillAndStroke('#ffffff', shape.colour);
      return;
    case 'rect':
      doc.rect(shape.x, shape.y, shape.w, shape.h).fillAndStroke('#ffffff', shape.colour);
      return;
    case 'circle':
      doc.circle(shape.cx, shape.cy, shape.r).fillAndStroke('#ffffff', shape.colour);
      return;
  }
}

/**
 * Paints a drawing at the current position and scale of a pdfkit document whose fonts
 * 'regular' and 'bold' are registered (the plan's PDF embeds the genogram this way too).
 */
export function paintDrawing(doc: Doc, drawing: Drawing) {
  for (const shape of drawing.shapes) paint(doc, shape);
}

export function drawingPdf(drawing: Drawing, text: DrawingPdfText): Promise<Buffer> {
  const fit = Math.min((A4_LANDSCAPE[0] - 2 * MARGIN) / drawing.width, 1);
  const scale = Math.max(fit, MIN_SCALE);
  // A big family gets a bigger first page rather than names too small to read.
  const width = Math.max(A4_LANDSCAPE[0], drawing.width * scale + 2 * MARGIN);
  const introHeight = 90 + 30 * (text.intro?.length ?? 0);
  const height = Math.max(A4_LANDSCAPE[1], drawing.height * scale + 2 * MARGIN + introHeight);
  const doc = new PDFDocument({
    size: [width, height],
    margin: MARGIN,
    font: FIRST_FONT,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: text.title, Subject: text.description, Creator: 'Kindred', Producer: 'Kindred' },
    // @types/pdfkit does not know PDF/UA yet (see STACK-NOTES).
    ...({ subset: 'PDF/UA' } as object),
  });
  doc.registerFont('regular', OPEN_SANS_REGULAR);
  doc.registerFont('bold', OPEN_SANS_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('bold').fontSize(20).text(text.title, MARGIN, MARGIN);
    }),
  );
  root.add(
    doc.struct('P', {}, () => {
      doc
        .font('regular')
        .fontSize(11)
        .text(text.description, { width: width - 2 * MARGIN });
    }),
  );
  for (const paragraph of text.intro ?? [])
    root.add(
      doc.struct('P', {}, () => {
        doc.moveDown(0.4).text(paragraph, { width: width - 2 * MARGIN });
      }),
    );
  const top = doc.y + 16;
  root.add(
    doc.struct('Figure', { alt: text.description }, () => {
      doc.save();
      doc.translate(MARGIN, top).scale(scale);
      paintDrawing(doc, drawing);
      doc.restore();
    }),
  );

  doc.addPage({ size: 'A4', margin: MARGIN });
  root.add(
    doc.struct('H2', {}, () => {
      doc.font('bold').fontSize(16).fillColor('#0b0c0c');
      doc.text(text.factsHeading, MARGIN, MARGIN);
    }),
  );
  for (const fact of text.facts) {
    root.add(
      doc.struct('P', {}, () => {
        doc.moveDown(0.6).font('bold').fontSize(11).text(fact.name);
        doc.font('regular').fontSize(10).text(fact.text);
      }),
    );
  }
  root.end();
  doc.end();
  return done;
}
