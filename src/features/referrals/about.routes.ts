import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { ABOUT_PAGES, type AboutPage, aboutSchema, saveActionSchema } from './about.schemas.ts';
import { isRefusal } from './referral-case.ts';
import type { ReferralDetails } from './referral-details.ts';
import { yesNoValue } from './referral-forms.ts';
import { actorFrom, answerRefusal, bodyOf, type FormBody, recordId } from './referral-request.ts';
import type { ReferralChanges } from './referrals.repository.ts';
import type { ReferralsService } from './referrals.service.ts';

const access = { access: 'referrals:make' } as const;
type PageParams = { Params: { referralId: string; page: string } };

const TITLES: Record<AboutPage, string> = {
  reason: 'Why you are making this referral',
  risks: 'Risks, placement and chronology',
  support: 'Language and support needs',
};

function aboutPage(value: string): AboutPage | null {
  return (ABOUT_PAGES as readonly string[]).includes(value) ? (value as AboutPage) : null;
}

/** What the page's fields show: the answers saved so far. */
function savedValues(details: ReferralDetails): FormBody {
  const { referral } = details;
  return {
    reason: referral.reason,
    hopes: referral.hopes,
    bottomLines: referral.bottom_lines,
    knownRisks: referral.known_risks,
    placementTimeline: referral.placement_timeline,
    chronology: referral.chronology,
    language: referral.language,
    interpreterNeeded: yesNoValue(referral.interpreter_needed),
    advocateNeeded: yesNoValue(referral.advocate_needed),
    supportNeeds: referral.support_needs,
  };
}

/** The form's answers as the referral's columns (only the fields this page asks). */
function changesFrom(page: AboutPage, data: Record<string, unknown>): ReferralChanges {
  const text = (key: string) => (data[key] as string | null | undefined) ?? null;
  const flag = (key: string) => (data[key] as boolean | null | undefined) ?? null;
  if (page === 'reason') {
    return { reason: text('reason'), hopes: text('hopes'), bottom_lines: text('bottomLines') };
  }
  if (page === 'risks') {
    return {
      known_risks: text('knownRisks'),
      placement_timeline: text('placementTimeline'),
      chronology: text('chronology'),
    };
  }
  return {
    language: text('language'),
    interpreter_needed: flag('interpreterNeeded'),
    advocate_needed: flag('advocateNeeded'),
    support_needs: text('supportNeeds'),
  };
}

function nextAfter(page: AboutPage, referralId: string): string {
  const index = ABOUT_PAGES.indexOf(page);
  const next = ABOUT_PAGES[index + 1];
  return next ? `/referrals/${referralId}/about/${next}` : `/referrals/${referralId}`;
}

function backFrom(page: AboutPage, referralId: string): string {
  const previous = ABOUT_PAGES[ABOUT_PAGES.indexOf(page) - 1];
  return previous ? `/referrals/${referralId}/about/${previous}` : `/referrals/${referralId}`;
}

/** About the referral: three short question pages, each saved to the draft. */
export function aboutRoutes(app: FastifyInstance, referrals: ReferralsService) {
  const view = (page: AboutPage) => `features/referrals/views/about-${page}.njk`;

  app.get<PageParams>(
    '/referrals/:referralId/about/:page',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      const page = aboutPage(request.params.page);
      if (!referralId || !page) return reply.callNotFound();
      const found = await referrals.draftPage(actorFrom(request), referralId, `about-${page}`);
      if (isRefusal(found)) return answerRefusal(reply, found);
      return reply.viewAsync(view(page), {
        title: TITLES[page],
        referral: found.details.referral,
        backHref: backFrom(page, referralId),
        values: savedValues(found.details),
      });
    },
  );

  app.post<PageParams>(
    '/referrals/:referralId/about/:page',
    { config: access },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      const page = aboutPage(request.params.page);
      if (!referralId || !page) return reply.callNotFound();
      const actor = actorFrom(request);
      const found = await referrals.draftPage(actor, referralId, `about-${page}`);
      if (isRefusal(found)) return answerRefusal(reply, found);
      const { referral } = found.details;
      const body = bodyOf(request);
      const { action } = saveActionSchema.parse(body);
      const form = parseForm(aboutSchema(page, referral.kind, action === 'continue'), body);
      if (!form.ok) {
        return reply.status(400).viewAsync(view(page), {
          title: TITLES[page],
          referral,
          backHref: backFrom(page, referralId),
          values: body,
          ...form,
        });
      }
      const saved = await referrals.saveDraft(
        actor,
        referralId,
        `about-${page}`,
        changesFrom(page, form.data as Record<string, unknown>),
      );
      if (isRefusal(saved)) return answerRefusal(reply, saved);
      return reply.redirect(
        action === 'later' ? `/referrals/${referralId}` : nextAfter(page, referralId),
        303,
      );
    },
  );
}
