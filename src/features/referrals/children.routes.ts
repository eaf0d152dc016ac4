import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { childName } from '../../domain/person-name.ts';
import { canAddChild } from '../../domain/referral-rules.ts';
import { formatDate } from '../../platform/date-format.ts';
import { parseForm } from '../../platform/forms.ts';
import {
  childIdSchema,
  childSearchSchema,
  continueSchema,
  newChildSchema,
} from './children.schemas.ts';
import { isRefusal } from './referral-case.ts';
import type { ReferralChildrenService } from './referral-children.service.ts';
import { fullName, type ReferralDetails } from './referral-details.ts';
import { parseDatedForm } from './referral-forms.ts';
import {
  actorFrom,
  answerRefusal,
  answerRemoval,
  bodyOf,
  type FormBody,
  problemErrors,
  recordId,
} from './referral-request.ts';

const access = { access: 'referrals:make' } as const;
const CHILDREN_VIEW = 'features/referrals/views/children.njk';
const NEW_CHILD_VIEW = 'features/referrals/views/child-new.njk';

type IdParams = { Params: { referralId: string } };
type ChildParams = { Params: { referralId: string; childId: string } };
type SearchResults = Awaited<ReturnType<ReferralChildrenService['page']>>;

function childrenPage(details: ReferralDetails) {
  const isFgc = details.referral.kind === 'fgc';
  return {
    title: isFgc ? 'The children' : 'The young person',
    referral: details.referral,
    canAdd: canAddChild(details.referral.kind, details.children.length),
    added: details.children.map((child) => ({
      id: child.id,
      name: fullName(child),
      born: formatDate(child.date_of_birth),
      recordId: child.case_record_id,
      lookedAfter: child.looked_after,
    })),
    concerns: details.criteriaConcerns,
  };
}

function resultRows(found: Exclude<SearchResults, { outcome: 'not-found' | 'locked' }>) {
  return (found.results ?? []).map((child) => ({
    id: child.id,
    name: childName(child),
    born: formatDate(child.date_of_birth),
    recordId: child.case_record_id,
    lookedAfter: child.looked_after,
  }));
}

/** The children section: search the register, add, create when not found, remove. */
export function childrenRoutes(app: FastifyInstance, children: ReferralChildrenService) {
  async function showChildren(
    request: FastifyRequest,
    reply: FastifyReply,
    referralId: string,
    options: { search: FormBody; status?: number; problems?: object },
  ) {
    const form = parseDatedForm(childSearchSchema, options.search, ['dob']);
    const criteria =
      form.ok && (form.data.q || form.data.dob)
        ? { text: form.data.q ?? '', dateOfBirth: form.data.dob ?? '' }
        : null;
    const found = await children.page(actorFrom(request), referralId, criteria);
    if (isRefusal(found)) return answerRefusal(reply, found);
    return reply.status(form.ok ? (options.status ?? 200) : 400).viewAsync(CHILDREN_VIEW, {
      ...childrenPage(found.details),
      results: found.results ? resultRows(found) : null,
      values: options.search,
      ...(form.ok ? (options.problems ?? {}) : form),
    });
  }

  /** "Continue" goes back to the task list once someone is added, and says so when nobody is. */
  async function finishChildren(request: FastifyRequest, reply: FastifyReply, referralId: string) {
    const found = await children.page(actorFrom(request), referralId, null);
    if (isRefusal(found)) return answerRefusal(reply, found);
    if (found.details.children.length > 0) return reply.redirect(`/referrals/${referralId}`, 303);
    const text =
      found.details.referral.kind === 'fgc'
        ? 'Add at least one child before you continue'
        : 'Add the young person before you continue';
    return showChildren(request, reply, referralId, {
      search: {},
      status: 400,
      problems: problemErrors({ field: 'q', text }),
    });
  }

  app.get<IdParams>(
    '/referrals/:referralId/children',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const query = (request.query ?? {}) as FormBody;
      const search: FormBody = {};
      for (const key of ['q', 'dob-day', 'dob-month', 'dob-year']) {
        if (typeof query[key] === 'string') search[key] = query[key];
      }
      return showChildren(request, reply, referralId, { search });
    },
  );

  app.post<IdParams>(
    '/referrals/:referralId/children',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      if (parseForm(continueSchema, request.body).ok)
        return finishChildren(request, reply, referralId);
      const form = parseForm(childIdSchema, request.body);
      if (!form.ok) return reply.callNotFound();
      const added = await children.add(actorFrom(request), referralId, form.data.childId);
      if (isRefusal(added)) return answerRefusal(reply, added);
      if (added.outcome === 'refused') {
        return showChildren(request, reply, referralId, {
          search: {},
          status: 400,
          problems: problemErrors(added.problem),
        });
      }
      return reply.redirect(`/referrals/${referralId}/children`, 303);
    },
  );

  app.post<ChildParams>(
    '/referrals/:referralId/children/:childId/remove',
    { config: access },
    (request, reply) =>
      answerRemoval(request, reply, request.params.childId, 'children', children.remove),
  );

  async function showNewChild(
    request: FastifyRequest,
    reply: FastifyReply,
    referralId: string,
    values: FormBody,
    status = 200,
    problems: object = {},
  ) {
    const found = await children.page(actorFrom(request), referralId, null);
    if (isRefusal(found)) return answerRefusal(reply, found);
    return reply.status(status).viewAsync(NEW_CHILD_VIEW, {
      title: 'Add a child or young person to the register',
      referral: found.details.referral,
      values,
      ...problems,
    });
  }

  app.get<IdParams>(
    '/referrals/:referralId/children/new',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      return showNewChild(request, reply, referralId, {});
    },
  );

  app.post<IdParams>(
    '/referrals/:referralId/children/new',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const body = bodyOf(request);
      const form = parseDatedForm(newChildSchema(todayInLondon()), body, ['dateOfBirth']);
      if (!form.ok) return showNewChild(request, reply, referralId, body, 400, form);
      const added = await children.createAndAdd(actorFrom(request), referralId, form.data);
      if (isRefusal(added)) return answerRefusal(reply, added);
      if (added.outcome === 'refused') {
        return showNewChild(request, reply, referralId, body, 400, problemErrors(added.problem));
      }
      return reply.redirect(`/referrals/${referralId}/children`, 303);
    },
  );
}
