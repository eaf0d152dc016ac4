import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { asList } from '../../platform/forms.ts';
import { parentalConsentSchema, youngPersonConsentSchema } from './consent.schemas.ts';
import { isRefusal } from './referral-case.ts';
import type { ReferralConsentService } from './referral-consent.service.ts';
import { fullName, type ReferralDetails } from './referral-details.ts';
import { dateParts, parseDatedForm } from './referral-forms.ts';
import {
  actorFrom,
  answerRefusal,
  answerRemoval,
  bodyOf,
  type FormBody,
  problemErrors,
  recordId,
} from './referral-request.ts';
import type { ReferralsService } from './referrals.service.ts';
import { consentCards, METHOD_NAMES } from './summary.view-model.ts';

const access = { access: 'referrals:make' } as const;
type IdParams = { Params: { referralId: string } };
type ConsentParams = { Params: { referralId: string; consentId: string } };

const GIVERS = {
  'young-person': {
    title: 'The young person’s agreement',
    schema: youngPersonConsentSchema,
    view: 'features/referrals/views/consent-young-person.njk',
  },
  'parental-responsibility': {
    title: 'Consent from someone with parental responsibility',
    schema: parentalConsentSchema,
    view: 'features/referrals/views/consent-parental.njk',
  },
} as const;
type Giver = keyof typeof GIVERS;

const DATE_FIELDS = ['givenOn'];

function childItems(details: ReferralDetails) {
  return details.children.map((child) => ({ value: child.id, text: fullName(child) }));
}

/** The young person's agreement that a "Change" link names, if it is one of this referral's. */
function agreementToChange(details: ReferralDetails, values: FormBody) {
  if (typeof values.replaces !== 'string') return undefined;
  return details.consents.find(
    (consent) => consent.id === values.replaces && consent.giver === 'young_person',
  );
}

/** The form's answers as they were recorded, to change them. */
function agreementValues(consent: ReferralDetails['consents'][number]): FormBody {
  return {
    childId: consent.child_id,
    ...dateParts('givenOn', consent.given_on),
    method: consent.method,
    scope: [
      consent.scope_search ? 'search' : null,
      consent.scope_contact ? 'contact' : null,
      consent.scope_share ? 'share' : null,
    ].filter(Boolean),
    shareLocation: consent.share_location ? ['yes'] : [],
    shareOnlyWith: consent.share_only_with ?? '',
    ownWords: consent.own_words ?? '',
  };
}

const methodItems = Object.entries(METHOD_NAMES).map(([value, text]) => ({ value, text }));

/** Consent: the list of consents given so far, and a form for each kind of giver. */
export function consentRoutes(
  app: FastifyInstance,
  referrals: ReferralsService,
  consents: ReferralConsentService,
) {
  app.get<IdParams>(
    '/referrals/:referralId/consent',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const found = await referrals.draftPage(actorFrom(request), referralId, 'consent');
      if (isRefusal(found)) return answerRefusal(reply, found);
      const { details } = found;
      return reply.viewAsync('features/referrals/views/consent.njk', {
        title: 'Consent',
        referral: details.referral,
        cards: consentCards(details).map((card) => ({
          ...card,
          changeHref: details.consents.some(
            (consent) => consent.id === card.id && consent.giver === 'young_person',
          )
            ? `/referrals/${referralId}/consent/young-person?change=${card.id}`
            : null,
        })),
        missing: details.missingConsents.map(
          (text) => text.charAt(0).toUpperCase() + text.slice(1),
        ),
        hasChildren: details.children.length > 0,
        // Once every child has their own agreement, each is changed rather than added again.
        canAddAgreement: details.children.some(
          (child) =>
            !details.consents.some(
              (consent) => consent.giver === 'young_person' && consent.child_id === child.id,
            ),
        ),
      });
    },
  );

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    referralId: string,
    giver: Giver,
    values: FormBody,
    status = 200,
    problems: object = {},
  ) {
    const found = await referrals.draftPage(actorFrom(request), referralId, `consent-${giver}`);
    if (isRefusal(found)) return answerRefusal(reply, found);
    const { details } = found;
    if (details.children.length === 0)
      return reply.redirect(`/referrals/${referralId}/consent`, 303);
    const replaced = agreementToChange(details, values);
    if (values.replaces && !replaced) return reply.callNotFound();
    if (replaced && status === 200) Object.assign(values, agreementValues(replaced));
    const only = details.children.length === 1 ? details.children[0] : undefined;
    return reply.status(status).viewAsync(GIVERS[giver].view, {
      title: GIVERS[giver].title,
      referral: details.referral,
      childItems: childItems(details),
      onlyChild: only ? { id: only.id, name: fullName(only) } : null,
      methodItems,
      // Checkboxes are matched against a list, whether one or several were ticked.
      values: {
        ...values,
        scope: asList(values.scope),
        shareLocation: asList(values.shareLocation),
        childIds: asList(values.childIds),
      },
      ...problems,
    });
  }

  for (const giver of Object.keys(GIVERS) as Giver[]) {
    const url = `/referrals/:referralId/consent/${giver}`;

    app.get<IdParams>(url, { config: access }, async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const change = recordId((request.query as FormBody | undefined)?.change);
      return showForm(request, reply, referralId, giver, change ? { replaces: change } : {});
    });

    app.post<IdParams>(url, { config: access }, async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const body = bodyOf(request);
      const actor = actorFrom(request);
      const recorded =
        giver === 'young-person'
          ? await (async () => {
              const form = parseDatedForm(youngPersonConsentSchema, body, DATE_FIELDS);
              const replaces = recordId(body.replaces);
              return form.ok
                ? consents.recordYoungPerson(actor, referralId, form.data, replaces)
                : form;
            })()
          : await (async () => {
              const form = parseDatedForm(parentalConsentSchema, body, DATE_FIELDS);
              return form.ok ? consents.recordParental(actor, referralId, form.data) : form;
            })();
      if ('ok' in recorded) return showForm(request, reply, referralId, giver, body, 400, recorded);
      if (isRefusal(recorded)) return answerRefusal(reply, recorded);
      if (recorded.outcome === 'refused') {
        const problems = problemErrors(recorded.problem, DATE_FIELDS);
        return showForm(request, reply, referralId, giver, body, 400, problems);
      }
      return reply.redirect(`/referrals/${referralId}/consent`, 303);
    });
  }

  app.post<ConsentParams>(
    '/referrals/:referralId/consent/:consentId/remove',
    { config: access },
    (request, reply) =>
      answerRemoval(request, reply, request.params.consentId, 'consent', consents.remove),
  );
}
