import type { Letter } from '../../../domain/information-letter.ts';
import { A4_TEXT_WIDTH, taggedPdf } from '../../../platform/tagged-pdf.ts';

/**
 * The information letter as a tagged PDF/UA file (ADR 0033): the same `Letter` the page shows,
 * made by `informationLetter()` under the young person's consent, so it says exactly what the
 * page's letter says and nothing more. Its title names nobody: the file may be sent or printed.
 */

export const LETTER_PDF_TITLE = 'Information letter about Lifelong Links';

export function letterPdf(letter: Letter): Promise<Buffer> {
  return taggedPdf(LETTER_PDF_TITLE, (doc, root) => {
    const paragraph = (text: string, gap: number) =>
      root.add(
        doc.struct('P', {}, () => {
          doc
            .font('regular')
            .fontSize(12)
            .fillColor('#0b0c0c')
            .text(text, { width: A4_TEXT_WIDTH, paragraphGap: gap, lineGap: 2 });
        }),
      );
    paragraph(letter.greeting, 10);
    root.add(
      doc.struct('H1', {}, () => {
        doc.font('bold').fontSize(16).text(letter.heading, { width: A4_TEXT_WIDTH });
      }),
    );
    doc.moveDown(0.4);
    for (const text of letter.paragraphs) paragraph(text, 10);
    doc.moveDown(0.4);
    letter.signOff.forEach((line, index) => {
      paragraph(line, index === 0 ? 14 : 2);
    });
  });
}
