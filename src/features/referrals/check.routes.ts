import type { FastifyInstance, FastifyReply } from 'fastify';
import { referralTitle, summarySections } from './referral.routes.ts';
import { isRefusal } from './referral-case.ts';
import type { ReferralDetails } from './referral-details.ts';
import { actorFrom, answerRefusal, recordId } from './referral-request.ts';
import type { ReferralsService } from './referrals.service.ts';

const access = { access: 'referrals:make' } as const;
type IdParams = { Params: { referralId: string } };

function renderCheck(reply: FastifyReply, details: ReferralDetails, refused: boolean) {
  // Each reason links to the page where it is put right.
  const problems = details.problems.map((problem) => ({
    text: problem.text,
    href: `/referrals/${details.referral.id}/${problem.section}`,
  }));
  const errors = refused ? problems : [];
  return reply.status(refused ? 400 : 200).viewAsync('features/referrals/views/check.njk', {
    title: 'Check your answers before submitting the referral',
    caption: `${referralTitle(details)} ${details.referral.reference}`,
    referral: details.referral,
    ...summarySections(details, true),
    problems,
    concerns: details.criteriaConcerns,
    errors,
  });
}

/** Check your answers, submit, and the confirmation that says what happens next. */
export function checkRoutes(app: FastifyInstance, referrals: ReferralsService) {
  app.get<IdParams>('/referrals/:referralId/check', { config: access }, async (request, reply) => {
    const referralId = recordId(request.params.referralId);
    if (!referralId) return reply.callNotFound();
    const found = await referrals.draftPage(actorFrom(request), referralId, 'check');
    if (isRefusal(found)) return answerRefusal(reply, found);
    return renderCheck(reply, found.details, false);
  });

  app.post<IdParams>('/referrals/:referralId/check', { config: access }, async (request, reply) => {
    const referralId = recordId(request.params.referralId);
    if (!referralId) return reply.callNotFound();
    const submitted = await referrals.submit(actorFrom(request), referralId);
    if (isRefusal(submitted)) return answerRefusal(reply, submitted);
    if (submitted.outcome === 'refused') return renderCheck(reply, submitted.details, true);
    return reply.redirect(`/referrals/${referralId}/submitted`, 303);
  });

  app.get<IdParams>(
    '/referrals/:referralId/submitted',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const actor = actorFrom(request);
      const found = await referrals.open(actor, referralId);
      if (isRefusal(found)) return answerRefusal(reply, found);
      const { referral } = found.details;
      if (referral.referrer_id !== actor.id || referral.status === 'draft') {
        return reply.redirect(`/referrals/${referralId}`, 303);
      }
      return reply.viewAsync('features/referrals/views/submitted.njk', {
        title: 'Referral submitted',
        referral,
        kindName: referralTitle(found.details),
      });
    },
  );
}
