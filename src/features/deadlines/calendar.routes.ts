import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { inOrganisation } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { isBankHoliday, isWeekend } from '../../domain/working-days.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { formatDate } from '../../platform/date-format.ts';
import { parseForm } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  dateFields,
  dateItems,
  readDate,
  requiredText,
} from '../journeys/form-fields.ts';
import { closureDays, deleteClosureDay, insertClosureDay } from './calendar.repository.ts';

const VIEW = 'features/deadlines/views/closure-days.njk';
const access = { config: { access: 'deadlines:configure' } } as const;

const closureSchema = z
  .object({
    ...dateFields('closedOn'),
    description: requiredText(
      'Enter what the day is',
      100,
      'What the day is must be 100 characters or fewer',
    ),
  })
  .superRefine((data, ctx) => {
    const closedOn = checkDate(data, 'closedOn', ctx, 'the date');
    if (closedOn && (isWeekend(closedOn) || isBankHoliday(closedOn))) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedOn-day'],
        message:
          'The date must be a weekday that is not a bank holiday: those are never working days',
      });
    }
  }, ALWAYS)
  .transform((data) => ({ closedOn: readDate(data, 'closedOn'), description: data.description }));

/** The organisation's closure days, kept by an administrator (no child's record here). */
export function calendarRoutes(app: FastifyInstance, db: Db) {
  const actorOf = (request: { user: { id: string; organisationId: string } | null }) => {
    if (!request.user) throw new Error('Signed in only');
    return request.user;
  };
  async function render(
    reply: FastifyReply,
    organisationId: string,
    extra: {
      values?: Record<string, unknown>;
      errors?: unknown;
      fieldErrors?: Record<string, { text: string }>;
      notice?: string | null;
    } = {},
  ) {
    const days = await inOrganisation(db, { organisationId }, (tx) =>
      closureDays(tx, organisationId, todayInLondon()),
    );
    const fieldErrors = extra.fieldErrors ?? {};
    const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`closedOn-${part}`]);
    return reply.viewAsync(VIEW, {
      title: 'Closure days',
      days: days.map((day) => ({
        date: formatDate(day.closed_on),
        value: day.closed_on,
        description: day.description,
      })),
      values: extra.values ?? {},
      errors: extra.errors,
      fieldErrors,
      dateItems: dateItems(extra.values ?? {}, 'closedOn', dateError),
      dateError:
        fieldErrors['closedOn-day'] ??
        fieldErrors['closedOn-month'] ??
        fieldErrors['closedOn-year'],
      notice: extra.notice ?? null,
    });
  }

  app.get('/admin/closure-days', access, async (request, reply) => {
    const notices: Record<string, string> = {
      added: 'The closure day was added.',
      removed: 'The closure day was removed.',
    };
    const notice =
      notices[String((request.query as Record<string, unknown>)?.notice ?? '')] ?? null;
    return render(reply, actorOf(request).organisationId, { notice });
  });

  app.post('/admin/closure-days', access, async (request, reply) => {
    const actor = actorOf(request);
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(closureSchema, values);
    if (!form.ok) return render(reply.status(400), actor.organisationId, { values, ...form });
    const added = await inOrganisation(
      db,
      { organisationId: actor.organisationId, userId: actor.id },
      async (tx) => {
        const inserted = await insertClosureDay(tx, {
          organisationId: actor.organisationId,
          closedOn: form.data.closedOn,
          description: form.data.description,
          createdBy: actor.id,
        });
        if (inserted) {
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actorUserId: actor.id,
            action: 'closure-day.added',
            subjectType: 'closure-day',
            requestId: request.id,
            detail: { closedOn: form.data.closedOn },
          });
        }
        return inserted;
      },
    );
    if (!added) {
      const text = 'That date is already a closure day';
      return render(reply.status(400), actor.organisationId, {
        values,
        errors: [{ text, href: '#closedOn-day' }],
        fieldErrors: { 'closedOn-day': { text } },
      });
    }
    return reply.redirect('/admin/closure-days?notice=added', 303);
  });

  app.post('/admin/closure-days/remove', access, async (request, reply) => {
    const actor = actorOf(request);
    const date = String((request.body as Record<string, unknown> | undefined)?.date ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return reply.redirect('/admin/closure-days', 303);
    await inOrganisation(
      db,
      { organisationId: actor.organisationId, userId: actor.id },
      async (tx) => {
        if (await deleteClosureDay(tx, actor.organisationId, date)) {
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actorUserId: actor.id,
            action: 'closure-day.removed',
            subjectType: 'closure-day',
            requestId: request.id,
            detail: { closedOn: date },
          });
        }
      },
    );
    return reply.redirect('/admin/closure-days?notice=removed', 303);
  });
}
