import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseForm, parseRecordId } from '../../platform/forms.ts';
import { pageRequest } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { centreQuerySchema, preferencesSchema } from './notifications.schemas.ts';
import { NOTICES_PER_PAGE, type NotificationsService } from './notifications.service.ts';
import {
  doneText,
  noticeItems,
  noticePageLinks,
  preferenceItems,
} from './notifications.view-model.ts';

const signedIn = { access: 'signed-in' } as const;
const VIEWS = 'features/notifications/views';
type NoticeParams = { Params: { noticeId: string } };

function userOf(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new Error('A signed-in route is only reached by a signed-in user');
  return request.user;
}

export function notificationsRoutes(app: FastifyInstance, notices: NotificationsService) {
  app.get('/notifications', { config: signedIn }, async (request, reply) => {
    const query = centreQuerySchema.parse(request.query ?? {});
    const page = await notices.centre(userOf(request), pageRequest(query, 2, NOTICES_PER_PAGE));
    return reply.viewAsync(`${VIEWS}/notifications.njk`, {
      title: 'Notifications',
      notices: noticeItems(page),
      links: noticePageLinks(page),
      firstPage: !page.hasPrevious,
      done: doneText(query.done),
    });
  });

  // Following a notice marks it read and takes the person to the page it is about.
  app.get<NoticeParams>(
    '/notifications/:noticeId/open',
    { config: signedIn },
    async (request, reply) => {
      const noticeId = parseRecordId(request.params.noticeId);
      const link = noticeId ? await notices.open(userOf(request), noticeId, request.id) : undefined;
      if (!link) return reply.callNotFound();
      return reply.redirect(link, 303);
    },
  );

  app.post<NoticeParams>(
    '/notifications/:noticeId/read',
    { config: signedIn },
    async (request, reply) => {
      const noticeId = parseRecordId(request.params.noticeId);
      const marked = noticeId
        ? await notices.markRead(userOf(request), noticeId, request.id)
        : false;
      if (!marked) return reply.callNotFound();
      return reply.redirect('/notifications?done=read', 303);
    },
  );

  app.post('/notifications/read-all', { config: signedIn }, async (request, reply) => {
    await notices.markAllRead(userOf(request), request.id);
    return reply.redirect('/notifications?done=all-read', 303);
  });

  app.get('/notifications/preferences', { config: signedIn }, async (request, reply) => {
    const preferences = await notices.preferences(userOf(request));
    return reply.viewAsync(`${VIEWS}/preferences.njk`, {
      title: 'Choose which notifications you also get by email',
      ...preferences,
      items: preferenceItems(preferences.kinds),
    });
  });

  app.post('/notifications/preferences', { config: signedIn }, async (request, reply) => {
    const user = userOf(request);
    const form = parseForm(preferencesSchema, request.body);
    if (!form.ok) {
      const preferences = await notices.preferences(user);
      return reply.status(400).viewAsync(`${VIEWS}/preferences.njk`, {
        title: 'Choose which notifications you also get by email',
        ...preferences,
        items: preferenceItems(preferences.kinds),
        ...form,
      });
    }
    await notices.savePreferences(user, form.data.byEmail, request.id);
    return reply.redirect('/notifications?done=preferences-saved', 303);
  });
}
