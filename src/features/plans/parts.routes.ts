import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACTION_METHOD_TEXT, ACTION_METHODS, type PlanContent } from '../../domain/plan-content.ts';
import { actionLines, ownerText } from '../../domain/plan-document.ts';
import { parseForm, parseRecordId } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { Refused } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import type { PlanService } from './plan.service.ts';
import { peopleOptions, radios } from './plan.view-model.ts';
import type { PlanCase } from './plan-case.ts';
import {
  answerChange,
  answerOther,
  noticeText,
  ordered,
  type PlanParams,
  type Problems,
  pageOf,
  planHref,
  planIdsFrom,
  type Values,
  VIEWS,
  work,
} from './plan-request.ts';
import { ACTION_FIELDS, actionSchema, carerSchema, monitorSchema } from './plans.schemas.ts';

type Page = Extract<Awaited<ReturnType<PlanService['formPage']>>, { outcome: 'found' }>;

const OWNER_KINDS = {
  member: 'Someone in the young person’s network',
  professional: 'A professional',
};

/** The actions, the carers (FGC) and the monitor: lists with add and remove, and one choice. */
export function partsRoutes(app: FastifyInstance, service: PlanService) {
  const base = '/journeys/:journeyId/conferences/:conferenceId/plan';

  /** Opens the plan for a change page; answers 404, ended or "no plan yet" itself. */
  async function open(request: FastifyRequest<PlanParams>, reply: FastifyReply, page: string) {
    const ids = planIdsFrom(request);
    if (!ids) return { answered: reply.callNotFound() };
    const opened = await service.formPage(callerFrom(request), ids, page);
    const other = answerOther(request, reply, opened);
    if (other) return { answered: other };
    const found = pageOf(opened);
    return found ? { ids, page: found } : { answered: reply.callNotFound() };
  }

  function render(
    reply: FastifyReply,
    view: string,
    page: Page,
    extra: Values,
    problems: Problems,
  ) {
    return reply.viewAsync(`${VIEWS}/${view}.njk`, {
      summary: caseSummary(page.found),
      href: planHref({ journeyId: page.found.journey.id, conferenceId: page.conference.id }),
      fieldErrors: problems.fieldErrors ?? {},
      ...(problems.errors ? { errors: problems.errors } : {}),
      ...extra,
    });
  }

  const save = (
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    ids: { journeyId: string; conferenceId: string },
    section: string,
    notice: string,
    edit: (
      tx: Parameters<Parameters<PlanService['change']>[3]>[0],
      open: PlanCase,
    ) => Promise<PlanContent | Refused>,
    again: (problems: Problems) => unknown,
  ) =>
    service.change(callerFrom(request), ids, section, edit).then((result) => {
      const other = answerOther(request, reply, result);
      if (other) return other;
      const below = section === 'monitor' ? '' : `/${section}`;
      return answerChange(reply, ids, result as { outcome: string }, notice, again, below);
    });

  // The actions: a list with remove buttons, and a page to add one.
  app.get<PlanParams>(`${base}/actions`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-actions');
    if (!opened.page) return opened.answered;
    return render(
      reply,
      'actions',
      opened.page,
      {
        title: 'Who will do what',
        notice: noticeText(request.query.notice),
        actions: opened.page.content.actions.map((action) => ({
          id: action.id,
          text: actionLines(action),
        })),
      },
      {},
    );
  });

  const actionForm = (reply: FastifyReply, page: Page, values: Values, problems: Problems) =>
    render(
      reply,
      'action',
      page,
      {
        title: 'Add an action',
        values,
        ownerKinds: radios(Object.keys(OWNER_KINDS), OWNER_KINDS, values.ownerKind),
        people: peopleOptions(page.people, values.memberId),
        methods: radios(ACTION_METHODS, ACTION_METHOD_TEXT, values.how),
        dateItems: dateItems(values, 'byWhen', Boolean(problems.fieldErrors?.['byWhen-day'])),
      },
      problems,
    );

  app.get<PlanParams>(`${base}/actions/new`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-action-new');
    if (!opened.page) return opened.answered;
    return actionForm(reply, opened.page, {}, {});
  });

  app.post<PlanParams>(`${base}/actions/new`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-action-new');
    if (!opened.page) return opened.answered;
    const values = (request.body ?? {}) as Values;
    const again = (problems: Problems) =>
      actionForm(reply.status(400), opened.page, values, problems);
    const form = parseForm(actionSchema, values);
    if (!form.ok) return again(ordered(form, ACTION_FIELDS));
    return save(
      request,
      reply,
      opened.ids,
      'actions',
      'action-added',
      async (tx, plan) => {
        const owner = await service.owner(tx, plan, form.data.owner, 'action');
        if ('outcome' in owner) return owner;
        const action = { id: randomUUID(), ...form.data, owner };
        return { ...plan.content, actions: [...plan.content.actions, action] };
      },
      again,
    );
  });

  // Taking an action or a carer out of the plan: the same form and save, a different list.
  const removeRoute = (list: 'actions' | 'carers') =>
    app.post<PlanParams>(
      `${base}/${list}/:itemId/remove`,
      { config: work },
      async (request, reply) => {
        const ids = planIdsFrom(request);
        const itemId = parseRecordId(request.params.itemId);
        if (!ids || !itemId) return reply.callNotFound();
        const kept = <T extends { id: string }>(items: T[]) =>
          items.filter((item) => item.id !== itemId);
        return save(
          request,
          reply,
          ids,
          list,
          list === 'actions' ? 'action-removed' : 'carer-removed',
          async (_tx, plan) =>
            list === 'actions'
              ? { ...plan.content, actions: kept(plan.content.actions) }
              : { ...plan.content, carers: kept(plan.content.carers) },
          () => reply.callNotFound(),
        );
      },
    );
  removeRoute('actions');

  // The carers identified at a family group conference (listed in the task list and the
  // document only for an FGC's plan).
  app.get<PlanParams>(`${base}/carers`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-carers');
    if (!opened.page) return opened.answered;
    return render(
      reply,
      'carers',
      opened.page,
      {
        title: 'Carers identified',
        notice: noticeText(request.query.notice),
        carers: opened.page.content.carers,
      },
      {},
    );
  });

  const carerForm = (reply: FastifyReply, page: Page, values: Values, problems: Problems) =>
    render(
      reply,
      'carer',
      page,
      {
        title: 'Add a carer',
        values,
        terms: radios(['short', 'long'], { short: 'Short term', long: 'Long term' }, values.term),
      },
      problems,
    );

  app.get<PlanParams>(`${base}/carers/new`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-carer-new');
    if (!opened.page) return opened.answered;
    return carerForm(reply, opened.page, {}, {});
  });

  app.post<PlanParams>(`${base}/carers/new`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-carer-new');
    if (!opened.page) return opened.answered;
    const values = (request.body ?? {}) as Values;
    const again = (problems: Problems) =>
      carerForm(reply.status(400), opened.page, values, problems);
    const form = parseForm(carerSchema, values);
    if (!form.ok) return again(form);
    return save(
      request,
      reply,
      opened.ids,
      'carers',
      'carer-added',
      async (_tx, plan) => ({
        ...plan.content,
        carers: [...plan.content.carers, { id: randomUUID(), ...form.data }],
      }),
      again,
    );
  });

  removeRoute('carers');

  // The monitor or link person the young person chose.
  const monitorForm = (reply: FastifyReply, page: Page, values: Values, problems: Problems) =>
    render(
      reply,
      'monitor',
      page,
      {
        title: 'The monitor or link person',
        values,
        ownerKinds: radios(Object.keys(OWNER_KINDS), OWNER_KINDS, values.ownerKind),
        people: peopleOptions(page.people, values.memberId),
        current: page.content.monitor ? ownerText(page.content.monitor) : null,
      },
      problems,
    );

  app.get<PlanParams>(`${base}/monitor`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-monitor');
    if (!opened.page) return opened.answered;
    const monitor = opened.page.content.monitor;
    const values: Values = !monitor
      ? {}
      : monitor.kind === 'member'
        ? { ownerKind: 'member', memberId: monitor.memberId }
        : {
            ownerKind: 'professional',
            professionalName: monitor.name,
            professionalRole: monitor.role,
          };
    return monitorForm(reply, opened.page, values, {});
  });

  app.post<PlanParams>(`${base}/monitor`, { config: work }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-monitor');
    if (!opened.page) return opened.answered;
    const values = (request.body ?? {}) as Values;
    const again = (problems: Problems) =>
      monitorForm(reply.status(400), opened.page, values, problems);
    const form = parseForm(monitorSchema, values);
    if (!form.ok) return again(form);
    return save(
      request,
      reply,
      opened.ids,
      'monitor',
      'monitor',
      async (tx, plan) => {
        const monitor = await service.owner(tx, plan, form.data, 'monitor');
        if ('outcome' in monitor) return monitor;
        return { ...plan.content, monitor };
      },
      again,
    );
  });
}
