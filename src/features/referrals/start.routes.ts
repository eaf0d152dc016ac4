import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ReferralKindCode } from '../../domain/referral-reference.ts';
import {
  REFERRAL_KIND_NAMES,
  REFERRER_ROLE_NAMES,
  REFERRER_ROLES,
  suggestedReferrerRole,
} from '../../domain/referral-rules.ts';
import { parseForm } from '../../platform/forms.ts';
import { isRefusal } from './referral-case.ts';
import { actorFrom, answerRefusal, bodyOf, recordId } from './referral-request.ts';
import type { ReferralsService } from './referrals.service.ts';
import { kindQuerySchema, kindSchema, referrerSchema } from './start.schemas.ts';

const access = { access: 'referrals:make' } as const;
const KIND_VIEW = 'features/referrals/views/start-kind.njk';
const REFERRER_VIEW = 'features/referrals/views/start-referrer.njk';

type IdParams = { Params: { referralId: string } };

function referrerPage(kind: ReferralKindCode, action: string, backHref: string) {
  return {
    title: 'Who is the referral from?',
    caption: `${REFERRAL_KIND_NAMES[kind]} referral`,
    kind,
    action,
    backHref,
    roleItems: REFERRER_ROLES[kind].map((role) => ({
      value: role,
      text: REFERRER_ROLE_NAMES[role],
    })),
  };
}

function renderReferrer(
  reply: FastifyReply,
  page: ReturnType<typeof referrerPage>,
  values: Record<string, unknown>,
  status = 200,
  problems: object = {},
) {
  return reply.status(status).viewAsync(REFERRER_VIEW, { ...page, values, ...problems });
}

/** Starting a referral: its kind, then who it is from; then the draft and its task list. */
export function startRoutes(app: FastifyInstance, referrals: ReferralsService) {
  app.get('/referrals/new', { config: access }, async (_request, reply) =>
    reply.viewAsync(KIND_VIEW, { title: 'What kind of referral are you making?', values: {} }),
  );

  app.post('/referrals/new', { config: access }, async (request, reply) => {
    const form = parseForm(kindSchema, request.body);
    if (!form.ok) {
      return reply.status(400).viewAsync(KIND_VIEW, {
        title: 'What kind of referral are you making?',
        values: bodyOf(request),
        ...form,
      });
    }
    return reply.redirect(`/referrals/new/referrer?kind=${form.data.kind}`, 303);
  });

  app.get('/referrals/new/referrer', { config: access }, async (request, reply) => {
    const { kind } = kindQuerySchema.parse(request.query ?? {});
    if (!kind) return reply.redirect('/referrals/new', 303);
    const suggested = suggestedReferrerRole(kind, actorFrom(request).roles);
    return renderReferrer(reply, referrerPage(kind, '/referrals/new/referrer', '/referrals/new'), {
      referrerRole: suggested ?? undefined,
    });
  });

  app.post('/referrals/new/referrer', { config: access }, async (request, reply) => {
    const body = bodyOf(request);
    const { kind } = kindQuerySchema.parse(body);
    if (!kind) return reply.redirect('/referrals/new', 303);
    const form = parseForm(referrerSchema(kind), body);
    const page = referrerPage(kind, '/referrals/new/referrer', '/referrals/new');
    if (!form.ok) return renderReferrer(reply, page, body, 400, form);
    const referralId = await referrals.startDraft(actorFrom(request), kind, form.data);
    return reply.redirect(`/referrals/${referralId}`, 303);
  });

  app.get<IdParams>(
    '/referrals/:referralId/referrer',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const found = await referrals.draftPage(actorFrom(request), referralId, 'referrer');
      if (isRefusal(found)) return answerRefusal(reply, found);
      const { referral } = found.details;
      return renderReferrer(
        reply,
        referrerPage(
          referral.kind,
          `/referrals/${referralId}/referrer`,
          `/referrals/${referralId}`,
        ),
        {
          referrerRole: referral.referrer_role ?? undefined,
          [referral.referrer_role === 'carer' ? 'carerName' : 'adviserName']:
            referral.referrer_on_behalf_of ?? undefined,
        },
      );
    },
  );

  app.post<IdParams>(
    '/referrals/:referralId/referrer',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const actor = actorFrom(request);
      const found = await referrals.draftPage(actor, referralId, 'referrer');
      if (isRefusal(found)) return answerRefusal(reply, found);
      const { kind } = found.details.referral;
      const form = parseForm(referrerSchema(kind), request.body);
      if (!form.ok) {
        const page = referrerPage(
          kind,
          `/referrals/${referralId}/referrer`,
          `/referrals/${referralId}`,
        );
        return renderReferrer(reply, page, bodyOf(request), 400, form);
      }
      const saved = await referrals.saveDraft(actor, referralId, 'referrer', {
        referrer_role: form.data.referrerRole,
        referrer_on_behalf_of: form.data.onBehalfOf,
      });
      if (isRefusal(saved)) return answerRefusal(reply, saved);
      return reply.redirect(`/referrals/${referralId}`, 303);
    },
  );
}
