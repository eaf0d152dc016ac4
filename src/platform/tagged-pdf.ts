import PDFDocument from 'pdfkit';
import { FIRST_FONT, OPEN_SANS_BOLD, OPEN_SANS_REGULAR } from './pdf-fonts.ts';

/**
 * An A4 document that is accessible as the plan's PDF is (ADR 0023, ADR 0030): tagged, identified
 * as PDF/UA, in British English, its title shown as the window's title, and Open Sans embedded
 * (registered as 'regular' and 'bold'). `draw` adds structure elements (headings, paragraphs) to
 * `root`, the document's Document element; the promise gives the finished file.
 */

export type PdfDoc = InstanceType<typeof PDFDocument>;

export const A4_MARGIN = 56;
export const A4_TEXT_WIDTH = 595.28 - 2 * A4_MARGIN;

export function taggedPdf(
  title: string,
  draw: (doc: PdfDoc, root: PDFKit.PDFStructureElement) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4_MARGIN,
    font: FIRST_FONT,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Creator: 'Kindred', Producer: 'Kindred' },
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
  draw(doc, root);
  root.end();
  doc.end();
  return done;
}
