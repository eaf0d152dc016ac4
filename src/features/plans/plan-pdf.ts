import PDFDocument from 'pdfkit';
import type { DocumentSection } from '../../domain/plan-document.ts';
import { FIRST_FONT, OPEN_SANS_BOLD, OPEN_SANS_REGULAR } from '../../platform/pdf-fonts.ts';
import { paintDrawing } from '../genogram/drawing-pdf.ts';
import type { Drawing } from '../genogram/genogram-drawing.ts';

/**
 * The plan as a PDF (ADR 0030), made as the genogram's is (ADR 0023): tagged (a Document with
 * headings, paragraphs and, when given, a described Figure), identified as PDF/UA, in British
 * English, with its title shown, and Open Sans embedded. It is built only from the plan's
 * document sections, which never hold a sensitive note, a check outcome or a "not safe" reason.
 */

const MARGIN = 56;
const A4_WIDTH = 595.28;
const TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;

export interface PlanPdfText {
  title: string;
  /** Lines under the title: who it is for, when it was made, the version and where it stands. */
  about: string[];
  sections: DocumentSection[];
  /** A genogram to include as a figure, with its description (its alternative text). */
  genogram?: { drawing: Drawing; description: string } | undefined;
}

type Doc = InstanceType<typeof PDFDocument>;

function genogramPage(
  doc: Doc,
  root: PDFKit.PDFStructureElement,
  genogram: NonNullable<PlanPdfText['genogram']>,
) {
  const scale = Math.max(Math.min((A4_WIDTH - 2 * MARGIN) / genogram.drawing.width, 1), 0.4);
  const width = Math.max(A4_WIDTH, genogram.drawing.width * scale + 2 * MARGIN);
  const height = Math.max(841.89, genogram.drawing.height * scale + 2 * MARGIN + 60);
  doc.addPage({ size: [width, height], margin: MARGIN });
  root.add(
    doc.struct('H2', {}, () => {
      doc
        .font('bold')
        .fontSize(16)
        .fillColor('#0b0c0c')
        .text('The family tree (genogram)', MARGIN, MARGIN);
    }),
  );
  const top = doc.y + 12;
  root.add(
    doc.struct('Figure', { alt: genogram.description }, () => {
      doc.save();
      doc.translate(MARGIN, top).scale(scale);
      paintDrawing(doc, genogram.drawing);
      doc.restore();
    }),
  );
}

export function planPdf(text: PlanPdfText): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: FIRST_FONT,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: text.title, Creator: 'Kindred', Producer: 'Kindred' },
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
      doc.font('bold').fontSize(22).fillColor('#0b0c0c').text(text.title, { width: TEXT_WIDTH });
    }),
  );
  for (const line of text.about) {
    root.add(
      doc.struct('P', {}, () => {
        doc.font('regular').fontSize(11).text(line, { width: TEXT_WIDTH });
      }),
    );
  }
  for (const section of text.sections) {
    root.add(
      doc.struct('H2', {}, () => {
        doc.moveDown(0.8).font('bold').fontSize(15).text(section.title, { width: TEXT_WIDTH });
      }),
    );
    if (section.ownWords) {
      root.add(
        doc.struct('P', {}, () => {
          doc
            .moveDown(0.2)
            .font('bold')
            .fontSize(11)
            .text('In their own words:', { width: TEXT_WIDTH });
        }),
      );
    }
    for (const line of section.lines) {
      root.add(
        doc.struct('P', {}, () => {
          doc
            .moveDown(0.3)
            .font('regular')
            .fontSize(11)
            .text(
              line,
              section.ownWords ? { width: TEXT_WIDTH - 20, indent: 0 } : { width: TEXT_WIDTH },
            );
        }),
      );
    }
  }
  if (text.genogram) genogramPage(doc, root, text.genogram);
  root.end();
  doc.end();
  return done;
}
