import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../../domain/dates.ts';
import { parseRecordId } from '../../../platform/forms.ts';
import { pageRequest } from '../../../platform/pagination.ts';
import { callerFrom } from '../../journeys/journey-request.ts';
import { CONTACT_PAGE_SIZE } from '../contact/contact.service.ts';
import { noticeText } from '../network-notices.ts';
import {
  answerClosed,
  childFrom,
  idsFrom,
  isClosed,
  type MemberParams,
  memberHref,
  type NetworkParams,
} from '../network-request.ts';
import { memberModel } from './member.view-model.ts';
import type { PeopleService } from './people.service.ts';
import { addPersonModel, editPersonModel } from './person.view-model.ts';
import { formValuesOf, problemsResult, readPersonForm } from './person-form.ts';

const work = { access: 'journeys:work' } as const;
const FORM = 'features/network/people/views/person-form.njk';

type Body = Record<string, unknown>;
const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);
const bodyOf = (body: unknown): Body => (body && typeof body === 'object' ? (body as Body) : {});

function toMember(reply: FastifyReply, journeyId: string, memberId: string, notice: string) {
  return reply.redirect(`${memberHref(journeyId, memberId)}?notice=${notice}`, 303);
}

export function peopleRoutes(app: FastifyInstance, service: PeopleService) {
  app.get<NetworkParams>(
    '/journeys/:journeyId/network/people/new',
    { config: work },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const query = (request.query ?? {}) as Body;
      const page = await service.addPage(
        callerFrom(request),
        ids.journeyId,
        childFrom(query.child),
      );
      if (isClosed(page)) return answerClosed(request, reply, page);
      return reply.viewAsync(FORM, addPersonModel(page.network, page.offered));
    },
  );

  app.post<NetworkParams>(
    '/journeys/:journeyId/network/people',
    { config: work },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const caller = callerFrom(request);
      const values = bodyOf(request.body);
      const childId = childFrom(values.child);
      const form = readPersonForm(values, todayInLondon());
      const result = form.ok
        ? await service.addNew(caller, ids.journeyId, childId, form.details, form.membership)
        : form;
      if (isClosed(result)) return answerClosed(request, reply, result);
      if ('outcome' in result && result.outcome === 'added') {
        return toMember(reply, ids.journeyId, result.memberId, 'person-added');
      }
      // Refused: the form again, with the answers as typed and nothing written.
      const problems = 'problems' in result ? problemsResult(result.problems) : result;
      const page = await service.addPage(caller, ids.journeyId, childId);
      if (isClosed(page)) return answerClosed(request, reply, page);
      return reply
        .status(400)
        .viewAsync(FORM, addPersonModel(page.network, page.offered, { values, ...problems }));
    },
  );

  app.post<NetworkParams>(
    '/journeys/:journeyId/network/people/shared',
    { config: work },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const caller = callerFrom(request);
      const values = bodyOf(request.body);
      const childId = childFrom(values.child);
      const result = await service.addShared(
        caller,
        ids.journeyId,
        childId,
        parseRecordId(values.personId),
        null,
      );
      if (isClosed(result)) return answerClosed(request, reply, result);
      if (result.outcome === 'added')
        return toMember(reply, ids.journeyId, result.memberId, 'person-added');
      const page = await service.addPage(caller, ids.journeyId, childId);
      if (isClosed(page)) return answerClosed(request, reply, page);
      return reply.status(400).viewAsync(
        FORM,
        addPersonModel(page.network, page.offered, {
          values,
          ...problemsResult(result.problems),
        }),
      );
    },
  );

  app.get<MemberParams>(
    '/journeys/:journeyId/network/members/:memberId',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const query = (request.query ?? {}) as Body;
      const logPage = pageRequest(
        { after: textOf(query.after), before: textOf(query.before) },
        2,
        CONTACT_PAGE_SIZE,
      );
      const page = await service.memberPage(
        callerFrom(request),
        ids.journeyId,
        ids.memberId,
        logPage,
      );
      if (isClosed(page)) return answerClosed(request, reply, page);
      return reply.viewAsync(
        'features/network/people/views/member.njk',
        memberModel(page, noticeText(query.notice)),
      );
    },
  );

  app.get<MemberParams>(
    '/journeys/:journeyId/network/members/:memberId/edit',
    { config: work },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const page = await service.editPage(callerFrom(request), ids.journeyId, ids.memberId);
      if (isClosed(page)) return answerClosed(request, reply, page);
      if (!page.person) return reply.callNotFound();
      const values = formValuesOf(page.person, page.network.member, page.contacts);
      return reply.viewAsync(FORM, editPersonModel(page.network, { values }));
    },
  );

  app.post<MemberParams>(
    '/journeys/:journeyId/network/members/:memberId/edit',
    { config: work },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const caller = callerFrom(request);
      const values = bodyOf(request.body);
      const form = readPersonForm(values, todayInLondon());
      const result = form.ok
        ? await service.saveEdit(caller, ids.journeyId, ids.memberId, form.details, form.membership)
        : form;
      if (isClosed(result)) return answerClosed(request, reply, result);
      if ('outcome' in result && result.outcome === 'done') {
        return toMember(reply, ids.journeyId, ids.memberId, 'person-changed');
      }
      const problems = 'problems' in result ? problemsResult(result.problems) : result;
      const page = await service.editPage(caller, ids.journeyId, ids.memberId);
      if (isClosed(page)) return answerClosed(request, reply, page);
      return reply
        .status(400)
        .viewAsync(FORM, editPersonModel(page.network, { values, ...problems }));
    },
  );
}
