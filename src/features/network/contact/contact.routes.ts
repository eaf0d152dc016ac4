import type { FastifyInstance } from 'fastify';
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

  app.get<MemberParams>(
    '/journeys/:journeyId/network/members/:memberId/letter',
    { config: { access: work } },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const page = await service.letter(callerFrom(request), ids.journeyId, ids.memberId);
      if (isClosed(page)) return answerClosed(request, reply, page);
      const href = memberHref(ids.journeyId, ids.memberId);
      const { letter } = page;
      return reply.viewAsync('features/network/contact/views/letter.njk', {
        title: 'Information letter about Lifelong Links',
        titleRecord: page.network.found.journey.reference,
        childName: page.childName,
        personName: networkPersonName(page.network.member),
        memberHref: href,
        givenHref: `${href}/letter/given`,
        letter,
        withheld: [
          letter.allows.nameYoungPerson ? null : `${page.childName}’s name`,
          letter.allows.whereTheyLive ? null : 'where they live',
        ].filter(Boolean),
      });
    },
  );
}
