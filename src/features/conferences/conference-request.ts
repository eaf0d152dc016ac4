import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseRecordId, problemsFor } from '../../platform/forms.ts';
import type { Ended, NotFound, Refused } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { conferenceHref } from './conference.view-model.ts';

export type ConferenceParams = {
  Params: { journeyId: string; conferenceId?: string; invitationId?: string };
};

/** The record ids in the address, or null when one could not be an id (the route answers 404). */
export function idsFrom(request: FastifyRequest<ConferenceParams>) {
  const { journeyId, conferenceId, invitationId } = request.params;
  const ids = {
    journeyId: parseRecordId(journeyId) ?? '',
    conferenceId: conferenceId === undefined ? '' : (parseRecordId(conferenceId) ?? ''),
    invitationId: invitationId === undefined ? '' : (parseRecordId(invitationId) ?? ''),
  };
  if (!ids.journeyId) return null;
  if (conferenceId !== undefined && !ids.conferenceId) return null;
  if (invitationId !== undefined && !ids.invitationId) return null;
  return ids;
}

export function isClosed<T>(result: T | NotFound | Ended): result is NotFound | Ended {
  const outcome = (result as { outcome?: unknown }).outcome;
  return outcome === 'not-found' || outcome === 'ended';
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

/** A saved change goes to the conference's page with a banner; a refusal shows the form again. */
export function answerSaved(
  reply: FastifyReply,
  journeyId: string,
  result: { outcome: 'saved'; conferenceId: string } | Refused,
  notice: string,
  showRefused: (problems: ReturnType<typeof problemsFor>) => unknown,
  after = '',
) {
  if (result.outcome === 'refused') return showRefused(problemsFor(result.reason, result.field));
  const href = `${conferenceHref(journeyId, result.conferenceId)}${after}`;
  return reply.redirect(`${href}?notice=${notice}`, 303);
}
