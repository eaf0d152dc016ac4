import {
  type Browsing,
  below,
  openRecord,
  type RoutePage,
  recordPattern,
  thenPress,
} from '../browsing.ts';

// The demo organisation's referrals (src/db/seed/demo-cases.ts), all made by its social worker.
/** Zofia's Lifelong Links referral: still a draft. */
const openDraft = openRecord('/referrals', 'LL-2026-0003', '/referrals');
/** Ava's Lifelong Links referral: submitted, waiting in the team inbox. */
const openSubmitted = openRecord('/referrals', 'LL-2026-0001', '/referrals');
/** Maisie and Leo's Family Group Conference referral: submitted, waiting in the team inbox. */
const openFgc = openRecord('/referrals', 'FGC-2026-0001', '/referrals');
/** Jay's Lifelong Links referral: accepted, with a journey. */
const openAccepted = openRecord('/referrals', 'LL-2026-0002', '/referrals');
/** The same referrals, from the team manager's inbox. */
const openWaiting = openRecord('/inbox', 'LL-2026-0001', '/referrals');
const openWaitingFgc = openRecord('/inbox', 'FGC-2026-0001', '/referrals');
/** Bilal's Lifelong Links referral: accepted, to match; the second coordinator declared a conflict. */
const openToMatch = openRecord('/inbox', 'LL-2026-0005', '/referrals');
/** Kasia Nowak's declaration on Bilal's referral, from its "Correct" link. */
async function openDeclarationCorrection(browsing: Browsing) {
  await openToMatch(browsing);
  await browsing.getByRole('link', { name: /^Correct the declaration for Kasia Nowak/ }).click();
  await browsing.waitForURL(/\/declarations\/[0-9a-f-]{36}\/correct$/);
}

/** A new Lifelong Links draft, straight to its young person page with nobody added. */
async function newDraftChildren(browsing: Browsing) {
  await browsing.goto('/referrals/new');
  await browsing.getByLabel('Lifelong Links', { exact: true }).click();
  await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
  await browsing.waitForURL(/\/referrals\/new\/referrer/);
  await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
  await browsing.waitForURL(recordPattern('/referrals'));
  await browsing.goto(`${new URL(browsing.url()).pathname}/children`);
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
 * Making a referral (the social worker), the team inbox and its decisions (the team manager).
 * The last entry accepts the FGC referral, so it stays last: earlier ones see it waiting.
 */
export const REFERRAL_PAGES: RoutePage[] = [
  {
    route: '/referrals',
    state: 'the social worker’s referrals',
    as: 'social_worker',
    heading: 'Your referrals',
    reach: '/referrals',
  },
  {
    route: '/referrals',
    state: 'none made yet (IRO)',
    as: 'iro',
    heading: 'Your referrals',
    reach: '/referrals',
  },
  {
    route: '/referrals/new',
    state: 'choosing the kind',
    as: 'social_worker',
    heading: 'What kind of referral are you making?',
    reach: '/referrals/new',
  },
  {
    route: '/referrals/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'What kind of referral are you making?',
    reach: thenPress('/referrals/new', 'Continue'),
  },
  {
    route: '/referrals/new/referrer',
    state: 'who it is from',
    as: 'social_worker',
    heading: 'Who is the referral from?',
    reach: async (browsing) => {
      await browsing.goto('/referrals/new');
      await browsing.getByLabel('Lifelong Links', { exact: true }).click();
      await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
      await browsing.waitForURL(/\/referrals\/new\/referrer/);
    },
  },
  {
    route: '/referrals/new/referrer',
    state: 'a personal adviser chosen, with no name',
    errorSummary: true,
    as: 'social_worker',
    heading: 'Who is the referral from?',
    reach: async (browsing) => {
      await browsing.goto('/referrals/new');
      await browsing.getByLabel('Lifelong Links', { exact: true }).click();
      await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
      await browsing.waitForURL(/\/referrals\/new\/referrer/);
      await browsing.getByLabel('Personal adviser', { exact: true }).click();
      await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
    },
  },
  {
    route: '/referrals/:referralId/children',
    state: 'Continue with nobody added',
    errorSummary: true,
    as: 'social_worker',
    heading: 'The young person',
    reach: thenPress(newDraftChildren, 'Continue'),
  },
  {
    route: '/referrals/:referralId',
    state: 'a draft’s task list',
    as: 'social_worker',
    heading: /referral$/,
    reach: openDraft,
  },
  {
    route: '/referrals/:referralId',
    state: 'a submitted referral, for its referrer',
    as: 'social_worker',
    heading: /referral$/,
    reach: openSubmitted,
  },
  {
    route: '/referrals/:referralId',
    state: 'a submitted referral, for the team manager',
    as: 'team_manager',
    heading: /referral$/,
    reach: openWaitingFgc,
  },
  {
    route: '/referrals/:referralId',
    state: 'an accepted referral with its journey',
    as: 'social_worker',
    heading: /referral$/,
    reach: openAccepted,
  },
  {
    route: '/referrals/:referralId/referrer',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Who is the referral from?',
    reach: below(openDraft, 'referrer'),
  },
  {
    route: '/referrals/:referralId/children',
    state: 'a draft',
    as: 'social_worker',
    heading: /^The (young person|children)$/,
    reach: below(openDraft, 'children'),
  },
  {
    route: '/referrals/:referralId/children/new',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Add a child or young person to the register',
    reach: below(openDraft, 'children/new'),
  },
  {
    route: '/referrals/:referralId/children/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'Add a child or young person to the register',
    reach: thenPress(below(openDraft, 'children/new'), 'Add to the register and to this referral'),
  },
  ...(
    [
      ['reason', 'Why you are making this referral'],
      ['risks', 'Risks, placement and chronology'],
      ['support', 'Language and support needs'],
    ] as const
  ).map(
    ([page, heading]): RoutePage => ({
      route: '/referrals/:referralId/about/:page',
      state: `a draft: ${page}`,
      as: 'social_worker',
      heading,
      reach: below(openDraft, `about/${page}`),
    }),
  ),
  {
    route: '/referrals/:referralId/consent',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Consent',
    reach: below(openDraft, 'consent'),
  },
  {
    route: '/referrals/:referralId/consent/young-person',
    state: 'a draft',
    as: 'social_worker',
    heading: 'The young person’s agreement',
    reach: below(openDraft, 'consent/young-person'),
  },
  {
    route: '/referrals/:referralId/consent/young-person',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'The young person’s agreement',
    reach: thenPress(below(openDraft, 'consent/young-person'), 'Save consent'),
  },
  {
    route: '/referrals/:referralId/consent/parental-responsibility',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Consent from someone with parental responsibility',
    reach: below(openDraft, 'consent/parental-responsibility'),
  },
  {
    route: '/referrals/:referralId/pre-proceedings',
    state: 'a submitted FGC referral',
    as: 'social_worker',
    heading: 'Offer of a family group decision-making meeting before proceedings',
    reach: below(openFgc, 'pre-proceedings'),
  },
  {
    route: '/referrals/:referralId/check',
    state: 'a draft with answers missing',
    as: 'social_worker',
    heading: 'Check your answers before submitting the referral',
    reach: below(openDraft, 'check'),
  },
  {
    route: '/referrals/:referralId/submitted',
    state: 'after submitting',
    as: 'social_worker',
    heading: 'Referral submitted',
    reach: below(openSubmitted, 'submitted'),
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
