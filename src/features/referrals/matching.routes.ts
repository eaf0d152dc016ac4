import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { matchSchema } from './matching.schemas.ts';
import type { CoordinatorChoice, MatchingService } from './matching.service.ts';
import { referralNotice, referralTitle } from './referral.routes.ts';
import { isRefusal } from './referral-case.ts';
import {
  actorFrom,
  answerRefusal,
  bodyOf,
  type FormBody,
  problemErrors,
  recordId,
} from './referral-request.ts';

const access = { access: 'referrals:triage' } as const;
type IdParams = { Params: { referralId: string } };

function coordinatorItems(coordinators: readonly CoordinatorChoice[], selected: unknown) {
  return coordinators.map((coordinator) => ({
    value: coordinator.id,
    text: coordinator.name,
    checked: coordinator.id === selected,
    hint: {
      text: [
        coordinator.caseload === 1 ? '1 active journey' : `${coordinator.caseload} active journeys`,
        coordinator.languages.length > 0
          ? `Works in ${coordinator.languages.join(', ')}`
          : 'No languages recorded',
        coordinator.speaksLanguage ? 'Speaks the young person’s language' : '',
        coordinator.declaredConflict ? 'Has declared a conflict with this family' : '',
      ]
        .filter(Boolean)
        .join('. '),
    },
  }));
}

/** Matching an accepted referral to a coordinator, with their conflict-of-interest declaration. */
export function matchingRoutes(app: FastifyInstance, matching: MatchingService) {
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    referralId: string,
    values: FormBody,
    status = 200,
    problems: object = {},
  ) {
    const found = await matching.page(actorFrom(request), referralId);
    if (isRefusal(found)) return answerRefusal(reply, found);
    if (found.outcome === 'not-matchable') return reply.redirect(`/referrals/${referralId}`, 303);
    const { details, coordinators } = found;
    return reply.status(status).viewAsync('features/referrals/views/match.njk', {
      title: 'Match a coordinator',
      caption: `${referralTitle(details)} ${details.referral.reference}`,
      referral: details.referral,
      language: details.referral.language,
      coordinators,
      coordinatorItems: coordinatorItems(coordinators, values.coordinatorId),
      values,
      notice: referralNotice(request.query),
      ...problems,
    });
  }

  app.get<IdParams>('/referrals/:referralId/match', { config: access }, async (request, reply) => {
    const referralId = recordId(request.params.referralId);
    if (!referralId) return reply.callNotFound();
    return show(request, reply, referralId, {});
  });

  app.post<IdParams>('/referrals/:referralId/match', { config: access }, async (request, reply) => {
    const referralId = recordId(request.params.referralId);
    if (!referralId) return reply.callNotFound();
    const body = bodyOf(request);
    const form = parseForm(matchSchema, body);
    if (!form.ok) return show(request, reply, referralId, body, 400, form);
    const matched = await matching.match(actorFrom(request), referralId, form.data);
    if (isRefusal(matched)) return answerRefusal(reply, matched);
    if (matched.outcome === 'not-matchable') return reply.redirect(`/referrals/${referralId}`, 303);
    if (matched.outcome === 'refused') {
      return show(request, reply, referralId, body, 400, problemErrors(matched.problem));
    }
    return reply.redirect(`/journeys/${matched.journeyId}?notice=matched`, 303);
  });
}
