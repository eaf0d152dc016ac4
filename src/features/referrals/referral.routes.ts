import type { FastifyInstance } from 'fastify';
import { REFERRAL_KIND_NAMES } from '../../domain/referral-rules.ts';
import { countInWords, pageLinks, pageRequest } from '../../platform/pagination.ts';
import { myReferralRows, nextStepText, statusTag } from './list.view-model.ts';
import { isRefusal } from './referral-case.ts';
import type { ReferralDetails } from './referral-details.ts';
import { myReferralKey } from './referral-lists.repository.ts';
import { actorFrom, answerRefusal, recordId } from './referral-request.ts';
import type { ReferralsService } from './referrals.service.ts';
import {
  aboutRows,
  childRows,
  consentCards,
  escapeHtml,
  preProceedingsRows,
  referralRows,
} from './summary.view-model.ts';
import { progressText, taskListItems } from './task-list.view-model.ts';
import { myReferralsQuerySchema } from './triage.schemas.ts';
import { managerActions, managerRows } from './triage.view-model.ts';

type IdParams = { Params: { referralId: string } };

/** The success banner after an action that leads back to the referral's page. */
export const REFERRAL_NOTICES: Record<string, string> = {
  submitted: 'Referral submitted',
  'discussion-recorded': 'The initial discussion with the referrer has been recorded.',
  'criteria-checked': 'The check against the criteria has been recorded.',
  accepted: 'The referral has been accepted. Now match a coordinator.',
  declined: 'The referral has been declined. The referrer can see the reason.',
  'declaration-corrected': 'The conflict of interest declaration has been corrected.',
};

export function referralNotice(query: unknown): string | undefined {
  return REFERRAL_NOTICES[String((query as Record<string, unknown> | undefined)?.notice ?? '')];
}

/** The sections every view of a referral shows, in the order the referrer gave them. */
export function summarySections(details: ReferralDetails, changeable: boolean) {
  return {
    referralRows: referralRows(details, changeable),
    childRows: childRows(details, changeable),
    aboutRows: aboutRows(details, changeable),
    consentCards: consentCards(details),
    preProceedingsRows: preProceedingsRows(details),
  };
}

export function referralTitle(details: ReferralDetails): string {
  return `${REFERRAL_KIND_NAMES[details.referral.kind]} referral`;
}

/** Referrals on a page of the referrer's own list. */
const MY_REFERRALS_PAGE_SIZE = 50;

/** The referrer's list, and each referral's own page: task list while a draft, else its summary. */
export function referralRoutes(app: FastifyInstance, referrals: ReferralsService) {
  app.get('/referrals', { config: { access: 'referrals:make' } }, async (request, reply) => {
    const query = myReferralsQuerySchema.parse(request.query ?? {});
    const page = pageRequest(query, 3, MY_REFERRALS_PAGE_SIZE);
    const mine = await referrals.listMine(actorFrom(request), query.q, page);
    return reply.viewAsync('features/referrals/views/list.njk', {
      title: 'Your referrals',
      rows: myReferralRows(mine.page.rows),
      countText: query.q
        ? countInWords(mine.matching, 'referral matches', 'referrals match')
        : countInWords(mine.matching, 'referral', 'referrals'),
      pagination: pageLinks('/referrals', { q: query.q }, mine.page, myReferralKey),
      search: query.q ?? '',
    });
  });

  app.get<IdParams>(
    '/referrals/:referralId',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const referralId = recordId(request.params.referralId);
      if (!referralId) return reply.callNotFound();
      const actor = actorFrom(request);
      const found = await referrals.open(actor, referralId);
      if (isRefusal(found)) return answerRefusal(reply, found);
      const { details } = found;
      const { referral } = details;
      if (referral.status === 'draft') {
        return reply.viewAsync('features/referrals/views/task-list.njk', {
          title: referralTitle(details),
          referral,
          items: taskListItems(details),
          progress: progressText(details),
          concerns: details.criteriaConcerns,
        });
      }
      const isManager = actor.roles.includes('team_manager');
      const isReferrer = referral.referrer_id === actor.id;
      return reply.viewAsync('features/referrals/views/summary.njk', {
        title: referralTitle(details),
        referral,
        status: statusTag(referral),
        nextStep: nextStepText(referral, details.journeyId),
        journeyHref: details.journeyId ? `/journeys/${details.journeyId}` : null,
        coordinatorName: referral.coordinator_id
          ? details.names.get(referral.coordinator_id)
          : null,
        concerns: details.criteriaConcerns,
        declineReasonHtml: escapeHtml(referral.decline_reason ?? '').replace(/\r?\n/g, '<br>'),
        ...summarySections(details, false),
        isManager,
        managerRows: managerRows(details),
        managerActions: isManager ? managerActions(details) : [],
        canEditPreProceedings: referral.kind === 'fgc' && (isReferrer || isManager),
        notice: referralNotice(request.query),
        conflictDeclarations: found.conflictDeclarations,
      });
    },
  );
}
