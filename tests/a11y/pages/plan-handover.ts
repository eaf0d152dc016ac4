import { type Browsing, openRecord, type RoutePage, thenPress } from '../browsing.ts';

/**
 * Ruby's journey (src/db/seed/demo-plan-handover.ts): at stage 7, her plan sent out on time, the
 * IRO's copy and the care-plan confirmation recorded. The browser test changes Leon's, not hers.
 */
const openJourney = openRecord('/journeys', /Castellano/, '/journeys');

async function openHandover(browsing: Browsing) {
  await openJourney(browsing);
  await browsing.getByRole('link', { name: /^Sent out on time/ }).click();
  await browsing.waitForURL(/\/plan-handover$/);
}

/** A page linked from the handover page. */
function fromHandover(role: 'link' | 'button', name: string | RegExp, address: RegExp) {
  return async (browsing: Browsing) => {
    await openHandover(browsing);
    await browsing.getByRole(role, { name }).click();
    await browsing.waitForURL(address);
  };
}

const PLAN = '\\/plan-handover\\/[0-9a-f-]{36}';
const at = (suffix: string) => new RegExp(`${PLAN}/${suffix}$`);
const BASE = '/journeys/:journeyId/plan-handover/:planId';

/** The plan after the conference (issue 8, stages 6–7; ADR 0031). */
export const PLAN_HANDOVER_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId/plan-handover',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'The plan after the conference',
    reach: openHandover,
  },
  {
    route: '/journeys/:journeyId/plan-handover',
    state: 'for the IRO, without network members’ names',
    as: 'iro',
    heading: 'The plan after the conference',
    reach: openHandover,
  },
  {
    route: `${BASE}/recipients/new`,
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Add someone to send the plan to',
    reach: fromHandover('button', 'Add someone to send the plan to', at('recipients/new')),
  },
  {
    route: `${BASE}/recipients/new`,
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add someone to send the plan to',
    reach: thenPress(
      fromHandover('button', 'Add someone to send the plan to', at('recipients/new')),
      'Add to the list',
    ),
  },
  {
    route: `${BASE}/recipients/:recipientId`,
    state: 'the young person’s copy',
    as: 'coordinator',
    heading: 'Record when the copy was sent and acknowledged',
    reach: fromHandover(
      'link',
      'Record dates for The young person',
      at('recipients/[0-9a-f-]{36}'),
    ),
  },
  {
    route: `${BASE}/feedback`,
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Record feedback asked',
    reach: fromHandover('link', 'Record feedback asked', at('feedback')),
  },
  {
    route: `${BASE}/review`,
    state: 'no review offered yet',
    as: 'coordinator',
    heading: 'Review conference',
    reach: fromHandover('link', 'Offer a review conference or record the answer', at('review')),
  },
  {
    route: `${BASE}/review-invitations`,
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Invite someone to contribute to reviews',
    reach: fromHandover(
      'link',
      'Invite someone to contribute to reviews',
      at('review-invitations'),
    ),
  },
  {
    route: `${BASE}/iro-copy`,
    state: 'for the child’s IRO',
    as: 'iro',
    heading: 'Record your copy of the plan',
    reach: fromHandover('link', 'Record your copy of the plan', at('iro-copy')),
  },
  {
    route: `${BASE}/care-plan`,
    state: 'for the child’s social worker',
    as: 'social_worker',
    heading: 'Confirm the plan is in the care or pathway plan',
    reach: fromHandover('link', 'Confirm the plan is in the care or pathway plan', at('care-plan')),
  },
];
