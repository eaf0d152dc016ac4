import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { pageLinks, pageRequest } from '../../platform/pagination.ts';
import { actorFrom, errorsFor, type FormProblems, parseRecordId } from './admin-request.ts';
import type { TeamRow } from './teams.repository.ts';
import { userKey } from './users.repository.ts';
import { userDetailsSchema, userNoticeSchema, usersListQuerySchema } from './users.schemas.ts';
import type { RenewOwnSession, UsersService } from './users.service.ts';
import {
  formValuesFromBody,
  formValuesFromUser,
  roleCheckboxItems,
  teamSelectItems,
  type UserFormValues,
  userFilterOptions,
  userListRows,
  userNoticeText,
  userSummary,
  usersListHeading,
} from './users.view-model.ts';

const access = { access: 'users:manage' } as const;

/** Users on a page of the administrators' list. */
const USERS_PAGE_SIZE = 50;
const VIEWS = 'features/admin/views';
type UserParams = { Params: { userId: string } };

interface FormPage {
  title: string;
  action: string;
  buttonText: string;
  cancelHref: string;
  caption?: string;
  /** Names the user in the page title (WCAG 2.4.2). */
  titleRecord?: string;
}

const addPage: FormPage = {
  title: 'Add a user',
  action: '/admin/users/new',
  buttonText: 'Add user',
  cancelHref: '/admin/users',
};

function editPage(userId: string, name: string): FormPage {
  return {
    title: 'Change details',
    caption: name,
    titleRecord: name,
    action: `/admin/users/${userId}/edit`,
    buttonText: 'Save changes',
    cancelHref: `/admin/users/${userId}`,
  };
}

function renderForm(
  reply: FastifyReply,
  page: FormPage,
  teams: TeamRow[],
  values: UserFormValues,
  problems?: FormProblems,
) {
  return reply.status(problems ? 400 : 200).viewAsync(`${VIEWS}/user-form.njk`, {
    ...page,
    values,
    teamItems: teamSelectItems(teams, values),
    roleItems: roleCheckboxItems(values),
    ...problems,
  });
}

function renewOwnSession(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const actor = actorFrom(request);
  const renew: RenewOwnSession = (tx) => app.sessions.start(reply, actor, tx);
  return renew;
}

export function usersRoutes(app: FastifyInstance, users: UsersService) {
  /** The user named in the address, if it is a user of this organisation. */
  async function requestedUser(request: FastifyRequest<UserParams>) {
    const userId = parseRecordId(request.params.userId);
    return userId ? users.getUser(actorFrom(request), userId) : undefined;
  }

  app.get('/users', { config: access }, async (request, reply) => {
    const { after, before, ...filter } = usersListQuerySchema.parse(request.query ?? {});
    const page = pageRequest({ after, before }, 3, USERS_PAGE_SIZE);
    const list = await users.listUsers(actorFrom(request), filter, page);
    return reply.viewAsync(`${VIEWS}/users.njk`, {
      title: 'Users',
      filter,
      filterOptions: userFilterOptions(filter),
      heading: usersListHeading(list.matching, filter),
      rows: userListRows(list.page.rows),
      pagination: pageLinks('/admin/users', { ...filter }, list.page, userKey),
    });
  });

  app.get('/users/new', { config: access }, async (request, reply) => {
    const { teams } = await users.getUserForm(actorFrom(request));
    return renderForm(reply, addPage, teams, { roles: [] });
  });

  app.post('/users/new', { config: access }, async (request, reply) => {
    const actor = actorFrom(request);
    const form = parseForm(userDetailsSchema, request.body);
    const values = formValuesFromBody(request.body);
    if (!form.ok) {
      const { teams } = await users.getUserForm(actor);
      return renderForm(reply, addPage, teams, values, form);
    }
    const result = await users.createUser(actor, form.data, request.id);
    if (result.outcome === 'refused') {
      const { teams } = await users.getUserForm(actor);
      return renderForm(reply, addPage, teams, values, errorsFor(result.rule));
    }
    // Shown in this response only: the password is not kept anywhere Kindred could show again.
    return reply.viewAsync(`${VIEWS}/user-created.njk`, {
      title: 'User added',
      name: form.data.displayName,
      email: form.data.email,
      temporaryPassword: result.temporaryPassword,
      userHref: `/admin/users/${result.userId}`,
    });
  });

  app.get<UserParams>('/users/:userId', { config: access }, async (request, reply) => {
    const user = await requestedUser(request);
    if (!user) return reply.callNotFound();
    const isSelf = user.id === actorFrom(request).id;
    const { notice } = userNoticeSchema.parse(request.query ?? {});
    return reply.viewAsync(`${VIEWS}/user.njk`, {
      title: user.display_name,
      account: userSummary(user),
      isSelf,
      notice: userNoticeText(notice, user, isSelf),
    });
  });

  app.get<UserParams>('/users/:userId/edit', { config: access }, async (request, reply) => {
    const userId = parseRecordId(request.params.userId);
    const { user, teams } = userId
      ? await users.getUserForm(actorFrom(request), userId)
      : { user: undefined, teams: [] };
    if (!user) return reply.callNotFound();
    return renderForm(reply, editPage(user.id, user.display_name), teams, formValuesFromUser(user));
  });

  app.post<UserParams>('/users/:userId/edit', { config: access }, async (request, reply) => {
    const actor = actorFrom(request);
    const userId = parseRecordId(request.params.userId);
    if (!userId) return reply.callNotFound();
    const showProblems = async (problems: FormProblems) => {
      const { user, teams } = await users.getUserForm(actor, userId);
      if (!user) return reply.callNotFound();
      const page = editPage(user.id, user.display_name);
      return renderForm(reply, page, teams, formValuesFromBody(request.body), problems);
    };

    const form = parseForm(userDetailsSchema, request.body);
    if (!form.ok) return showProblems(form);
    const renew = renewOwnSession(app, request, reply);
    const result = await users.updateUser(actor, userId, form.data, request.id, renew);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'refused') return showProblems(errorsFor(result.rule));
    const query = result.notice ? `?notice=${result.notice}` : '';
    return reply.redirect(`/admin/users/${userId}${query}`, 303);
  });

  for (const [path, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    const view = `${VIEWS}/user-status.njk`;

    app.get<UserParams>(`/users/:userId/${path}`, { config: access }, async (request, reply) => {
      const user = await requestedUser(request);
      if (!user) return reply.callNotFound();
      return reply.viewAsync(view, {
        title: `${active ? 'Enable' : 'Disable'} ${user.display_name}’s account`,
        account: userSummary(user),
        enabling: active,
        isSelf: user.id === actorFrom(request).id,
      });
    });

    app.post<UserParams>(`/users/:userId/${path}`, { config: access }, async (request, reply) => {
      const actor = actorFrom(request);
      const userId = parseRecordId(request.params.userId);
      const result = userId ? await users.setUserActive(actor, userId, active, request.id) : null;
      if (!result || result.outcome === 'not-found') return reply.callNotFound();
      if (result.outcome === 'done') {
        return reply.redirect(`/admin/users/${result.userId}?notice=${result.notice}`, 303);
      }
      const user = await requestedUser(request);
      if (!user) return reply.callNotFound();
      return reply.status(400).viewAsync(view, {
        title: `Disable ${user.display_name}’s account`,
        account: userSummary(user),
        enabling: active,
        isSelf: true,
        ...errorsFor(result.rule),
      });
    });
  }

  app.get<UserParams>(
    '/users/:userId/reset-password',
    { config: access },
    async (request, reply) => {
      const user = await requestedUser(request);
      if (!user) return reply.callNotFound();
      return reply.viewAsync(`${VIEWS}/user-reset-password.njk`, {
        title: `Reset ${user.display_name}’s password`,
        account: userSummary(user),
        isSelf: user.id === actorFrom(request).id,
      });
    },
  );

  app.post<UserParams>(
    '/users/:userId/reset-password',
    { config: access },
    async (request, reply) => {
      const actor = actorFrom(request);
      const userId = parseRecordId(request.params.userId);
      const result = userId
        ? await users.resetPassword(actor, userId, request.id, renewOwnSession(app, request, reply))
        : null;
      if (!result || result.outcome === 'not-found') return reply.callNotFound();
      // Shown in this response only, as when the account was added.
      return reply.viewAsync(`${VIEWS}/user-password-reset.njk`, {
        title: 'Password reset',
        name: result.user.display_name,
        email: result.user.email,
        temporaryPassword: result.temporaryPassword,
        userHref: `/admin/users/${result.user.id}`,
        isSelf: result.user.id === actor.id,
        active: result.user.active,
      });
    },
  );
}
