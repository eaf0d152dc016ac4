import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseRecordId } from '../../platform/forms.ts';
import type { Ended, NotFound } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';

export type NetworkParams = { Params: { journeyId: string } };
export type MemberParams = { Params: { journeyId: string; memberId: string } };

/** The record ids from the address, or null when one could not be an id (the route answers 404). */
export function idsFrom(request: FastifyRequest<MemberParams | NetworkParams>) {
  const params = request.params as { journeyId: string; memberId?: string };
  const journeyId = parseRecordId(params.journeyId);
  const memberId = params.memberId === undefined ? null : parseRecordId(params.memberId);
  if (!journeyId || (params.memberId !== undefined && !memberId)) return null;
  return { journeyId, memberId: memberId ?? '' };
}

/** A child chosen in the address or a form: an id, or null (the first child). */
export function childFrom(value: unknown): string | null {
  return parseRecordId(Array.isArray(value) ? value[0] : value);
}

/** 404 for a record the person may not see; the ended page for a change to an ended journey. */
export function answerClosed(
  request: FastifyRequest,
  reply: FastifyReply,
  result: NotFound | Ended,
) {
  if (result.outcome === 'not-found') return reply.callNotFound();
  return reply
    .status(request.method === 'GET' ? 200 : 409)
    .viewAsync('features/journeys/views/ended.njk', {
      title: 'This journey has ended',
      summary: caseSummary(result.found),
    });
}

export function isClosed<T>(result: T | NotFound | Ended): result is NotFound | Ended {
  const outcome = (result as { outcome?: unknown }).outcome;
  return outcome === 'not-found' || outcome === 'ended';
}

/** Where a network page lives, and where a member's page lives. */
export const networkHref = (journeyId: string, childId?: string) =>
  `/journeys/${journeyId}/network${childId ? `?child=${childId}` : ''}`;
export const memberHref = (journeyId: string, memberId: string) =>
  `/journeys/${journeyId}/network/members/${memberId}`;
