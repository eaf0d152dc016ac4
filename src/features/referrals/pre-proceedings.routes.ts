import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import type { PreProceedingsRow } from './pre-proceedings.repository.ts';
import { preProceedingsSchema, RESPONSES } from './pre-proceedings.schemas.ts';
import type { PreProceedingsService } from './pre-proceedings.service.ts';
import { isRefusal } from './referral-case.ts';
import { dateParts, parseDatedForm, yesNoValue } from './referral-forms.ts';
import { actorFrom, answerRefusal, bodyOf, type FormBody, recordId } from './referral-request.ts';
import type { ReferralRow } from './referrals.repository.ts';

// The referrer and the team manager both keep this record: the route admits everyone who reads
// cases, and the service's rule (mayEditPreProceedings) decides for each referral.
const access = { access: 'cases:read' } as const;
const VIEW = 'features/referrals/views/pre-proceedings.njk';
const DATE_FIELDS = ['offeredOn', 'meetingOn', 'applicationOn'];
type IdParams = { Params: { referralId: string } };

const RESPONSE_NAMES: Record<(typeof RESPONSES)[number], string> = {
  awaiting: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
};

function savedValues(offer: PreProceedingsRow | null): FormBody {
  if (!offer) return {};
  return {
    ...dateParts('offeredOn', offer.offered_on),
    ...dateParts('meetingOn', offer.meeting_on),
    ...dateParts('applicationOn', offer.application_on),
    inLetterBeforeProceedings: yesNoValue(offer.in_letter_before_proceedings),
    offeredTo: offer.offered_to,
    response: offer.response,
    respondedBy: offer.responded_by,
    bestInterestsExemption: yesNoValue(offer.best_interests_exemption),
    exemptionReason: offer.exemption_reason,
    exemptionDecidedBy: offer.exemption_decided_by,
  };
}

function render(
  reply: FastifyReply,
  referral: ReferralRow,
  values: FormBody,
  status = 200,
  problems: object = {},
) {
  return reply.status(status).viewAsync(VIEW, {
    title: 'Offer of a family group decision-making meeting before proceedings',
    referral,
    backHref: `/referrals/${referral.id}`,
    responseItems: RESPONSES.map((value) => ({ value, text: RESPONSE_NAMES[value] })),
    values,
    ...problems,
  });
}

/** The pre-proceedings offer (FGC, optional): one page, editable after submission too. */
export function preProceedingsRoutes(app: FastifyInstance, offers: PreProceedingsService) {
  const url = '/referrals/:referralId/pre-proceedings';

  app.get<IdParams>(url, { config: access }, async (request, reply) => {
    const referralId = recordId(request.params.referralId);
    if (!referralId) return reply.callNotFound();
    const found = await offers.page(actorFrom(request), referralId);
    if (isRefusal(found)) return answerRefusal(reply, found);
    return render(reply, found.referral, savedValues(found.offer));
  });

  app.post<IdParams>(url, { config: access }, async (request, reply) => {
    const referralId = recordId(request.params.referralId);
    if (!referralId) return reply.callNotFound();
    const actor = actorFrom(request);
    const body = bodyOf(request);
    const form = parseDatedForm(preProceedingsSchema(todayInLondon()), body, DATE_FIELDS);
    if (!form.ok) {
      const found = await offers.page(actor, referralId);
      if (isRefusal(found)) return answerRefusal(reply, found);
      return render(reply, found.referral, body, 400, form);
    }
    const saved = await offers.save(actor, referralId, form.data);
    if (isRefusal(saved)) return answerRefusal(reply, saved);
    return reply.redirect(`/referrals/${referralId}`, 303);
  });
}
