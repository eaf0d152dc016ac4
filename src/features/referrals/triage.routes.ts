import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import { referralTitle } from './referral.routes.ts';
import { isRefusal } from './referral-case.ts';
import type { ReferralDetails } from './referral-details.ts';
import { dateParts, parseDatedForm, yesNoValue } from './referral-forms.ts';
import {
  actorFrom,
  answerRefusal,
  bodyOf,
  type FormBody,
  problemErrors,
  recordId,
} from './referral-request.ts';
import { childRows } from './summary.view-model.ts';
import { criteriaSchema, decisionSchema, discussionSchema } from './triage.schemas.ts';
import type { TriageService } from './triage.service.ts';

const access = { access: 'referrals:triage' } as const;
type IdParams = { Params: { referralId: string } };

type Step = 'discussion' | 'criteria' | 'decision';

const STEPS: Record<Step, { title: string; values: (details: ReferralDetails) => FormBody }> = {
  discussion: {
    title: 'Initial discussion with the referrer',
    values: ({ referral }) => ({
      ...dateParts('discussedOn', referral.initial_discussion_on),
      notes: referral.initial_discussion_notes,
    }),
  },
  criteria: {
    title: 'Check the referral against the criteria',
    values: ({ referral }) => ({
      criteriaMet: yesNoValue(referral.criteria_met),
      criteriaNotes: referral.criteria_notes,
    }),
  },
  decision: { title: 'Accept or decline the referral', values: () => ({}) },
};

/** The team manager's steps on a submitted referral: discussion, criteria, decision. */
export function triageRoutes(app: FastifyInstance, triage: TriageService) {
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    step: Step,
    referralId: string,
    values?: FormBody,
    status = 200,
    problems: object = {},
  ) {
    const found = await triage.page(actorFrom(request), referralId, step);
    if (isRefusal(found)) return answerRefusal(reply, found);
    const { details } = found;
    if (details.referral.status !== 'submitted') {
      return reply.redirect(`/referrals/${referralId}`, 303);
    }
    return reply.status(status).viewAsync(`features/referrals/views/${step}.njk`, {
      title: STEPS[step].title,
      caption: `${referralTitle(details)} ${details.referral.reference}`,
      referral: details.referral,
      childRows: childRows(details, false),
      concerns: details.criteriaConcerns,
      referrerName: details.names.get(details.referral.referrer_id),
      values: values ?? STEPS[step].values(details),
      ...problems,
    });
  }

  for (const step of Object.keys(STEPS) as Step[]) {
    app.get<IdParams>(
      `/referrals/:referralId/${step}`,
      { config: access },
      async (request, reply) => {
        const referralId = recordId(request.params.referralId);
        if (!referralId) return reply.callNotFound();
        return show(request, reply, step, referralId);
      },
    );
  }

  app.post<IdParams>(
    '/referrals/:referralId/discussion',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const body = bodyOf(request);
      const form = parseDatedForm(discussionSchema(todayInLondon()), body, ['discussedOn']);
      if (!form.ok) return show(request, reply, 'discussion', referralId, body, 400, form);
      const saved = await triage.record(actorFrom(request), referralId, 'discussion', {
        initial_discussion_on: form.data.discussedOn,
        initial_discussion_notes: form.data.notes,
      });
      if (isRefusal(saved)) return answerRefusal(reply, saved);
      if (saved.outcome === 'refused') {
        const problems = problemErrors(saved.problem, ['discussedOn']);
        return show(request, reply, 'discussion', referralId, body, 400, problems);
      }
      return reply.redirect(`/referrals/${referralId}?notice=discussion-recorded`, 303);
    },
  );

  app.post<IdParams>(
    '/referrals/:referralId/criteria',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const body = bodyOf(request);
      const form = parseForm(criteriaSchema, body);
      if (!form.ok) return show(request, reply, 'criteria', referralId, body, 400, form);
      const saved = await triage.record(actorFrom(request), referralId, 'criteria', {
        criteria_met: form.data.criteriaMet,
        criteria_notes: form.data.criteriaNotes,
      });
      if (isRefusal(saved)) return answerRefusal(reply, saved);
      return reply.redirect(`/referrals/${referralId}?notice=criteria-checked`, 303);
    },
  );

  app.post<IdParams>(
    '/referrals/:referralId/decision',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const body = bodyOf(request);
      const form = parseForm(decisionSchema, body);
      if (!form.ok) return show(request, reply, 'decision', referralId, body, 400, form);
      const decided = await triage.decide(
        actorFrom(request),
        referralId,
        form.data.decision === 'accept'
          ? { decision: 'accept' }
          : { decision: 'decline', reason: form.data.declineReason ?? '' },
      );
      if (isRefusal(decided)) return answerRefusal(reply, decided);
      if (decided.outcome === 'refused') {
        const errors = decided.problems.map((problem) => ({ text: problem.text }));
        return show(request, reply, 'decision', referralId, body, 400, { errors, fieldErrors: {} });
      }
      // Accepting leads straight on to matching; both pages say what was just done.
      return reply.redirect(
        decided.status === 'accepted'
          ? `/referrals/${referralId}/match?notice=accepted`
          : `/referrals/${referralId}?notice=declined`,
        303,
      );
    },
  );
}
