import { formatDate } from '../../../platform/date-format.ts';
import { type Page, pageLinks } from '../../../platform/pagination.ts';
import type { ContactRow, lettersOf } from './contact.repository.ts';

export const CONTACT_KIND_WORDS: Record<ContactRow['kind'], string> = {
  visit: 'Visit',
  call: 'Phone call',
  letter: 'Letter',
  email: 'Email',
  video: 'Video call',
};

export const LETTER_METHOD_WORDS = {
  post: 'By post',
  email: 'By email',
  in_person: 'In person',
} as const;

type Letter = Awaited<ReturnType<typeof lettersOf>>[number];

/** The contact log and letters as the member's page shows them. */
export function contactLogModel(
  href: string,
  log: { contactLog: Page<ContactRow>; letters: Letter[] },
) {
  return {
    contactLog: log.contactLog.rows.map((row) => ({
      heading: `${formatDate(row.contact_on)}: ${CONTACT_KIND_WORDS[row.kind]}`,
      rows: [
        { key: { text: 'What you talked about' }, value: { text: row.discussed } },
        {
          key: { text: 'Support they might offer' },
          value: { text: row.support_offered ?? 'Not recorded' },
        },
        { key: { text: 'Their own needs' }, value: { text: row.their_needs ?? 'Not recorded' } },
        {
          key: { text: 'What would help them take part' },
          value: { text: row.help_to_take_part ?? 'Not recorded' },
        },
        { key: { text: 'Recorded by' }, value: { text: row.recorded_by_name } },
      ],
    })),
    contactPages: pageLinks(href, {}, log.contactLog, (row) => [row.contact_on, row.id]),
    letters: log.letters.map(
      (letter) =>
        `${formatDate(letter.given_on)}, ${LETTER_METHOD_WORDS[letter.method].toLowerCase()}${
          letter.said_where_they_live ? ' (said where the young person lives)' : ''
        }`,
    ),
  };
}
