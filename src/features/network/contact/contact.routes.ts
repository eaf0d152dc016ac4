import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../../domain/dates.ts';
import { networkPersonName } from '../../../domain/person-name.ts';
import { parseForm } from '../../../platform/forms.ts';
import { dateItems, dateValues } from '../../journeys/form-fields.ts';
import { callerFrom } from '../../journeys/journey-request.ts';
import { memberForm } from '../member-form.ts';
import {
  answerClosed,
  idsFrom,
  isClosed,
  type MemberParams,
  memberHref,
} from '../network-request.ts';
import { dateError } from '../pipeline/pipeline.routes.ts';
import {
  CONTACT_KINDS,
  contactSchema,
  LETTER_METHODS,
  letterGivenSchema,
} from './contact.schemas.ts';
import type { ContactService } from './contact.service.ts';
import { CONTACT_KIND_WORDS, LETTER_METHOD_WORDS } from './contact.view-model.ts';
import { LETTER_PDF_TITLE, letterPdf } from './letter-pdf.ts';

const work = 'journeys:work' as const;

function choices<T extends string>(codes: readonly T[], words: Record<T, string>, chosen: unknown) {
  return codes.map((code) => ({ value: code, text: words[code], checked: chosen === code }));
}

function withDate(prefix: string) {
  return (values: Record<string, unknown>, fieldErrors: Record<string, unknown>) => {
    const error = dateError(fieldErrors, prefix);
    return {
      dateItems: dateItems(values, prefix, Boolean(error)),
      fieldErrors: { ...fieldErrors, [prefix]: error },
    };
  };
}

/** The contact log and the information letter of one member (stage 4, ADR 0033). */
export function contactRoutes(app: FastifyInstance, service: ContactService) {
  memberForm(app, {
    path: 'contacts/new',
    access: work,
    template: 'features/network/contact/views/contact-new.njk',
    title: (person) => `Record a contact with ${person}`,
    button: 'Save the contact',
    open: (caller, journeyId, memberId) => service.page(caller, journeyId, memberId, 'contact-new'),
    values: () => dateValues('contactOn', todayInLondon()),
    parts: (page, values, fieldErrors) => ({
      contactable: page.contactable,
      kinds: choices(CONTACT_KINDS, CONTACT_KIND_WORDS, values.kind),
      ...withDate('contactOn')(values, fieldErrors),
    }),
    parse: (body) => parseForm(contactSchema(todayInLondon()), body),
    save: (caller, journeyId, memberId, data) => service.record(caller, journeyId, memberId, data),
    notice: 'contact-logged',
  });

  memberForm(app, {
    path: 'letter/given',
    access: work,
    template: 'features/network/contact/views/letter-given.njk',
    title: (person) => `Record the letter as given to ${person}`,
    button: 'Save',
    open: (caller, journeyId, memberId) =>
      service.page(caller, journeyId, memberId, 'letter-given'),
    values: () => dateValues('givenOn', todayInLondon()),
    parts: (page, values, fieldErrors) => ({
      contactable: page.contactable,
      methods: choices(LETTER_METHODS, LETTER_METHOD_WORDS, values.method),
      ...withDate('givenOn')(values, fieldErrors),
    }),
    parse: (body) => parseForm(letterGivenSchema(todayInLondon()), body),
    save: (caller, journeyId, memberId, data) =>
      service.recordLetter(caller, journeyId, memberId, data),
    notice: 'letter-given',
  });

  const letterPath = '/journeys/:journeyId/network/members/:memberId/letter';

  /** The letter as the page and its PDF both open it: the same access, rules and audit. */
  async function openLetter(
    request: FastifyRequest<MemberParams>,
    reply: FastifyReply,
    page: 'letter' | 'letter-pdf',
  ) {
    const ids = idsFrom(request);
    if (!ids) return { answered: reply.callNotFound() };
    const found = await service.letter(callerFrom(request), ids.journeyId, ids.memberId, page);
    if (isClosed(found)) return { answered: answerClosed(request, reply, found) };
    return { ids, found };
  }

  app.get<MemberParams>(letterPath, { config: { access: work } }, async (request, reply) => {
    const opened = await openLetter(request, reply, 'letter');
    if (!opened.found) return opened.answered;
    const { ids, found: page } = opened;
    const href = memberHref(ids.journeyId, ids.memberId);
    const { letter } = page;
    if (!letter) {
      return reply.viewAsync('features/network/contact/views/no-letter.njk', {
        title: LETTER_PDF_TITLE,
        titleRecord: page.network.found.journey.reference,
        personName: networkPersonName(page.network.member),
        memberHref: href,
        refusal: page.refusal,
      });
    }
    return reply.viewAsync('features/network/contact/views/letter.njk', {
      title: LETTER_PDF_TITLE,
      titleRecord: page.network.found.journey.reference,
      childName: page.childName,
      personName: networkPersonName(page.network.member),
      memberHref: href,
      givenHref: `${href}/letter/given`,
      pdfHref: `${href}/letter.pdf`,
      letter,
      withheld: [
        letter.allows.nameYoungPerson ? null : `${page.childName}’s name`,
        letter.allows.whereTheyLive ? null : 'where they live',
      ].filter(Boolean),
    });
  });

  app.get<MemberParams>(
    `${letterPath}.pdf`,
    { config: { access: work } },
    async (request, reply) => {
      const opened = await openLetter(request, reply, 'letter-pdf');
      if (!opened.found) return opened.answered;
      // No letter now: the page says why.
      if (!opened.found.letter) {
        return reply.redirect(
          `${memberHref(opened.ids.journeyId, opened.ids.memberId)}/letter`,
          303,
        );
      }
      const pdf = await letterPdf(opened.found.letter);
      // The journey's reference only: a file name is seen by anyone who sees the download.
      const reference = opened.found.network.found.journey.reference.replace(/[^A-Za-z0-9-]/g, '');
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="information-letter-${reference}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
