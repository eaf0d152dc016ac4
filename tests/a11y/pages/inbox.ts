import { type Browsing, below, openRecord, type RoutePage, thenPress } from '../browsing.ts';

// The demo organisation's referrals (src/db/seed/demo-cases.ts), as the team manager sees them.
/** Ava's Lifelong Links referral, waiting in the team inbox. */
const openWaiting = openRecord('/inbox', 'LL-2026-0001', '/referrals');
/** Maisie and Leo's Family Group Conference referral, waiting in the team inbox. */
const openWaitingFgc = openRecord('/inbox', 'FGC-2026-0001', '/referrals');
/** Bilal's Lifelong Links referral: accepted, to match; the second coordinator declared a conflict. */
const openToMatch = openRecord('/inbox', 'LL-2026-0005', '/referrals');
/** Kasia Nowak's declaration on Bilal's referral, from its "Correct" link. */
async function openDeclarationCorrection(browsing: Browsing) {
  await openToMatch(browsing);
  await browsing.getByRole('link', { name: /^Correct the declaration for Kasia Nowak/ }).click();
  await browsing.waitForURL(/\/declarations\/[0-9a-f-]{36}\/correct$/);
}

function twoDaysAgo(): string[] {
  const date = new Date(Date.now() - 2 * 86_400_000);
  return [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()].map(String);
}

/** The team manager's steps to accept the FGC referral, ending where a coordinator is matched. */
async function acceptFgc(browsing: Browsing) {
  const [day = '', month = '', year = ''] = twoDaysAgo();
  await below(openWaitingFgc, 'discussion')(browsing);
  await browsing.getByLabel('Day', { exact: true }).fill(day);
  await browsing.getByLabel('Month', { exact: true }).fill(month);
  await browsing.getByLabel('Year', { exact: true }).fill(year);
  await browsing
    .getByLabel('Notes from the discussion', { exact: true })
    .fill('Talked it through with the social worker; the family want to meet.');
  await browsing.getByRole('button', { name: 'Save discussion', exact: true }).click();
  await browsing.waitForURL(/\/referrals\/[0-9a-f-]{36}(\?.*)?$/);
  await browsing.goto(`${new URL(browsing.url()).pathname}/criteria`);
  await browsing.getByLabel('Yes', { exact: true }).click();
  await browsing.getByRole('button', { name: 'Save', exact: true }).click();
  await browsing.waitForURL(/\/referrals\/[0-9a-f-]{36}(\?.*)?$/);
  await browsing.goto(`${new URL(browsing.url()).pathname}/decision`);
  await browsing.getByLabel('Accept the referral', { exact: true }).click();
  await browsing.getByRole('button', { name: 'Save decision', exact: true }).click();
}

/**
 * The team inbox and its decisions (the team manager). These run after REFERRAL_PAGES: the last
 * entry accepts the FGC referral, so it stays last: earlier ones see it waiting.
 */
export const INBOX_PAGES: RoutePage[] = [
  {
    route: '/referrals/:referralId',
    state: 'a submitted referral, for the team manager',
    as: 'team_manager',
    heading: /referral$/,
    reach: openWaitingFgc,
  },
  {
    route: '/inbox',
    state: 'referrals waiting',
    as: 'team_manager',
    heading: 'Team inbox',
    reach: '/inbox',
  },
  {
    route: '/inbox',
    state: 'accepted referrals to match',
    as: 'team_manager',
    heading: 'Team inbox',
    reach: '/inbox?status=to-match',
  },
  {
    route: '/referrals/:referralId',
    state: 'accepted, to match, with a declared conflict, for the team manager',
    as: 'team_manager',
    heading: /referral$/,
    reach: openToMatch,
  },
  {
    route: '/referrals/:referralId/declarations/:declarationId/correct',
    state: 'a declared conflict',
    as: 'team_manager',
    heading: 'Correct the conflict of interest declaration',
    reach: openDeclarationCorrection,
  },
  {
    route: '/referrals/:referralId/declarations/:declarationId/correct',
    state: 'sent without a reason',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Correct the conflict of interest declaration',
    reach: thenPress(openDeclarationCorrection, 'Save the correction'),
  },
  {
    route: '/inbox',
    state: 'accepted referrals',
    as: 'team_manager',
    heading: 'Team inbox',
    reach: '/inbox?status=accepted',
  },
  {
    route: '/referrals/:referralId/discussion',
    state: 'a waiting referral',
    as: 'team_manager',
    heading: 'Initial discussion with the referrer',
    reach: below(openWaiting, 'discussion'),
  },
  {
    route: '/referrals/:referralId/discussion',
    state: 'submitted empty',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Initial discussion with the referrer',
    reach: thenPress(below(openWaiting, 'discussion'), 'Save discussion'),
  },
  {
    route: '/referrals/:referralId/criteria',
    state: 'a waiting referral',
    as: 'team_manager',
    heading: 'Check the referral against the criteria',
    reach: below(openWaiting, 'criteria'),
  },
  {
    route: '/referrals/:referralId/decision',
    state: 'a waiting referral',
    as: 'team_manager',
    heading: 'Accept or decline the referral',
    reach: below(openWaiting, 'decision'),
  },
  {
    route: '/referrals/:referralId/decision',
    state: 'submitted empty',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Accept or decline the referral',
    reach: thenPress(below(openWaiting, 'decision'), 'Save decision'),
  },
  {
    route: '/referrals/:referralId/match',
    state: 'after accepting the FGC referral',
    as: 'team_manager',
    heading: 'Match a coordinator',
    reach: acceptFgc,
  },
];
