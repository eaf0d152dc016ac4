import { caringAdultsSentence } from '../../domain/caring-adults.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { drawingPdf } from '../genogram/drawing-pdf.ts';
import { ecomapDrawing } from './ecomap-drawing.ts';
import type { ConnectionsPage } from './social-connections.service.ts';
import {
  CLOSENESS_WORDS,
  ecomapOf,
  FREQUENCY_WORDS,
  LOVES_WORDS,
  STRENGTH_WORDS,
} from './social-connections.view-model.ts';

/**
 * The social connections map as a tagged PDF (like the genogram's, ADR 0023): the map, the
 * indicator, then each person's connection in words. It may be printed and carried, so it holds
 * only the map's facts: never the young person's own words (kept in Kindred) and nothing from
 * the network's sensitive part (safety checks, "not safe" reasons).
 */
export function ecomapPdf(page: ConnectionsPage): Promise<Buffer> {
  const { youngPerson, recorded, layout, title, description } = ecomapOf(page);
  const notRecorded = page.members.length - recorded.length;
  return drawingPdf(ecomapDrawing(layout, youngPerson), {
    title,
    description: description.replace('The table on the page', 'The next page'),
    intro: [
      caringAdultsSentence(page.indicator),
      `What ${youngPerson} said in their own words is kept in Kindred and is not printed here.`,
    ],
    factsHeading: 'Each person',
    facts: [
      ...recorded.map(({ member, connection: c }) => ({
        name: `${networkPersonName(member)}${member.deceased ? ' (died)' : ''}`,
        text: [
          `Relationship to ${youngPerson}: ${member.relationship ?? 'not recorded'}.`,
          `How close: ${CLOSENESS_WORDS[c.closeness]}.`,
          `How the connection feels: ${STRENGTH_WORDS[c.strength]}.`,
          `In touch: ${FREQUENCY_WORDS[c.contact_frequency]}.`,
          c.support ? `Support: ${c.support}.` : '',
          `Does this person love and care for ${youngPerson}? ${youngPerson}'s answer: ${LOVES_WORDS[c.loves_and_cares]}.`,
        ]
          .filter(Boolean)
          .join(' '),
      })),
      ...(notRecorded > 0
        ? [
            {
              name: 'Not on the map yet',
              text: `${notRecorded === 1 ? '1 other person' : `${notRecorded} other people`} in the network ${notRecorded === 1 ? 'has' : 'have'} no connection recorded yet.`,
            },
          ]
        : []),
    ],
  });
}
