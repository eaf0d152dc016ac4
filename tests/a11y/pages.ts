/**
 * Every page Kindred can show, and how a person reaches it: the list that
 * tests/a11y/pages.spec.ts runs axe over, and that tests/integration/a11y-coverage.test.ts
 * checks against the app's registered routes. A new GET route fails that test until it is
 * listed here, either as a page (in the file for its area, under pages/) or, if it never
 * renders one, in NOT_PAGES.
 *
 * Plain data and functions only: Vitest imports this file too, so no Playwright here.
 */
import type { NotPage, RoutePage } from './browsing.ts';
import { ADMIN_PAGES } from './pages/admin.ts';
import { CHILDREN_PAGES } from './pages/children.ts';
import { CONFERENCE_DAY_PAGES } from './pages/conference-day.ts';
import { CONFERENCE_PAGES } from './pages/conferences.ts';
import { DISCOVERY_PAGES } from './pages/discovery.ts';
import { ERROR_PAGES, GENERAL_PAGES } from './pages/general.ts';
import { GENOGRAM_PAGES } from './pages/genogram.ts';
import { INBOX_PAGES } from './pages/inbox.ts';
import { JOURNEY_PAGES } from './pages/journeys.ts';
import { NETWORK_PAGES } from './pages/network.ts';
import { NOTIFICATION_PAGES } from './pages/notifications.ts';
import { OVERSIGHT_PAGES } from './pages/oversight.ts';
import { PLAN_HANDOVER_PAGES } from './pages/plan-handover.ts';
import { PLAN_PAGES } from './pages/plans.ts';
import { REFERRAL_PAGES } from './pages/referrals.ts';

export type { Browsing, NotPage, PageState, RoutePage, Visitor } from './browsing.ts';
export { ERROR_PAGES };

/** In the order they run: an entry that changes data comes after those that expect it as seeded. */
export const A11Y_PAGES: RoutePage[] = [
  ...GENERAL_PAGES,
  ...ADMIN_PAGES,
  ...CHILDREN_PAGES,
  ...REFERRAL_PAGES,
  ...INBOX_PAGES,
  ...JOURNEY_PAGES,
  ...NETWORK_PAGES,
  ...GENOGRAM_PAGES,
  ...DISCOVERY_PAGES,
  ...NOTIFICATION_PAGES,
  ...OVERSIGHT_PAGES,
  ...CONFERENCE_PAGES,
  ...CONFERENCE_DAY_PAGES,
  ...PLAN_HANDOVER_PAGES,
  ...PLAN_PAGES,
];

export const NOT_PAGES: NotPage[] = [
  { route: '/admin', reason: 'redirects to /admin/users', redirectsFor: 'administrator' },
  {
    route: '/notifications/:noticeId/open',
    reason: 'marks the notice read and redirects to the page it is about',
  },
  {
    route: '/journeys/:journeyId/planning-meeting.ics',
    reason: 'the planning meeting invitation, an iCalendar file to download',
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram.svg',
    reason: 'the genogram as a picture (SVG) to download',
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram.pdf',
    reason: 'the genogram as a PDF to download',
  },
  {
    route: '/journeys/:journeyId/children/:childId/social-connections.pdf',
    reason: 'the social connections map as a PDF to download',
  },
  {
    route: '/journeys/:journeyId/network/members/:memberId/letter.pdf',
    reason: 'the information letter for a network member as a PDF to download',
  },
  {
    route: '/oversight/pathway-plan.csv',
    reason: 'the pathway-plan answers, a CSV file to download',
  },
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId/calendar.ics',
    reason: 'a conference invitation, an iCalendar file to download',
  },
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/plan/document.pdf',
    reason: 'the plan as a PDF to download',
  },
  {
    route: '/children/import/runs/:runId/findings.csv',
    reason: 'an import’s data-quality findings, a CSV file to download',
  },
];
