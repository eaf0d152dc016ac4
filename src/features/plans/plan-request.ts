import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FormProblems, problemsFor } from '../../platform/forms.ts';
import {
  answerClosed,
  type ConferenceParams,
  idsFrom,
  isClosed,
} from '../conferences/conference-request.ts';
import type { Ended, NotFound, Refused } from '../journeys/journey-case.service.ts';
import { inPageOrder } from '../journeys/journey-request.ts';
import type { NoPlan, PlanIds } from './plan-case.ts';

export type PlanParams = ConferenceParams & {
  Params: { section?: string; itemId?: string };
  Querystring: { notice?: string; from?: string; to?: string };
};
export type Values = Record<string, unknown>;
export type Problems = Partial<FormProblems>;

export const VIEWS = 'features/plans/views';
export const read = { access: 'cases:read' } as const;
export const work = { access: 'journeys:work' } as const;
export const decide = { access: 'plans:decide' } as const;

export const planHref = (ids: PlanIds) =>
  `/journeys/${ids.journeyId}/conferences/${ids.conferenceId}/plan`;

export function planIdsFrom(request: FastifyRequest<PlanParams>): PlanIds | null {
  const ids = idsFrom(request);
  return ids?.conferenceId ? { journeyId: ids.journeyId, conferenceId: ids.conferenceId } : null;
}

const NOTICES: Record<string, string> = {
  started: 'Plan started',
  saved: 'Plan saved',
  'action-added': 'Action added',
  'action-removed': 'Action removed',
  'carer-added': 'Carer added',
  'carer-removed': 'Carer removed',
  monitor: 'Monitor saved',
  ready: 'The plan is ready for the referrer to decide',
  agreed: 'Plan agreed. This version is now locked',
  delayed: 'Agreement delayed. The date you promised is on the coordinator’s deadlines',
  not_agreed: 'Plan not agreed. The coordinator can see your reason',
};

export function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
}

export function isNoPlan(result: unknown): result is NoPlan {
  return (result as { outcome?: unknown }).outcome === 'no-plan';
}

/**
 * The answer to anything that is not a page: 404, the ended page, or (no plan yet) the plan's
 * page, where it can be started. Returns null when the result is a page to show.
 */
export function answerOther(
  request: FastifyRequest,
  reply: FastifyReply,
  result: unknown,
): unknown | null {
  if (isClosed(result as NotFound | Ended))
    return answerClosed(request, reply, result as NotFound | Ended);
  if (isNoPlan(result)) return reply.redirect(planHref(result.ids), 303);
  return null;
}

/** A saved change goes to the plan's task list with a banner; a refusal shows the form again. */
export function answerChange(
  reply: FastifyReply,
  ids: PlanIds,
  result: { outcome: string } | Refused,
  notice: string,
  showRefused: (problems: FormProblems) => unknown,
  below = '',
) {
  if (result.outcome === 'refused') {
    const { reason, field } = result as Refused;
    return showRefused(problemsFor(reason, field));
  }
  return reply.redirect(`${planHref(ids)}${below}?notice=${notice}`, 303);
}

/** Form problems in the order of the page's fields. */
export function ordered(
  form: { errors: Array<{ text: string; href?: string }> },
  fields: string[],
) {
  return inPageOrder(form, fields);
}

/** The page a service opened, or null (answered by `answerOther`). */
export function pageOf<T>(result: T): Extract<T, { outcome: 'found' }> | null {
  return (result as { outcome?: unknown }).outcome === 'found'
    ? (result as Extract<T, { outcome: 'found' }>)
    : null;
}
