import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import {
  type FormValues,
  formChoices,
  formValuesFromBody,
  formValuesFromChild,
  formValuesFromIdentity,
  inPageOrder,
  type StaffChoices,
} from './child-form.view-model.ts';
import { type ChildIdentity, childDetailsSchema, childIdentitySchema } from './children.schemas.ts';
import type { ChildrenRegister } from './children.service.ts';
import { fullName, matchRows } from './children.view-model.ts';
import {
  errorsFor,
  type FormProblems,
  parseRecordId,
  VIEWS,
  viewerFrom,
} from './children-request.ts';

const access = { access: 'children:manage' } as const;
/** Changing a child: the route says who may ever; the service says whether for this child. */
const changeAccess = { access: 'children:change' } as const;
type ChildParams = { Params: { childId: string } };

interface FormPage {
  title: string;
  caption?: string;
  /** Names the child in the page title (WCAG 2.4.2). */
  titleRecord?: string;
  action: string;
  buttonText: string;
  backHref: string;
  notice?: string;
  adding: boolean;
}

const ADD_PAGE: FormPage = {
  title: 'Add a child or young person',
  action: '/children/new/details',
  buttonText: 'Add to the register',
  backHref: '/children/new',
  adding: true,
};

function renderForm(
  reply: FastifyReply,
  page: FormPage,
  values: FormValues,
  staff: StaffChoices,
  problems?: FormProblems,
) {
  return reply.status(problems ? 400 : 200).viewAsync(`${VIEWS}/child-form.njk`, {
    ...page,
    values,
    ...formChoices(values, staff),
    ...(problems
      ? { errors: inPageOrder(problems.errors), fieldErrors: problems.fieldErrors }
      : {}),
  });
}

function renderFind(reply: FastifyReply, values: FormValues, problems?: FormProblems) {
  return reply.status(problems ? 400 : 200).viewAsync(`${VIEWS}/child-find.njk`, {
    title: 'Find the child or young person first',
    values,
    ...problems,
  });
}

/** Adding a child (search first: "Is it one of these?") and changing a child's details. */
export function childFormRoutes(app: FastifyInstance, register: ChildrenRegister) {
  app.get('/children/new', { config: access }, async (_request, reply) => renderFind(reply, {}));

  app.post('/children/new', { config: access }, async (request, reply) => {
    const viewer = viewerFrom(request);
    const form = parseForm(childIdentitySchema(todayInLondon()), request.body);
    if (!form.ok) return renderFind(reply, formValuesFromBody(request.body), form);
    const matches = await register.possibleMatches(viewer, form.data);
    if (matches.length === 0) {
      return renderForm(
        reply,
        { ...ADD_PAGE, notice: 'No one on the register matches these details.' },
        formValuesFromIdentity(form.data),
        await register.formChoices(viewer),
      );
    }
    return reply.viewAsync(`${VIEWS}/child-matches.njk`, {
      title: 'Is it one of these children or young people?',
      matches: matchRows(matches, form.data, todayInLondon()),
      identity: formValuesFromBody(request.body),
    });
  });

  app.post('/children/new/details', { config: access }, async (request, reply) => {
    const viewer = viewerFrom(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.start === 'yes') {
      // "None of these": the details form, started with what was searched for.
      const identity = parseForm(childIdentitySchema(todayInLondon()), body);
      if (!identity.ok) return renderFind(reply, formValuesFromBody(body), identity);
      return renderForm(
        reply,
        ADD_PAGE,
        formValuesFromIdentity(identity.data satisfies ChildIdentity),
        await register.formChoices(viewer),
      );
    }
    const values = formValuesFromBody(body);
    const form = parseForm(childDetailsSchema(todayInLondon()), body);
    if (!form.ok) {
      return renderForm(reply, ADD_PAGE, values, await register.formChoices(viewer), form);
    }
    const result = await register.create(viewer, form.data);
    if (result.outcome === 'refused') {
      return renderForm(
        reply,
        ADD_PAGE,
        values,
        await register.formChoices(viewer),
        errorsFor(result.rule),
      );
    }
    return reply.redirect(`/children/${result.childId}?notice=added`, 303);
  });

  const editPage = (childId: string, name: string): FormPage => ({
    title: 'Change their details',
    caption: name,
    titleRecord: name,
    action: `/children/${childId}/edit`,
    buttonText: 'Save changes',
    backHref: `/children/${childId}`,
    adding: false,
  });

  app.get<ChildParams>(
    '/children/:childId/edit',
    { config: changeAccess },
    async (request, reply) => {
      const childId = parseRecordId(request.params.childId);
      const found = childId
        ? await register.childToChange(viewerFrom(request), childId, { showing: true })
        : undefined;
      if (!found) return reply.callNotFound();
      const { child, choices } = found;
      return renderForm(
        reply,
        editPage(child.id, fullName(child)),
        formValuesFromChild(child),
        choices,
      );
    },
  );

  app.post<ChildParams>(
    '/children/:childId/edit',
    { config: changeAccess },
    async (request, reply) => {
      const viewer = viewerFrom(request);
      const childId = parseRecordId(request.params.childId);
      const found = childId
        ? await register.childToChange(viewer, childId, { showing: false })
        : undefined;
      if (!found) return reply.callNotFound();
      const { child, choices } = found;
      const page = editPage(child.id, fullName(child));
      const values = formValuesFromBody(request.body);
      const form = parseForm(childDetailsSchema(todayInLondon()), request.body);
      if (!form.ok) return renderForm(reply, page, values, choices, form);
      const result = await register.update(viewer, child.id, form.data);
      if (result.outcome === 'not-found') return reply.callNotFound();
      if (result.outcome === 'refused') {
        return renderForm(reply, page, values, choices, errorsFor(result.rule));
      }
      const notice = result.fields.length > 0 ? '?notice=updated' : '';
      return reply.redirect(`/children/${child.id}${notice}`, 303);
    },
  );
}
