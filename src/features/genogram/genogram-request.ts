import type { FastifyReply } from 'fastify';
import { parseRecordId } from '../../platform/forms.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';

/** What every genogram route reads from its address, and the page an ended journey shows. */

export const GENOGRAM_BASE = '/journeys/:journeyId/children/:childId/genogram';

export function genogramIds(request: { params: { journeyId: string; childId: string } }) {
  const journeyId = parseRecordId(request.params.journeyId);
  const childId = parseRecordId(request.params.childId);
  return journeyId && childId ? { journeyId, childId } : null;
}

export function genogramHref(ids: { journeyId: string; childId: string }) {
  return `/journeys/${ids.journeyId}/children/${ids.childId}/genogram`;
}

export function renderEnded(reply: FastifyReply, found: JourneyCase) {
  return reply.viewAsync('features/journeys/views/ended.njk', {
    title: 'This journey has ended',
    summary: caseSummary(found),
  });
}
